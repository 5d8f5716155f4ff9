import PowerShellRuntime

/// Remove-MgUser: soft-deletes the user (deleted items, 30 days); its seats are freed.
final class RemoveMgUserCommand: Cmdlet {
    static let metadata = CommandMetadata(
        name: "Remove-MgUser",
        parameters: [
            ParameterMetadata(name: "UserId", type: "string", mandatory: true, valueFromPipelineByPropertyName: true, helpMessage: "Id or UPN."),
            ParameterMetadata(name: "PassThru", type: "switch", helpMessage: "Write $true on success."),
        ],
        defaultParameterSet: "Delete",
        supportsShouldProcess: true,
        moduleName: Graph.usersModule,
        synopsis: "Deletes a user.",
        examples: [CommandExample(code: "Remove-MgUser -UserId quentinr@contoso.onmicrosoft.com", remarks: "Deletes Quentin (after Connect-MgGraph).", setup: "Connect-MgGraph -NoWelcome")])

    init() {}

    func process(_ context: CommandContext) throws {
        guard let api = try Graph.api(context) else { return }
        let id = context.string("UserId") ?? ""
        guard try context.shouldProcess(target: id) else { return }
        guard try Graph.call(context, { () throws(GraphError) in try api.deleteUser(id) }) != nil else { return }
        if context.switchPresent("PassThru") { try context.writeObject(.bool(true)) }
    }
}
