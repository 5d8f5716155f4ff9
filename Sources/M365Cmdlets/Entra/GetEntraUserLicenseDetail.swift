import Foundation
import Licensing
import PowerShellRuntime

/// Get-EntraUserLicenseDetail: the Graph SDK's licenseDetails objects (Id, SkuId, SkuPartNumber,
/// ServicePlans), one per product the user holds.
final class GetEntraUserLicenseDetailCommand: Cmdlet {
    static let metadata = CommandMetadata(
        name: "Get-EntraUserLicenseDetail",
        parameters: [
            ParameterMetadata(name: "UserId", type: "string", aliases: ["ObjectId", "UPN", "Identity", "UserPrincipalName"], mandatory: true,
                              valueFromPipeline: true, valueFromPipelineByPropertyName: true, helpMessage: "The user's id or user principal name."),
            Entra.property,
        ],
        outputTypes: [GraphObjects.licenseDetailsType],
        moduleName: Entra.module,
        synopsis: "Retrieves license details for a user.",
        examples: [
            CommandExample(code: "(Get-EntraUserLicenseDetail -UserId averyb@contoso.onmicrosoft.com).SkuPartNumber",
                           remarks: "Avery's products (after Connect-Entra).", expectedOutput: "ENTERPRISEPACK", setup: "Connect-Entra -NoWelcome"),
        ])

    init() {}

    func process(_ context: CommandContext) throws {
        let api = try Entra.api(context, scopes: "User.Read.All")
        let id = context.string("UserId") ?? ""
        let found = try Entra.call(context, path: "users/\(id)/licenseDetails") { () throws(GraphError) in try api.licenseDetails(ofUser: id) }
        let selection = GraphSelection(context.strings("Property"), defaults: [])
        for l in found.licenses {
            let resource = GraphResources.licenseDetails(userId: found.user.objectId, l, selection.names == nil ? .everything : selection)
            try context.writeObject(GraphObjects.object(resource))
        }
    }
}
