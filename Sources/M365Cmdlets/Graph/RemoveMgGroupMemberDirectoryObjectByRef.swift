import PowerShellRuntime

/// Remove-MgGroupMemberDirectoryObjectByRef: removes a member from a group. No output.
final class RemoveMgGroupMemberDirectoryObjectByRefCommand: Cmdlet {
    static let metadata = CommandMetadata(
        name: "Remove-MgGroupMemberDirectoryObjectByRef",
        parameters: [
            ParameterMetadata(name: "GroupId", type: "string", mandatory: true, valueFromPipelineByPropertyName: true, helpMessage: "The group's id."),
            ParameterMetadata(name: "DirectoryObjectId", type: "string", mandatory: true, valueFromPipelineByPropertyName: true, helpMessage: "The member's id."),
        ],
        supportsShouldProcess: true,
        moduleName: Graph.groupsModule,
        synopsis: "Removes a member from a group.",
        examples: [CommandExample(code: "Remove-MgGroupMemberDirectoryObjectByRef -GroupId $g.Id -DirectoryObjectId $u.Id", remarks: "Removes the user.")])

    init() {}

    func process(_ context: CommandContext) throws {
        guard let state = try Graph.connect(context, needs: Graph.writeMembers), let g = try Graph.group(context, state) else { return }
        guard let u = try Graph.user(context, state, parameter: "DirectoryObjectId") else { return }
        guard try context.shouldProcess(target: g.displayName) else { return }
        try Graph.perform(context) { try state.tenant.removeMember(groupId: g.objectId, userId: u.objectId) }
    }
}
