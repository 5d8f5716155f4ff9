# -TagFilter/-ExcludeTagFilter (tags are inherited from the blocks around a test), and
# New-PesterConfiguration with Filter.Tag, -Hashtable and a wrong option.
$env:LICENSELAB_PESTER_FIXED_TIME = '1'
$file = "$PSScriptRoot/files/tags.Tests.ps1"
Invoke-Pester -Path $file -TagFilter Licensing -ExcludeTagFilter Slow -Output Detailed

$config = New-PesterConfiguration
$config.Run.Path = $file
$config.Filter.Tag = 'Mail', 'Slow'
$config.Output.Verbosity = 'Detailed'
Invoke-Pester -Configuration $config

$r = Invoke-Pester -Configuration (New-PesterConfiguration -Hashtable @{ Run = @{ Path = $file; PassThru = $true }; Output = @{ Verbosity = 'None' } })
"passed without filters: $($r.PassedCount)"
try { New-PesterConfiguration -Hashtable @{ Run = @{ Paht = $file } } } catch { "error: $($_.Exception.Message)" }
