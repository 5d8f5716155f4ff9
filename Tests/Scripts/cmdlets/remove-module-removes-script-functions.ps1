# Remove-Module takes a script module's functions away with it, and Import-Module brings them back;
# a function redefined since the import is not the module's any more, and stays.
$path = Join-Path ([System.IO.Path]::GetTempPath()) 'LLRemovableHelpers.psm1'
Set-Content -Path $path -Value 'function Get-RemovableGreeting { "hello from the module" }'
Import-Module $path
Get-RemovableGreeting
Remove-Module LLRemovableHelpers
[bool](Get-Command Get-RemovableGreeting -ErrorAction SilentlyContinue)
$null -eq (Get-Module LLRemovableHelpers)
Import-Module $path
Get-RemovableGreeting
function Get-RemovableGreeting { 'hello from the script' }
Remove-Module LLRemovableHelpers
Get-RemovableGreeting
Remove-Item $path
