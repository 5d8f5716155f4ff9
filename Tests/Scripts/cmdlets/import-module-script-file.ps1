# Import-Module on a .psm1 file makes its functions available; Export-ModuleMember is accepted.
$path = Join-Path ([System.IO.Path]::GetTempPath()) 'LLGoldenHelpers.psm1'
Set-Content -Path $path -Value @'
function Get-LicenceLabel { param($Sku) "Licence: $Sku" }
Export-ModuleMember -Function Get-LicenceLabel
'@
Import-Module $path
Get-LicenceLabel E3
(Get-Module LLGoldenHelpers).Version.ToString()
Remove-Item $path
