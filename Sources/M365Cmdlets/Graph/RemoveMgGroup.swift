import PowerShellRuntime

/// Remove-MgGroup: deletes a group; one that still carries licenses cannot be deleted.
final class RemoveMgGroupCommand: Cmdlet {
    static let metadata = CommandMetadata(
        name: "Remove-MgGroup",
        parameters: [
            ParameterMetadata(name: "GroupId", type: "string", mandatory: true, valueFromPipelineByPropertyName: true, helpMessage: "The group's id."),
            ParameterMetadata(name: "PassThru", type: "switch", helpMessage: "Write $true on success."),
        ],
        supportsShouldProcess: true,
        moduleName: Graph.groupsModule,
        synopsis: "Deletes a group.",
        examples: [CommandExample(code: "Remove-MgGroup -GroupId $g.Id", remarks: "Deletes the group.")])

    init() {}

    func process(_ context: CommandContext) throws {
        guard let state = try Graph.connect(context, needs: Graph.writeGroups), let g = try Graph.group(context, state) else { return }
        guard try context.shouldProcess(target: g.displayName) else { return }
        guard try Graph.perform(context, { try state.tenant.deleteGroup(groupId: g.objectId) }) else { return }
        if context.switchPresent("PassThru") { try context.writeObject(.bool(true)) }
    }
}
