/// Default table views for the objects these cmdlets create (what PowerShell's format.ps1xml
/// files declare). Registered into the session the first time a cmdlet that makes them runs.
enum CmdletViews {
    static func register(_ s: Session) {
        let v = s.views
        if v.view(for: [GroupObjectCommand.groupInfoType]) != nil { return }
        v.register(FormatView(typeName: GroupObjectCommand.groupInfoType, shape: .table,
                              columns: [ViewColumn("Count", alignment: .right, width: 5), ViewColumn("Name", alignment: .left, width: 25), ViewColumn("Group", alignment: .left)]))
        v.register(FormatView(typeName: GetMemberCommand.definitionType, shape: .table,
                              columns: [ViewColumn("Name"), ViewColumn("MemberType"), ViewColumn("Definition")],
                              groupBy: ViewGroup(label: "TypeName", property: "TypeName")))
        v.register(FormatView(typeName: "System.Management.Automation.PSVariable", shape: .table,
                              columns: [ViewColumn("Name", alignment: .left, width: 30), ViewColumn("Value", alignment: .left)]))
        v.register(FormatView(typeName: PathInfo.typeName, shape: .table, columns: [ViewColumn("Path")]))
        v.registerTable(typeName: "Microsoft.PowerShell.Commands.HistoryInfo", columns: ["Id", "Duration", "CommandLine"])
        for t in ["System.Management.Automation.AliasInfo", "System.Management.Automation.CmdletInfo", "System.Management.Automation.FunctionInfo", "System.Management.Automation.CommandInfo"] {
            v.register(FormatView(typeName: t, name: "CommandInfo", shape: .table, columns: [ViewColumn("CommandType", alignment: .left, width: 15), ViewColumn("DisplayName", label: "Name", alignment: .left, width: 50),
                                                                      ViewColumn("Version", alignment: .left, width: 10), ViewColumn("Source", alignment: .left)]))
        }
        v.register(FormatView(typeName: "System.Management.Automation.PSModuleInfo", shape: .table,
                              columns: [ViewColumn("ModuleType", alignment: .left, width: 10), ViewColumn("Version", alignment: .left, width: 10),
                                        ViewColumn("PreRelease", alignment: .left, width: 10), ViewColumn("Name", alignment: .left, width: 35),
                                        ViewColumn("ExportedCommands", alignment: .left)]))
        // one view for files and directories (both are FileSystemInfo), so a listing is one table per directory
        v.register(FormatView(typeName: FileItem.fileSystemInfoType, shape: .table,
                              columns: [ViewColumn("UnixMode"), ViewColumn("LastWriteTime"), ViewColumn("Length", label: "Size", alignment: .right), ViewColumn("Name")],
                              groupBy: ViewGroup(label: "Directory", property: "PSParentPath", indent: 4, display: FileItem.providerPathless)))
    }
}
