import Foundation
import Licensing
import PowerShellRuntime

/// Get-AzureADSubscribedSku: the tenant's products (ObjectId `<tenantId>_<skuId>`), with
/// PrepaidUnits as a LicenseUnitsDetail (Enabled, Suspended, Warning) and ConsumedUnits.
final class GetAzureADSubscribedSkuCommand: Cmdlet {
    static let metadata = CommandMetadata(
        name: "Get-AzureADSubscribedSku",
        parameters: [
            ParameterMetadata(name: "ObjectId", type: "string", mandatory: true, valueFromPipeline: true, valueFromPipelineByPropertyName: true,
                              parameterSets: ["GetById"], helpMessage: "The SKU's object id (<tenantId>_<skuId>)."),
        ],
        defaultParameterSet: "GetQuery",
        outputTypes: [AzureADObjects.skuType],
        moduleName: AzureAD.module,
        synopsis: "Gets subscribed SKUs to Microsoft services.",
        examples: [
            CommandExample(code: "Get-AzureADSubscribedSku | Where-Object SkuPartNumber -eq 'ENTERPRISEPACK' |\n    Select-Object SkuPartNumber, ConsumedUnits, @{ n = 'Enabled'; e = { $_.PrepaidUnits.Enabled } }",
                           remarks: "E3's seats: bought (PrepaidUnits.Enabled) and used (after Connect-AzureAD).", setup: "Connect-AzureAD | Out-Null"),
        ])

    init() {}

    func process(_ context: CommandContext) throws {
        let api = try AzureAD.api(context)
        let skus: [SubscribedSku]
        if let id = context.string("ObjectId") {
            skus = [try AzureAD.call(context, operation: "GetSubscribedSku") { () throws(GraphError) in try api.subscribedSku(id) }]
        } else {
            skus = try AzureAD.call(context, operation: "GetSubscribedSkus") { () throws(GraphError) in try api.subscribedSkus() }
        }
        for sku in skus { try context.writeObject(AzureADObjects.subscribedSku(api.tenant, sku)) }
    }
}
