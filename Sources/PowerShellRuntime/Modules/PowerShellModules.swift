/// PowerShell's own modules, installed into every session (Session.init). Each cmdlet is listed
/// in its module's `commands`: the module its metadata names. The first three are imported from
/// the start; the others are imported on first use, as in pwsh.
enum PowerShellModules {
    static var all: [ShellModule] { [core, management, utility, host, security, powerShellGet] + PesterModule.modules }

    static var core: ShellModule {
        ShellModule(ModuleManifest(name: "Microsoft.PowerShell.Core", version: "7.4.6", moduleType: "Manifest", description: "",
                                   importedAtStart: true, inGallery: false), commands: [
            .init(OutNullCommand.self), .init(OutDefaultCommand.self), .init(InvokeCommandCommand.self),
            .init(WhereObjectCommand.self), .init(ForEachObjectCommand.self), .init(OutHostCommand.self),
            .init(GetModuleCommand.self), .init(ImportModuleCommand.self), .init(RemoveModuleCommand.self),
            .init(ExportModuleMemberCommand.self), .init(GetCommandCommand.self), .init(GetHelpCommand.self), .init(TabExpansion2Command.self),
            .init(SetStrictModeCommand.self), .init(ClearHostCommand.self), .init(GetHistoryCommand.self),
            .init(InvokeHistoryCommand.self), .init(RegisterArgumentCompleterCommand.self),
        ], descriptions: PowerShellCmdletDescriptions.all)   // (all of PowerShell's modules' cmdlets)
    }

    static var management: ShellModule {
        ShellModule(ModuleManifest(name: "Microsoft.PowerShell.Management", version: "7.0.0.0", moduleType: "Manifest", description: "",
                                   importedAtStart: true, inGallery: false), commands: [
            .init(GetContentCommand.self), .init(SetContentCommand.self), .init(AddContentCommand.self), .init(TestPathCommand.self),
            .init(JoinPathCommand.self), .init(SplitPathCommand.self), .init(NewItemCommand.self), .init(RemoveItemCommand.self),
            .init(GetItemCommand.self), .init(InvokeItemCommand.self), .init(ResolvePathCommand.self),
            .init(ConvertPathCommand.self), .init(GetLocationCommand.self), .init(SetLocationCommand.self),
            .init(PushLocationCommand.self), .init(PopLocationCommand.self), .init(GetChildItemCommand.self),
            .init(CopyItemCommand.self), .init(MoveItemCommand.self), .init(GetProcessCommand.self), .init(RenameItemCommand.self), .init(MkdirCommand.self),
        ])
    }

    static var utility: ShellModule {
        ShellModule(ModuleManifest(name: "Microsoft.PowerShell.Utility", version: "7.0.0.0", moduleType: "Manifest", description: "",
                                   importedAtStart: true, inGallery: false), commands: [
            .init(WriteOutputCommand.self), .init(WriteErrorCommand.self), .init(WriteWarningCommand.self),
            .init(WriteVerboseCommand.self), .init(WriteDebugCommand.self), .init(WriteInformationCommand.self),
            .init(WriteHostCommand.self), .init(InvokeExpressionCommand.self), .init(AddTypeCommand.self),
            .init(SelectObjectCommand.self), .init(SortObjectCommand.self), .init(GroupObjectCommand.self),
            .init(MeasureObjectCommand.self), .init(AddMemberCommand.self), .init(NewObjectCommand.self),
            .init(GetMemberCommand.self), .init(CompareObjectCommand.self), .init(GetUniqueCommand.self),
            .init(TeeObjectCommand.self), .init(WriteProgressCommand.self), .init(FormatTableCommand.self),
            .init(FormatListCommand.self), .init(FormatWideCommand.self), .init(OutStringCommand.self), .init(OutFileCommand.self),
            .init(ConvertToCsvCommand.self), .init(ExportCsvCommand.self), .init(ConvertFromCsvCommand.self),
            .init(ImportCsvCommand.self), .init(ConvertToJsonCommand.self), .init(ConvertFromJsonCommand.self),
            .init(ConvertFromStringDataCommand.self), .init(ConvertToHtmlCommand.self), .init(NewTemporaryFileCommand.self),
            .init(MeasureCommandCommand.self), .init(TestJsonCommand.self), .init(UpdateTypeDataCommand.self),
            .init(RemoveTypeDataCommand.self), .init(GetVariableCommand.self), .init(SetVariableCommand.self),
            .init(NewVariableCommand.self), .init(RemoveVariableCommand.self), .init(ClearVariableCommand.self),
            .init(GetAliasCommand.self), .init(SetAliasCommand.self), .init(NewAliasCommand.self), .init(GetDateCommand.self),
            .init(NewTimeSpanCommand.self), .init(GetRandomCommand.self), .init(ReadHostCommand.self), .init(StartSleepCommand.self),
            .init(JoinStringCommand.self), .init(NewGuidCommand.self), .init(GetVerbCommand.self), .init(GetCultureCommand.self),
            .init(GetUICultureCommand.self), .init(SelectStringCommand.self),
        ])
    }

    static var host: ShellModule {
        ShellModule(ModuleManifest(name: "Microsoft.PowerShell.Host", version: "7.0.0.0", moduleType: "Manifest", description: "",
                                   importedAtStart: false, inGallery: false), commands: [
            .init(StartTranscriptCommand.self), .init(StopTranscriptCommand.self),
        ])
    }

    static var security: ShellModule {
        ShellModule(ModuleManifest(name: "Microsoft.PowerShell.Security", version: "7.0.0.0", moduleType: "Manifest", description: "",
                                   importedAtStart: false, inGallery: false), commands: [
            .init(GetCredentialCommand.self), .init(ConvertToSecureStringCommand.self), .init(ConvertFromSecureStringCommand.self),
        ])
    }

    static var powerShellGet: ShellModule {
        ShellModule(ModuleManifest(name: "PowerShellGet", version: "2.2.5", moduleType: "Script", description: "PowerShell module with commands for discovering, installing, updating and publishing the PowerShell artifacts like Modules, DSC Resources, Role Capabilities and Scripts.",
                                   importedAtStart: false, inGallery: false), commands: [
            .init(InstallModuleCommand.self), .init(GetPSRepositoryCommand.self), .init(SetPSRepositoryCommand.self),
            .init(GetInstalledModuleCommand.self), .init(FindModuleCommand.self), .init(UpdateModuleCommand.self),
        ])
    }

    /// The built-in aliases of every session (Session.init registers them; they belong to no module
    /// in pwsh: Get-Command shows no Source for them).
    static let aliases: [(alias: String, command: String)] = [
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
        ("gal", "Get-Alias"), ("sal", "Set-Alias"), ("nal", "New-Alias"), ("gmo", "Get-Module"), ("ipmo", "Import-Module"), ("rmo", "Remove-Module"),
        ("compare", "Compare-Object"), ("diff", "Compare-Object"), ("gu", "Get-Unique"), ("ii", "Invoke-Item"),
        ("icm", "Invoke-Command"), ("irm", "Invoke-RestMethod"), ("iwr", "Invoke-WebRequest"),
        ("gp", "Get-ItemProperty"), ("gi", "Get-Item"), ("md", "mkdir"), ("oh", "Out-Host"),
        ("ep", "Export-ModuleMember"), ("gerr", "Get-Error"), ("rvpa", "Resolve-Path"), ("cvpa", "Convert-Path"), ("clv", "Clear-Variable"), ("r", "Invoke-History"),
    ]
}
