import PowerShellRuntime

/// Remove-MgUser: soft-deletes the user (deleted items, 30 days); its seats are freed.
final class RemoveMgUserCommand: Cmdlet {
    static let metadata = CommandMetadata(
        name: "Remove-MgUser",
        parameters: [
            ParameterMetadata(name: "UserId", type: "string", mandatory: true, valueFromPipelineByPropertyName: true, helpMessage: "Id or UPN."),
            ParameterMetadata(name: "PassThru", type: "switch", helpMessage: "Write $true on success."),
        ],
        supportsShouldProcess: true,
        moduleName: Graph.usersModule,
        synopsis: "Deletes a user.",
        examples: [CommandExample(code: "Remove-MgUser -UserId kim@contoso.onmicrosoft.com", remarks: "Deletes Kim.")])

    init() {}

    func process(_ context: CommandContext) throws {
        guard let state = try Graph.connect(context, needs: Graph.writeUsers), let u = try Graph.user(context, state) else { return }
        guard try context.shouldProcess(target: u.userPrincipalName) else { return }
        guard try Graph.perform(context, { try state.tenant.deleteUser(userId: u.objectId) }) else { return }
        if context.switchPresent("PassThru") { try context.writeObject(.bool(true)) }
    }
}
