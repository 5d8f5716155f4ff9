import Licensing
import PowerShellRuntime

/// Set-MgUserLicense: Graph's direct assignment (`POST /users/{id}/assignLicense`): synchronous;
/// adding a product the user already holds replaces its disabled plans. Returns the user.
final class SetMgUserLicenseCommand: Cmdlet {
    static let metadata = CommandMetadata(
        name: "Set-MgUserLicense",
        parameters: [
            ParameterMetadata(name: "UserId", type: "string", mandatory: true, valueFromPipelineByPropertyName: true, helpMessage: "Id or UPN."),
        ] + GraphLicenses.parameters,
        defaultParameterSet: "AssignExpanded",
        outputTypes: [GraphObjects.userType],
        supportsShouldProcess: true,
        moduleName: Graph.usersActionsModule,
        synopsis: "Adds or removes licenses of a user.",
        examples: [CommandExample(code: "Set-MgUserLicense -UserId priyaq@contoso.onmicrosoft.com -AddLicenses @{SkuId = '6fd2c87f-b296-42f0-b197-1e91e994b900'} -RemoveLicenses @() | Out-Null", remarks: "Assigns E3 to Priya (the demo tenant's last free E3 seat), after Connect-MgGraph.", setup: "Connect-MgGraph -NoWelcome")])

    init() {}

    func process(_ context: CommandContext) throws {
        guard let api = try Graph.api(context) else { return }
        let id = context.string("UserId") ?? ""
        // as in the SDK, -WhatIf stops before the request is sent
        guard try context.shouldProcess(target: id) else { return }
        let body = GraphLicenses.body(context)
        guard let user = try Graph.call(context, { () throws(GraphError) in
            try api.assignLicense(toUser: id, try GraphBodyDecoding.assignLicense(body, resource: "User"))
        }) else { return }
        try context.writeObject(GraphObjects.user(api.tenant, user))
    }
}
