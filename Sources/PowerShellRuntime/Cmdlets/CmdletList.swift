/// Utility cmdlets (Where-Object, Select-Object, Export-Csv, ...) registered in every session.
/// This list belongs to the cmdlets work: add each new cmdlet type here. Entries registered here
/// replace runtime core cmdlets of the same name.
enum CmdletList {
    static var all: [any Cmdlet.Type] { [
        // Objects
        SelectObjectCommand.self, WhereObjectCommand.self, ForEachObjectCommand.self, SortObjectCommand.self,
        GroupObjectCommand.self, MeasureObjectCommand.self, AddMemberCommand.self, NewObjectCommand.self,
        GetMemberCommand.self, CompareObjectCommand.self, GetUniqueCommand.self, TeeObjectCommand.self,
        // Output
        WriteProgressCommand.self, FormatTableCommand.self, FormatListCommand.self, FormatWideCommand.self,
        OutStringCommand.self, OutFileCommand.self, OutHostCommand.self,
        // Modules
        GetModuleCommand.self, ImportModuleCommand.self, RemoveModuleCommand.self, InstallModuleCommand.self,
        GetPSRepositoryCommand.self, SetPSRepositoryCommand.self, ExportModuleMemberCommand.self,
        GetInstalledModuleCommand.self, FindModuleCommand.self, UpdateModuleCommand.self,
        // Data
        ConvertToCsvCommand.self, ExportCsvCommand.self, ConvertFromCsvCommand.self, ImportCsvCommand.self,
        ConvertToJsonCommand.self, ConvertFromJsonCommand.self, ConvertFromStringDataCommand.self, ConvertToHtmlCommand.self,
        // Files and locations
        GetContentCommand.self, SetContentCommand.self, AddContentCommand.self, TestPathCommand.self,
        JoinPathCommand.self, SplitPathCommand.self, NewItemCommand.self, RemoveItemCommand.self, GetItemCommand.self,
        NewTemporaryFileCommand.self, InvokeItemCommand.self, ResolvePathCommand.self, ConvertPathCommand.self, MeasureCommandCommand.self, TestJsonCommand.self, UpdateTypeDataCommand.self, RemoveTypeDataCommand.self, GetLocationCommand.self, SetLocationCommand.self, PushLocationCommand.self,
        PopLocationCommand.self, GetChildItemCommand.self, CopyItemCommand.self, MoveItemCommand.self,
        RenameItemCommand.self, MkdirCommand.self,
        // Session state
        GetVariableCommand.self, SetVariableCommand.self, NewVariableCommand.self, RemoveVariableCommand.self,
        ClearVariableCommand.self, GetAliasCommand.self, SetAliasCommand.self, NewAliasCommand.self,
        GetCommandCommand.self, GetHelpCommand.self, SetStrictModeCommand.self, StartTranscriptCommand.self,
        StopTranscriptCommand.self,
        // Utility
        GetDateCommand.self, NewTimeSpanCommand.self, GetRandomCommand.self, ReadHostCommand.self,
        ClearHostCommand.self, StartSleepCommand.self, GetCredentialCommand.self, ConvertToSecureStringCommand.self,
        ConvertFromSecureStringCommand.self, JoinStringCommand.self, NewGuidCommand.self, GetCultureCommand.self,
        GetUICultureCommand.self, SelectStringCommand.self,
    ] }
}
