import PowerShellRuntime

/// Get-MgUserLicenseDetail: one licenseDetails per product the user holds, with plan statuses.
final class GetMgUserLicenseDetailCommand: Cmdlet {
    static let metadata = CommandMetadata(
        name: "Get-MgUserLicenseDetail",
        parameters: [
            ParameterMetadata(name: "UserId", type: "string", mandatory: true, valueFromPipelineByPropertyName: true, helpMessage: "Id or UPN."),
            ParameterMetadata(name: "All", type: "switch", helpMessage: "Every item."),
            ParameterMetadata(name: "Property", type: "string[]", aliases: ["Select"], helpMessage: "Properties to return."),
        ],
        outputTypes: [GraphObjects.licenseDetailsType],
        moduleName: Graph.usersModule,
        synopsis: "Gets a user's license details.",
        examples: [CommandExample(code: "(Get-MgUserLicenseDetail -UserId ann@contoso.onmicrosoft.com).SkuPartNumber", remarks: "Ann's products.")])

    init() {}

    func process(_ context: CommandContext) throws {
        guard let state = try Graph.connect(context, needs: Graph.readUsers), let u = try Graph.user(context, state) else { return }
        for l in state.tenant.licenses(ofUser: u.objectId) {
            try context.writeObject(GraphObjects.licenseDetails(state.tenant, userId: u.objectId, l))
        }
    }
}
