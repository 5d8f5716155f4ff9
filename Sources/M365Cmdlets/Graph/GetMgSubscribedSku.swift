import Licensing
import PowerShellRuntime

/// Get-MgSubscribedSku: the tenant's products (`Id` is `<tenantId>_<skuId>`, not the SkuId).
final class GetMgSubscribedSkuCommand: Cmdlet {
    static let metadata = CommandMetadata(
        name: "Get-MgSubscribedSku",
        parameters: [
            ParameterMetadata(name: "SubscribedSkuId", type: "string", mandatory: true, parameterSets: ["Get"], helpMessage: "<tenantId>_<skuId>."),
            ParameterMetadata(name: "All", type: "switch", parameterSets: ["List"], helpMessage: "Every product."),
            ParameterMetadata(name: "Property", type: "string[]", aliases: ["Select"], helpMessage: "Properties to return."),
        ],
        defaultParameterSet: "List",
        outputTypes: [GraphObjects.skuType],
        moduleName: Graph.directoryModule,
        synopsis: "Gets the products the organization has subscribed to.",
        examples: [CommandExample(code: "Get-MgSubscribedSku -All | Select-Object SkuPartNumber, ConsumedUnits, @{n='Enabled';e={$_.PrepaidUnits.Enabled}}", remarks: "Seats per product (after Connect-MgGraph).", setup: "Connect-MgGraph -NoWelcome"),
                   CommandExample(code: "(Get-MgSubscribedSku -All | Where-Object SkuPartNumber -eq 'EMS').PrepaidUnits.Enabled", remarks: "Seats bought.", expectedOutput: "3", setup: "Connect-MgGraph -NoWelcome")])

    init() {}

    func process(_ context: CommandContext) throws {
        guard let api = try Graph.api(context) else { return }
        let skus: [SubscribedSku]?
        if let id = context.string("SubscribedSkuId") {
            skus = try Graph.call(context, { () throws(GraphError) in [try api.subscribedSku(id)] })
        } else {
            skus = try Graph.call(context, { () throws(GraphError) in try api.subscribedSkus() })
        }
        for sku in skus ?? [] { try context.writeObject(GraphObjects.object(GraphResources.subscribedSku(api.tenant, sku))) }
    }
}
