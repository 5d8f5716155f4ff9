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
        examples: [CommandExample(code: "Set-MgUserLicense -UserId ann@contoso.onmicrosoft.com -AddLicenses @{SkuId = '6fd2c87f-b296-42f0-b197-1e91e994b900'} -RemoveLicenses @()", remarks: "Assigns E3.")])

    init() {}

    func process(_ context: CommandContext) throws {
        guard let state = try Graph.connect(context, needs: Graph.assignUserLicenses), let u = try Graph.user(context, state),
              let parsed = try GraphLicenses.parse(context) else { return }
        guard try context.shouldProcess(target: u.userPrincipalName) else { return }
        // Graph's answer when the product to remove only comes from a group (wording as relayed in
        // KelvinTegelaar/CIPP#4090; not in Microsoft's docs).
        for case .skuId(let sku) in parsed.remove
        where !u.records.contains(where: { $0.skuId == sku && $0.source == .direct }) && u.records.contains(where: { $0.skuId == sku }) {
            try context.writeError(M365Errors.graph(message: "User license is inherited from group membership and cannot be removed directly from the user.",
                                                    status: 400, phrase: "BadRequest", graphCode: "Request_BadRequest",
                                                    errorCode: LicensingError.Code.groupInheritedLicense.rawValue, context))
            return
        }
        guard try Graph.perform(context, { try state.tenant.graphAssignLicense(userId: u.objectId, add: parsed.add, remove: parsed.remove) }) else { return }
        if let fresh = state.tenant.user(id: u.objectId) { try context.writeObject(GraphObjects.user(state, fresh, selection: nil)) }
    }
}
