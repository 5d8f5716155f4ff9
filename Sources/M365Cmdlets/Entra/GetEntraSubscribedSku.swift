import Foundation
import Licensing
import PowerShellRuntime

/// Get-EntraSubscribedSku: the tenant's products as the Graph SDK's subscribedSku objects.
final class GetEntraSubscribedSkuCommand: Cmdlet {
    static let metadata = CommandMetadata(
        name: "Get-EntraSubscribedSku",
        parameters: [
            ParameterMetadata(name: "SubscribedSkuId", type: "string", aliases: ["ObjectId"], mandatory: true, valueFromPipeline: true,
                              valueFromPipelineByPropertyName: true, parameterSets: ["GetById"], helpMessage: "The SKU's id (<tenantId>_<skuId>)."),
            Entra.property,
        ],
        defaultParameterSet: "GetQuery",
        outputTypes: [GraphObjects.skuType],
        moduleName: Entra.module,
        synopsis: "Gets subscribed SKUs to Microsoft services.",
        examples: [
            CommandExample(code: "Get-EntraSubscribedSku | Where-Object SkuPartNumber -eq 'EMS' | Select-Object SkuPartNumber, ConsumedUnits",
                           remarks: "How many EMS seats are used (after Connect-Entra).", setup: "Connect-Entra -NoWelcome"),
        ])

    init() {}

    func process(_ context: CommandContext) throws {
        for sku in try GetEntraSubscribedSkuCommand.skus(context) {
            try context.writeObject(GraphObjects.object(GraphResources.subscribedSku(try context.tenant, sku)))
        }
    }

    static func skus(_ context: CommandContext) throws -> [SubscribedSku] {
        let api = try Entra.api(context, scopes: "Organization.Read.All")
        if let id = context.string("SubscribedSkuId") {
            return [try Entra.call(context, path: "subscribedSkus/\(id)") { () throws(GraphError) in try api.subscribedSku(id) }]
        }
        return try Entra.call(context, path: "subscribedSkus") { () throws(GraphError) in try api.subscribedSkus() }
    }
}
