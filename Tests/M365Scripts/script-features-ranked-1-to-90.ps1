<#
.SYNOPSIS
  Exercises the language features real licensing scripts use most (script-features.md 1-90).
#>
[CmdletBinding()]
param([string]$Tenant = 'contoso', [switch]$Verbose2)
#Requires -Version 5.1
function Get-Report {
    [CmdletBinding()]
    [OutputType([string])]
    param(
        [Parameter(Mandatory = $true, ValueFromPipeline = $true, ValueFromPipelineByPropertyName = $true, Position = 0, HelpMessage = 'UPN')]
        [Alias('UPN')]
        [string]$UserPrincipalName,
        [switch]$Loud
    )
    begin { $n = 0 }
    process { $n++; if ($Loud) { $UserPrincipalName.ToUpper() } else { $UserPrincipalName } }
    end { "count=$n" }
}
$users = Get-MsolUser -All
"users: $($users.Count) in $Tenant"
$licensed = $users | Where-Object { $_.isLicensed -eq $true -and $_.Licenses.AccountSkuId -contains 'contoso:ENTERPRISEPACK' }
"E3 holders: $(@($licensed).Count)"
$first = ($users | Sort-Object UserPrincipalName | Select-Object -First 1)
$first.ObjectId.Guid.Length
$first.UserPrincipalName.Split('@')[1]
[string]$s = 42; $s.GetType().Name
[int]'7' + 1
$arr = @(); $arr += 'a'; $arr += 'b'; $arr.Count; $arr[0]; $arr[-1]
$h = @{ A = 1 }; $h['B'] = 2; $h.ContainsKey('A'); ($h.Keys | Sort-Object) -join ','; $h.Values.Count
$o = [ordered]@{ z = 1; y = 2 }; $o.Keys -join ''
$l = New-Object System.Collections.Generic.List[string]; $l.Add('x'); $l.Count
$al = New-Object System.Collections.ArrayList; [void]$al.Add(1); $al.Add(2) | Out-Null; $al.Count
$d = [System.Collections.Generic.Dictionary[string,int]]::new(); $d['k'] = 5; $d['k']
$hs = [System.Collections.Generic.HashSet[string]]::new(); $null = $hs.Add('a'); $hs.Add('a')
$obj = New-Object PSObject -Property @{ Name = 'n1' }; $obj.Name
$obj | Add-Member -MemberType NoteProperty -Name Extra -Value 3; $obj.Extra
$p = [PSCustomObject]@{ UPN = 'x@contoso.com'; Seats = 3 }
$p | Select-Object UPN, @{n = 'Double'; e = { $_.Seats * 2 } }, @{l = 'Tri'; e = { $_.Seats * 3 } } | ForEach-Object { "$($_.UPN) $($_.Double) $($_.Tri)" }
'a@b.com', 'c@d.com' | Get-Report -Loud
[pscustomobject]@{ UserPrincipalName = 'p@q.com' } | Get-Report
Get-Report -UPN 'alias@x.com'
$i = 0; $i++; $i--; ++$i; $i
$t = 0; foreach ($x in 1..10) { if ($x -eq 3) { continue }; if ($x -gt 5) { break }; $t += $x }; $t
$w = 0; while ($w -lt 3) { $w++ }; do { $w-- } while ($w -gt 1); $w
$sw = switch -Regex ('ENTERPRISEPACK') { '^ENTER' { 'e3' } default { 'x' } }; $sw
$v = if ($null -eq $undefined) { 'null' } elseif ($true) { 'other' } else { 'no' }; $v
'abc' -like 'a*'; 'abc' -notlike 'b*'; 'abc' -match '^a(b)'; $Matches[1]; 'x' -notmatch 'y'
'a' -in 'a', 'b'; 'c' -notin 'a'; 1, 2 -notcontains 3; 5 -ge 5; 4 -lt 5; !$false; -not $true
'{0:N2} | {1,5}' -f 1234.5, 'ab'
"tab`tq`"n`$x"
$x = 5; "val: $x and $($x * 2)"
'single $x'
Write-Host Installing module.. -ForegroundColor Green
Write-Host 'no newline' -NoNewline; Write-Host ' done'
try { Get-MsolUser -UserPrincipalName nobody@contoso.com -ErrorAction Stop } catch { "caught: $($_.Exception.Message)" } finally { 'finally' }
Get-MsolUser -UserPrincipalName nobody@contoso.com -ErrorAction SilentlyContinue; "silent ok, errors: $($Error.Count -gt 0)"
try { throw [System.InvalidOperationException]::new('inv') } catch [System.InvalidOperationException] { 'typed catch' } catch { 'generic' }
Write-Warning 'careful' 3>&1 | ForEach-Object { "warning: $_" }
(1..5 | Measure-Object -Sum).Sum
[math]::Round(3.14159, 2); [math]::Max(3, 7)
(Get-Date).GetType().FullName
1 -is [int]; '1' -as [int]; (1..3).GetType().Name
$users | Select-Object -ExpandProperty UserPrincipalName -First 2 | Measure-Object | ForEach-Object Count
$users | select -Skip 1 -First 1 | % { $_.GetType().FullName }
$users.Licenses.AccountSkuId | Sort-Object -Unique | Select-Object -First 3
(Get-MsolGroup -All | ? DisplayName -like '*E3*' | sort DisplayName | select -First 1).DisplayName.Length -gt 0
$csv = Join-Path ([System.IO.Path]::GetTempPath()) 'feat.csv'
$users | Select-Object UserPrincipalName, isLicensed -First 2 | Export-Csv $csv -NoType
(Import-Csv $csv).Count
Remove-Item $csv
Write-Progress -Activity 'x' -Status 'y' -PercentComplete 50
$long = 'a' + `
  'b'; $long
exit 3
