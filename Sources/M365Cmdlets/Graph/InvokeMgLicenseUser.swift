import Licensing
import PowerShellRuntime

/// Invoke-MgLicenseUser: `reprocessLicenseAssignment`: re-evaluates all of the user's group
/// assignments. Returns the user.
final class InvokeMgLicenseUserCommand: Cmdlet {
    static let metadata = CommandMetadata(
        name: "Invoke-MgLicenseUser",
        parameters: [
            ParameterMetadata(name: "UserId", type: "string", mandatory: true, valueFromPipelineByPropertyName: true, helpMessage: "Id or UPN."),
            ParameterMetadata(name: "Headers", type: "object", helpMessage: "Extra HTTP headers."),
            ParameterMetadata(name: "ResponseHeadersVariable", type: "string", aliases: ["RHV"], helpMessage: "Variable for response headers."),
        ],
        outputTypes: [GraphObjects.userType],
        supportsShouldProcess: true,
        moduleName: Graph.usersActionsModule,
        synopsis: "Reprocesses all group-based license assignments of a user.",
        examples: [CommandExample(code: "Invoke-MgLicenseUser -UserId jo@contoso.onmicrosoft.com", remarks: "Retries jo's group licenses.")])

    init() {}

    func process(_ context: CommandContext) throws {
        guard let state = try Graph.connect(context, needs: Graph.assignUserLicenses), let u = try Graph.user(context, state) else { return }
        guard try context.shouldProcess(target: u.userPrincipalName) else { return }
        guard try Graph.perform(context, { _ = try state.tenant.reprocessUser(userId: u.objectId) }) else { return }
        if let fresh = state.tenant.user(id: u.objectId) { try context.writeObject(GraphObjects.user(state, fresh, selection: nil)) }
    }
}
