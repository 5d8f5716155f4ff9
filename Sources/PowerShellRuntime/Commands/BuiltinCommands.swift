/// The commands every session starts with: the runtime's core cmdlets, the utility cmdlets
/// listed in `CmdletList.all` (Cmdlets/ folder), and PowerShell's default aliases.
enum BuiltinCommands {
    static var core: [any Cmdlet.Type] { [
        WriteOutputCommand.self, WriteErrorCommand.self, WriteWarningCommand.self, WriteVerboseCommand.self,
        WriteDebugCommand.self, WriteInformationCommand.self, WriteHostCommand.self,
        OutNullCommand.self, OutDefaultCommand.self, InvokeExpressionCommand.self, InvokeCommandCommand.self, AddTypeCommand.self,
    ] }

    static let aliases: [(String, String)] = [
        ("select", "Select-Object"), ("where", "Where-Object"), ("?", "Where-Object"), ("%", "ForEach-Object"),
        ("foreach", "ForEach-Object"), ("sort", "Sort-Object"), ("group", "Group-Object"), ("measure", "Measure-Object"),
        ("ft", "Format-Table"), ("fl", "Format-List"), ("fw", "Format-Wide"), ("echo", "Write-Output"), ("write", "Write-Output"),
        ("cls", "Clear-Host"), ("clear", "Clear-Host"), ("sleep", "Start-Sleep"), ("gci", "Get-ChildItem"), ("ls", "Get-ChildItem"),
        ("dir", "Get-ChildItem"), ("cat", "Get-Content"), ("gc", "Get-Content"), ("type", "Get-Content"), ("cd", "Set-Location"),
        ("sl", "Set-Location"), ("chdir", "Set-Location"), ("pwd", "Get-Location"), ("gl", "Get-Location"), ("ni", "New-Item"),
        ("rm", "Remove-Item"), ("del", "Remove-Item"), ("ri", "Remove-Item"), ("erase", "Remove-Item"), ("rd", "Remove-Item"),
        ("rmdir", "Remove-Item"), ("cp", "Copy-Item"), ("copy", "Copy-Item"), ("cpi", "Copy-Item"), ("mv", "Move-Item"),
        ("move", "Move-Item"), ("mi", "Move-Item"), ("iex", "Invoke-Expression"), ("gm", "Get-Member"), ("gcm", "Get-Command"),
        ("h", "Get-History"), ("history", "Get-History"), ("ghy", "Get-History"), ("man", "Get-Help"), ("tee", "Tee-Object"),
        ("ogv", "Out-GridView"), ("epcsv", "Export-Csv"), ("ipcsv", "Import-Csv"), ("ac", "Add-Content"), ("sc", "Set-Content"),
        ("gv", "Get-Variable"), ("sv", "Set-Variable"), ("set", "Set-Variable"), ("nv", "New-Variable"), ("rv", "Remove-Variable"),
        ("gal", "Get-Alias"), ("sal", "Set-Alias"), ("nal", "New-Alias"), ("gmo", "Get-Module"), ("ipmo", "Import-Module"),
        ("compare", "Compare-Object"), ("diff", "Compare-Object"), ("gu", "Get-Unique"), ("ii", "Invoke-Item"),
        ("icm", "Invoke-Command"), ("irm", "Invoke-RestMethod"), ("iwr", "Invoke-WebRequest"),
        ("gp", "Get-ItemProperty"), ("gi", "Get-Item"), ("md", "mkdir"), ("oh", "Out-Host"),
        ("ep", "Export-ModuleMember"), ("gerr", "Get-Error"), ("rvpa", "Resolve-Path"), ("cvpa", "Convert-Path"), ("clv", "Clear-Variable"), ("r", "Invoke-History"),
    ]

    static func register(in table: CommandTable) {
        for c in core { table.register(c) }
        for c in CmdletList.all { table.register(c) }
        for (a, c) in aliases { table.register(alias: a, for: c) }
    }
}
