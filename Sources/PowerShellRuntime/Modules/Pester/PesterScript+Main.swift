extension PesterScript {
    /// Invoke-Pester, New-PesterConfiguration, the result object.
    static let main = #"""
# Invoke-Pester, its configuration object and its result object.

function New-PesterConfigurationSection([hashtable] $Values) {
    $o = [pscustomobject]@{}
    foreach ($k in $Values.Keys) { $o | Add-Member -NotePropertyName $k -NotePropertyValue $Values[$k] }
    $o
}

function New-PesterConfiguration {
    [CmdletBinding()]
    param([Parameter(Position = 0)] [System.Collections.IDictionary] $Hashtable)
    $config = [pscustomobject]@{
        PSTypeName   = 'PesterConfiguration'
        Run          = New-PesterConfigurationSection ([ordered]@{ Path = @('.'); ExcludePath = @(); Container = @(); TestExtension = '.Tests.ps1'; Exit = $false; Throw = $false; PassThru = $false; SkipRun = $false; SkipRemainingOnFailure = 'None' })
        Filter       = New-PesterConfigurationSection ([ordered]@{ Tag = @(); ExcludeTag = @(); Line = @(); ExcludeLine = @(); FullName = @() })
        CodeCoverage = New-PesterConfigurationSection ([ordered]@{ Enabled = $false; OutputFormat = 'JaCoCo'; OutputPath = 'coverage.xml'; Path = @() })
        TestResult   = New-PesterConfigurationSection ([ordered]@{ Enabled = $false; OutputFormat = 'NUnitXml'; OutputPath = 'testResults.xml'; OutputEncoding = 'UTF8'; TestSuiteName = 'Pester' })
        Should       = New-PesterConfigurationSection ([ordered]@{ ErrorAction = 'Stop' })
        Debug        = New-PesterConfigurationSection ([ordered]@{ ShowFullErrors = $false; WriteDebugMessages = $false; ShowNavigationMarkers = $false; ReturnRawResultObject = $false })
        Output       = New-PesterConfigurationSection ([ordered]@{ Verbosity = 'Normal'; StackTraceVerbosity = 'Filtered'; CIFormat = 'None'; RenderMode = 'Auto' })
        TestDrive    = New-PesterConfigurationSection ([ordered]@{ Enabled = $true })
        TestRegistry = New-PesterConfigurationSection ([ordered]@{ Enabled = $false })
    }
    if ($null -ne $Hashtable) { Merge-PesterConfiguration $config $Hashtable }
    $config
}

function Merge-PesterConfiguration($Config, [System.Collections.IDictionary] $Values) {
    foreach ($section in $Values.Keys) {
        $target = $Config.$section
        if ($null -eq $target) { throw "Configuration section '$section' does not exist." }
        $inner = $Values[$section]
        foreach ($option in $inner.Keys) {
            if (@($target.PSObject.Properties | ForEach-Object Name) -notcontains $option) { throw "Configuration option '$section.$option' does not exist." }
            $target.$option = $inner[$option]
        }
    }
}

# An option's value: a plain value, or an object with .Value as Pester's option objects have.
function Get-PesterOption($Value) {
    $Value
}

function Resolve-PesterTestFiles($Paths, $ExcludePaths, [string] $Extension) {
    $files = [System.Collections.ArrayList]::new()
    foreach ($p in @($Paths)) {
        if (-not $p) { continue }
        $items = @(Resolve-Path -Path $p -ErrorAction SilentlyContinue)
        if ($items.Count -eq 0) {
            throw "Cannot find path '$p' because it does not exist."
        }
        foreach ($item in $items) {
            $full = $item.Path
            if (Test-Path -Path $full -PathType Container) {
                foreach ($f in @(Get-ChildItem -Path $full -Recurse -File | Where-Object { $_.Name -like "*$Extension" } | Sort-Object FullName)) { [void]$files.Add($f.FullName) }
            }
            else { [void]$files.Add($full) }
        }
    }
    $out = [System.Collections.ArrayList]::new()
    foreach ($f in $files) {
        $excluded = $false
        foreach ($e in @($ExcludePaths)) { if ($e -and $f -like $e) { $excluded = $true } }
        if (-not $excluded -and -not $out.Contains($f)) { [void]$out.Add($f) }
    }
    ,$out
}

function Invoke-Pester {
    [CmdletBinding(DefaultParameterSetName = 'Simple')]
    param(
        [Parameter(Position = 0, ParameterSetName = 'Simple')] [Alias('Script')] [string[]] $Path = '.',
        [Parameter(ParameterSetName = 'Simple')] [string[]] $ExcludePath = @(),
        [Parameter(ParameterSetName = 'Simple')] [Alias('Tag')] [string[]] $TagFilter,
        [Parameter(ParameterSetName = 'Simple')] [Alias('ExcludeTag')] [string[]] $ExcludeTagFilter,
        [Parameter(ParameterSetName = 'Simple')] [string[]] $FullNameFilter,
        [Parameter(ParameterSetName = 'Simple')] [switch] $CI,
        [Parameter(ParameterSetName = 'Simple')] [ValidateSet('Diagnostic', 'Detailed', 'Normal', 'Minimal', 'None')] [string] $Output = 'Normal',
        [Parameter(ParameterSetName = 'Simple')] [switch] $PassThru,
        [Parameter(ParameterSetName = 'Simple')] $Container,
        [Parameter(ParameterSetName = 'Advanced')] $Configuration
    )
    if ($PSCmdlet.ParameterSetName -eq 'Advanced' -or $PSBoundParameters.ContainsKey('Configuration')) {
        if ($Configuration -is [System.Collections.IDictionary]) { $config = New-PesterConfiguration -Hashtable $Configuration }
        else { $config = $Configuration }
    }
    else {
        $config = New-PesterConfiguration
        $config.Run.Path = $Path
        $config.Run.ExcludePath = $ExcludePath
        if ($TagFilter) { $config.Filter.Tag = $TagFilter }
        if ($ExcludeTagFilter) { $config.Filter.ExcludeTag = $ExcludeTagFilter }
        if ($FullNameFilter) { $config.Filter.FullName = $FullNameFilter }
        $config.Output.Verbosity = $Output
        $config.Run.PassThru = [bool]$PassThru
        if ($CI) { $config.Run.Exit = $true; $config.TestResult.Enabled = $true }
    }
    if (Get-PesterOption $config.CodeCoverage.Enabled) {
        Write-Warning 'Code coverage is not available in LicenseLab; CodeCoverage.Enabled is ignored.'
    }
    $verbosity = [string](Get-PesterOption $config.Output.Verbosity)
    if ($verbosity -eq 'Minimal') { $verbosity = 'Normal' }
    $previous = $script:PesterRun
    $script:PesterRun = @{
        Phase = 'Discovery'
        Verbosity = $verbosity
        CurrentBlock = $null
        CurrentFile = $null
        Stack = [System.Collections.ArrayList]::new()
        Mocks = [System.Collections.ArrayList]::new()
        MockHooks = @{}
        CallHistory = [System.Collections.ArrayList]::new()
        AssertionFailures = [System.Collections.ArrayList]::new()
        ItResult = $null
        Filter = @{
            Tag = @(Get-PesterOption $config.Filter.Tag | Where-Object { $_ })
            ExcludeTag = @(Get-PesterOption $config.Filter.ExcludeTag | Where-Object { $_ })
            FullName = @(Get-PesterOption $config.Filter.FullName | Where-Object { $_ })
        }
    }
    $runWatch = [System.Diagnostics.Stopwatch]::StartNew()
    $executedAt = Get-Date
    try {
        $files = Resolve-PesterTestFiles (Get-PesterOption $config.Run.Path) (Get-PesterOption $config.Run.ExcludePath) ([string](Get-PesterOption $config.Run.TestExtension))
        $containers = [System.Collections.ArrayList]::new()
        if (Test-PesterDetailed) { Write-PesterLine "Pester v$script:PesterVersion" 'Magenta' }
        Write-PesterLine "`nStarting discovery in $($files.Count) files." 'Magenta'
        $discoveryWatch = [System.Diagnostics.Stopwatch]::StartNew()
        foreach ($file in $files) {
            [void]$containers.Add((Invoke-PesterDiscovery $file))
        }
        $total = 0
        $selected = 0
        foreach ($c in $containers) {
            if ($c.Result -eq 'Failed') { continue }
            [void](Set-PesterShouldRun $c.Root)
            $tests = @(Get-PesterTests $c.Root)
            $total += $tests.Count
            $selected += @($tests | Where-Object { $_.ShouldRun }).Count
        }
        Write-PesterLine "Discovery found $total tests in $(Format-PesterTime $discoveryWatch.Elapsed)." 'Magenta'
        if ($script:PesterRun.Filter.Tag.Count -gt 0) { Write-PesterLine "Filter 'Tag' set to ('$($script:PesterRun.Filter.Tag -join "', '")')." 'Magenta' }
        if ($script:PesterRun.Filter.ExcludeTag.Count -gt 0) { Write-PesterLine "Filter 'ExcludeTag' set to ('$($script:PesterRun.Filter.ExcludeTag -join "', '")')." 'Magenta' }
        if ($script:PesterRun.Filter.FullName.Count -gt 0) { Write-PesterLine "Filter 'FullName' set to ('$($script:PesterRun.Filter.FullName -join "', '")')." 'Magenta' }
        if ($script:PesterRun.Filter.Tag.Count + $script:PesterRun.Filter.ExcludeTag.Count + $script:PesterRun.Filter.FullName.Count -gt 0) {
            Write-PesterLine "Filters selected $selected tests to run." 'Magenta'
        }
        Write-PesterLine 'Running tests.' 'Magenta'
        $script:PesterRun.Phase = 'Run'
        $checkpoint = Start-PesterTenantIsolation
        try {
            $first = $true
            foreach ($c in $containers) {
                if ($c.Result -eq 'Failed') { continue }
                if (-not $first) { Restore-PesterTenant $checkpoint }
                $first = $false
                Invoke-PesterContainerRun $c
            }
        }
        finally {
            Stop-PesterTenantIsolation $checkpoint
            Remove-PesterAllMocks
        }
        $run = New-PesterRunResult $containers $runWatch.Elapsed $executedAt $config
        Write-PesterSummary $run
        if (Get-PesterOption $config.TestResult.Enabled) {
            $format = [string](Get-PesterOption $config.TestResult.OutputFormat)
            $outPath = [string](Get-PesterOption $config.TestResult.OutputPath)
            Export-PesterReport -Run $run -Format $format -Path $outPath -SuiteName ([string](Get-PesterOption $config.TestResult.TestSuiteName))
        }
    }
    finally {
        $script:PesterRun = $previous
    }
    if ((Get-PesterOption $config.Run.PassThru) -or $PassThru) { $run }
    if (Get-PesterOption $config.Run.Exit) {
        $code = $run.FailedCount + $run.FailedBlocksCount + $run.FailedContainersCount
        exit $code
    }
    if ((Get-PesterOption $config.Run.Throw) -and $run.Result -eq 'Failed') {
        throw "Pester run failed, because $(Get-PesterFailureSummary $run)"
    }
}

function Get-PesterFailureSummary($Run) {
    $parts = @()
    if ($Run.FailedCount -gt 0) { $parts += "$($Run.FailedCount) test$(if ($Run.FailedCount -ne 1) {'s'}) failed" }
    if ($Run.FailedBlocksCount -gt 0) { $parts += "$($Run.FailedBlocksCount) block$(if ($Run.FailedBlocksCount -ne 1) {'s'}) failed" }
    if ($Run.FailedContainersCount -gt 0) { $parts += "$($Run.FailedContainersCount) container$(if ($Run.FailedContainersCount -ne 1) {'s'}) failed" }
    Join-PesterAnd $parts
}

function Invoke-PesterDiscovery([string] $File) {
    $root = New-PesterBlockObject -Name $File -CommandUsed 'File' -ScriptBlock $null -Tag @() -Skip $false -Data $null -Parent $null -File $File
    $root.IsRoot = $true
    $root.Path = [string[]]@()
    $container = [pscustomobject]@{
        PSTypeName = 'Pester.Container'
        Type = 'File'
        Item = $File
        Name = $File
        Root = $root
        Blocks = $root.Blocks
        Result = 'NotRun'
        Passed = $false
        ErrorRecord = [System.Collections.ArrayList]::new()
        Duration = [timespan]::Zero
        UserDuration = [timespan]::Zero
        FrameworkDuration = [timespan]::Zero
        DiscoveryDuration = [timespan]::Zero
        Tests = @()
        TestDrive = $null
    }
    $script:PesterRun.CurrentBlock = $root
    $script:PesterRun.CurrentFile = $File
    $watch = [System.Diagnostics.Stopwatch]::StartNew()
    try {
        $null = & $File
    }
    catch {
        $container.Result = 'Failed'
        [void]$container.ErrorRecord.Add($_)
        # a file that cannot be discovered runs none of its tests, and counts none
        $root.Items.Clear()
        $root.Blocks.Clear()
        Write-PesterLine "[-] Discovery in $File failed with:" 'Red'
        Write-PesterFailureLines @(Get-PesterFailureLocation $_) ''
    }
    $container.DiscoveryDuration = $watch.Elapsed
    $script:PesterRun.CurrentBlock = $null
    $container
}

function Invoke-PesterContainerRun($Container) {
    $watch = [System.Diagnostics.Stopwatch]::StartNew()
    if (Test-PesterDetailed) { Write-PesterLine "`nRunning tests from '$($Container.Item)'" 'Magenta' }
    $drive = New-PesterTestDrive
    $Container.TestDrive = $drive
    $location = (Get-Location).Path
    $root = $Container.Root
    try {
        & {
            param($__pesterRoot, $__pesterFile, $__pesterDrive)
            $PSScriptRoot = Split-Path -Path $__pesterFile -Parent
            $PSCommandPath = $__pesterFile
            $TestDrive = $__pesterDrive
            Invoke-PesterBlockRun $__pesterRoot
        } $root $Container.Item $drive
    }
    catch {
        [void]$Container.ErrorRecord.Add($_)
        Write-PesterLine "[-] $($Container.Item) failed with:" 'Red'
        Write-PesterFailureLines @(Get-PesterFailureLocation $_) ''
    }
    finally {
        Set-Location -Path $location
        Remove-PesterTestDrive $drive
    }
    $Container.Duration = $watch.Elapsed + $Container.DiscoveryDuration
    $Container.Tests = @(Get-PesterTests $root)
    $user = [timespan]::Zero
    foreach ($t in $Container.Tests) { $user += $t.UserDuration }
    $Container.UserDuration = $user
    $Container.FrameworkDuration = $Container.Duration - $user
    $failedTests = @($Container.Tests | Where-Object { $_.Result -eq 'Failed' }).Count
    $failedBlocks = @(@($root) + @(Get-PesterBlocks $root) | Where-Object { $_.ErrorRecord.Count -gt 0 }).Count
    $Container.Passed = $Container.ErrorRecord.Count -eq 0 -and $failedTests -eq 0 -and $failedBlocks -eq 0
    $Container.Result = if ($Container.ErrorRecord.Count -gt 0 -or $failedTests -gt 0 -or $failedBlocks -gt 0) { 'Failed' } else { 'Passed' }
    if ($script:PesterRun.Verbosity -eq 'Normal' -and $Container.Passed) {
        $time = "$(Format-PesterTime $Container.Duration) ($(Format-PesterTime $Container.UserDuration)|$(Format-PesterTime $Container.FrameworkDuration))"
        Write-PesterLine "[+] $($Container.Item) $time" 'DarkGreen'
    }
}

function New-PesterTestDrive {
    $base = [System.IO.Path]::GetTempPath()
    $dir = Join-Path $base ([guid]::NewGuid().ToString())
    $null = New-Item -ItemType Directory -Path $dir -Force
    $dir
}

function Remove-PesterTestDrive($Dir) {
    if ($Dir -and (Test-Path -Path $Dir)) { Remove-Item -Path $Dir -Recurse -Force -ErrorAction SilentlyContinue }
}

# Every container starts from the tenant as it was when Invoke-Pester started (a lab checkpoint,
# restored before each later container and once more at the end).
function Start-PesterTenantIsolation {
    if (-not (Get-Command -Name Checkpoint-LabTenant -CommandType Cmdlet -ErrorAction Ignore)) { return $null }
    $name = "pester-run-$([guid]::NewGuid().ToString('N').Substring(0, 8))"
    try { $null = Checkpoint-LabTenant -Name $name -Force -ErrorAction Stop; $name }
    catch { $null }
}

function Restore-PesterTenant($Name) {
    if ($null -eq $Name) { return }
    Restore-LabTenant -Name $Name -Confirm:$false -ErrorAction SilentlyContinue | Out-Null
}

function Stop-PesterTenantIsolation($Name) {
    if ($null -eq $Name) { return }
    Restore-PesterTenant $Name
    Remove-LabCheckpoint -Name $Name -ErrorAction SilentlyContinue | Out-Null
}

function New-PesterRunResult($Containers, [timespan] $Duration, $ExecutedAt, $Config) {
    $tests = @(foreach ($c in $Containers) { Get-PesterTests $c.Root })
    $blocks = @(foreach ($c in $Containers) { @($c.Root) + @(Get-PesterBlocks $c.Root) })
    $passed = @($tests | Where-Object { $_.Result -eq 'Passed' })
    $failed = @($tests | Where-Object { $_.Result -eq 'Failed' })
    $skipped = @($tests | Where-Object { $_.Result -eq 'Skipped' })
    $inconclusive = @($tests | Where-Object { $_.Result -eq 'Inconclusive' })
    $notRun = @($tests | Where-Object { $_.Result -eq 'NotRun' })
    $failedBlocks = @($blocks | Where-Object { $_.ErrorRecord.Count -gt 0 })
    $failedContainers = @($Containers | Where-Object { $_.ErrorRecord.Count -gt 0 })
    $result = if ($failed.Count + $failedBlocks.Count + $failedContainers.Count -gt 0) { 'Failed' } else { 'Passed' }
    [pscustomobject]@{
        PSTypeName = 'Pester.Run'
        Containers = @($Containers)
        Result = $result
        FailedCount = $failed.Count
        FailedBlocksCount = $failedBlocks.Count
        FailedContainersCount = $failedContainers.Count
        PassedCount = $passed.Count
        SkippedCount = $skipped.Count
        InconclusiveCount = $inconclusive.Count
        NotRunCount = $notRun.Count
        TotalCount = $tests.Count
        Duration = $Duration
        Executed = $true
        ExecutedAt = $ExecutedAt
        Version = $script:PesterVersion
        PSVersion = "$($PSVersionTable.PSVersion)"
        PSBoundParameters = $null
        Plugins = $null
        PluginConfiguration = $null
        PluginData = $null
        Configuration = $Config
        DiscoveryDuration = [timespan]::Zero
        UserDuration = [timespan]::Zero
        FrameworkDuration = [timespan]::Zero
        Passed = $passed
        Failed = $failed
        Skipped = $skipped
        Inconclusive = $inconclusive
        NotRun = $notRun
        Tests = $tests
        FailedBlocks = $failedBlocks
        FailedContainers = $failedContainers
        CodeCoverage = $null
    }
}

function Write-PesterSummary($Run) {
    Write-PesterLine "Tests completed in $(Format-PesterTime $Run.Duration)"
    Write-PesterLine "Tests Passed: $($Run.PassedCount), Failed: $($Run.FailedCount), Skipped: $($Run.SkippedCount), Inconclusive: $($Run.InconclusiveCount), NotRun: $($Run.NotRunCount)"
    if ($Run.FailedBlocksCount -gt 0) {
        Write-PesterLine "BeforeAll \ AfterAll failed: $($Run.FailedBlocksCount)" 'Red'
        Write-PesterLine (($Run.FailedBlocks | ForEach-Object { "  - $(if ($_.IsRoot) { $_.File } else { $_.Path -join '.' })" }) -join "`n") 'Red'
    }
    if ($Run.FailedContainersCount -gt 0) {
        Write-PesterLine "Container failed: $($Run.FailedContainersCount)" 'Red'
        Write-PesterLine (($Run.FailedContainers | ForEach-Object { "  - $($_.Name)" }) -join "`n") 'Red'
    }
}
"""#
}
