import Foundation
import Licensing
import PowerShellRuntime

/// Get-AzureADUserLicenseDetail: one LicenseDetail per product the user holds, directly or from
/// a group, with its service plans and their provisioning status.
final class GetAzureADUserLicenseDetailCommand: Cmdlet {
    static let metadata = CommandMetadata(
        name: "Get-AzureADUserLicenseDetail",
        parameters: [
            ParameterMetadata(name: "ObjectId", type: "string", mandatory: true, valueFromPipeline: true, valueFromPipelineByPropertyName: true,
                              helpMessage: "The user's object id or user principal name."),
        ],
        outputTypes: [AzureADObjects.licenseDetailType],
        moduleName: AzureAD.module,
        synopsis: "Retrieves license details for a user.",
        examples: [
            CommandExample(code: "(Get-AzureADUserLicenseDetail -ObjectId averyb@contoso.onmicrosoft.com).SkuPartNumber",
                           remarks: "Avery's products (after Connect-AzureAD).", expectedOutput: "ENTERPRISEPACK", setup: "Connect-AzureAD | Out-Null"),
        ])

    init() {}

    func process(_ context: CommandContext) throws {
        let api = try AzureAD.api(context)
        let id = context.string("ObjectId") ?? ""
        let found = try AzureAD.call(context, operation: "GetUserLicenseDetail") { () throws(GraphError) in try api.licenseDetails(ofUser: id) }
        for l in found.licenses { try context.writeObject(AzureADObjects.licenseDetail(userId: found.user.objectId, l)) }
    }
}
