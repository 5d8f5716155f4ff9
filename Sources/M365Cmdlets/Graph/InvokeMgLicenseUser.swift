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
        defaultParameterSet: "License",
        outputTypes: [GraphObjects.userType],
        supportsShouldProcess: true,
        moduleName: Graph.usersActionsModule,
        synopsis: "Reprocesses all group-based license assignments of a user.",
        examples: [CommandExample(code: "Invoke-MgLicenseUser -UserId farahg@contoso.onmicrosoft.com | Out-Null", remarks: "Retries Farah's group licenses (after Connect-MgGraph).", setup: "Connect-MgGraph -NoWelcome")])

    init() {}

    func process(_ context: CommandContext) throws {
        guard let api = try Graph.api(context) else { return }
        let id = context.string("UserId") ?? ""
        guard try context.shouldProcess(target: id) else { return }
        guard let user = try Graph.call(context, { () throws(GraphError) in try api.reprocessLicenseAssignment(ofUser: id) }) else { return }
        try context.writeObject(GraphObjects.user(api.tenant, user))
    }
}
