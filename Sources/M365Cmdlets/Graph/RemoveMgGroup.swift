import PowerShellRuntime

/// Remove-MgGroup: deletes a group; one that still carries licenses cannot be deleted.
final class RemoveMgGroupCommand: Cmdlet {
    static let metadata = CommandMetadata(
        name: "Remove-MgGroup",
        parameters: [
            ParameterMetadata(name: "GroupId", type: "string", mandatory: true, valueFromPipelineByPropertyName: true, helpMessage: "The group's id."),
            ParameterMetadata(name: "PassThru", type: "switch", helpMessage: "Write $true on success."),
        ],
        defaultParameterSet: "Delete",
        supportsShouldProcess: true,
        moduleName: Graph.groupsModule,
        synopsis: "Deletes a group.",
        examples: [CommandExample(code: "$g = New-MgGroup -DisplayName 'Pilot' -MailEnabled:$false -MailNickname pilot -SecurityEnabled\nRemove-MgGroup -GroupId $g.Id", remarks: "Creates a group and deletes it (after Connect-MgGraph).", setup: "Connect-MgGraph -NoWelcome")])

    init() {}

    func process(_ context: CommandContext) throws {
        guard let api = try Graph.api(context) else { return }
        let id = context.string("GroupId") ?? ""
        guard try context.shouldProcess(target: id) else { return }
        guard try Graph.call(context, { () throws(GraphError) in try api.deleteGroup(id) }) != nil else { return }
        if context.switchPresent("PassThru") { try context.writeObject(.bool(true)) }
    }
}
