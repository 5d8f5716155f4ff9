# ConciseView shows the place a dictionary TargetObject names (File, Line, LineText, StartColumn,
# EndColumn — as Pester's Should gives them) instead of the script position; $ErrorView is an
# [ErrorView] enumeration.
function Get-Failure($target) {
    try {
        & {
            [CmdletBinding()] param()
            $PSCmdlet.ThrowTerminatingError([System.Management.Automation.ErrorRecord]::new(
                [System.Exception]::new('Test Parser Error'), 'ParserErrorText', [System.Management.Automation.ErrorCategory]::ParserError, $target))
        }
    } catch { ($_ | Out-String).TrimEnd() }
}
Get-Failure @{ Line = 1; LineText = 'This is the line with the error' }
Get-Failure @{ File = 'MyFile.ps1'; Line = 5; LineText = '  This is the line with the error  '; StartColumn = 18; EndColumn = 22 }
Get-Failure @{ Line = 12345; LineText = 'long numbers widen the gutter'; StartColumn = 6 }
Get-Failure @{ Line = 1; LineText = 'a column out of range is ignored'; StartColumn = 99 }
$ErrorView.GetType().FullName
$ErrorView = 'CategoryView'
$ErrorView.GetType().Name
