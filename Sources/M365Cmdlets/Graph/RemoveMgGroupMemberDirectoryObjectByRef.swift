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
        examples: [CommandExample(code: "Remove-MgGroupMemberDirectoryObjectByRef -GroupId $g.Id -DirectoryObjectId $u.Id", remarks: "Removes the user.")])

    init() {}

    func process(_ context: CommandContext) throws {
        guard let api = try Graph.api(context) else { return }
        let id = context.string("GroupId") ?? "", member = context.string("DirectoryObjectId") ?? ""
        guard try context.shouldProcess(target: id) else { return }
        _ = try Graph.call(context, { () throws(GraphError) in try api.removeMember(member, fromGroup: id) })
    }
}
