import PowerShellRuntime

/// Remove-MgGroupMemberDirectoryObjectByRef: removes a member from a group. No output.
final class RemoveMgGroupMemberDirectoryObjectByRefCommand: Cmdlet {
    static let metadata = CommandMetadata(
        name: "Remove-MgGroupMemberDirectoryObjectByRef",
        parameters: [
            ParameterMetadata(name: "GroupId", type: "string", mandatory: true, valueFromPipelineByPropertyName: true, helpMessage: "The group's id."),
            ParameterMetadata(name: "DirectoryObjectId", type: "string", mandatory: true, valueFromPipelineByPropertyName: true, helpMessage: "The member's id."),
        ],
        defaultParameterSet: "Delete",
        supportsShouldProcess: true,
        moduleName: Graph.groupsModule,
        synopsis: "Removes a member from a group.",
        examples: [CommandExample(code: "$g = Get-MgGroup -Filter \"displayName eq 'Power BI Pro'\"; $u = Get-MgUser -UserId priyaq@contoso.onmicrosoft.com\nRemove-MgGroupMemberDirectoryObjectByRef -GroupId $g.Id -DirectoryObjectId $u.Id", remarks: "Removes Priya from the group; its license leaves her (after Connect-MgGraph).", setup: "Connect-MgGraph -NoWelcome")])

    init() {}

    func process(_ context: CommandContext) throws {
        guard let api = try Graph.api(context) else { return }
        let id = context.string("GroupId") ?? "", member = context.string("DirectoryObjectId") ?? ""
        guard try context.shouldProcess(target: id) else { return }
        _ = try Graph.call(context, { () throws(GraphError) in try api.removeMember(member, fromGroup: id) })
    }
}
