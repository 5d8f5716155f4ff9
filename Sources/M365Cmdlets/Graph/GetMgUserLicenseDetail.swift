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
        defaultParameterSet: "List",
        outputTypes: [GraphObjects.licenseDetailsType],
        moduleName: Graph.usersModule,
        synopsis: "Gets a user's license details.",
        examples: [CommandExample(code: "(Get-MgUserLicenseDetail -UserId caseyd@contoso.onmicrosoft.com).SkuPartNumber", remarks: "Casey's products (after Connect-MgGraph).", setup: "Connect-MgGraph -NoWelcome")])

    init() {}

    func process(_ context: CommandContext) throws {
        guard let api = try Graph.api(context) else { return }
        let id = context.string("UserId") ?? ""
        guard let (user, licenses) = try Graph.call(context, { () throws(GraphError) in try api.licenseDetails(ofUser: id) }) else { return }
        for l in licenses { try context.writeObject(GraphObjects.object(GraphResources.licenseDetails(userId: user.objectId, l))) }
    }
}
