function Remove-Thing {
    [CmdletBinding(SupportsShouldProcess)]
    param([Parameter(Mandatory)][string]$Name)
    if ($PSCmdlet.ShouldProcess($Name, "Remove")) { "removed $Name" }
}
Remove-Thing -Name a
Remove-Thing -Name b -WhatIf
Remove-Thing -Name c -Confirm:$false
