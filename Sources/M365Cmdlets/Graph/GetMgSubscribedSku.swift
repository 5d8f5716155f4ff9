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
        examples: [CommandExample(code: "Get-MgSubscribedSku -All | Select-Object SkuPartNumber, ConsumedUnits, @{n='Enabled';e={$_.PrepaidUnits.Enabled}}", remarks: "Seats per product."),
                   CommandExample(code: "(Get-MgSubscribedSku -All | Where-Object SkuPartNumber -eq 'EMS').PrepaidUnits.Enabled", remarks: "Seats bought.", expectedOutput: "3")])

    init() {}

    func process(_ context: CommandContext) throws {
        guard let state = try Graph.connect(context, needs: Graph.readSkus) else { return }
        let t = state.tenant
        if let id = context.string("SubscribedSkuId") {
            guard let sku = t.subscribedSkus.first(where: { (t.tenantId.lowercasedGraphString + "_" + $0.skuId.lowercasedGraphString) == id.lowercased() }) else {
                try context.writeError(M365Errors.graph(message: "Resource '\(id)' does not exist or one of its queried reference-property objects are not present.",
                                                        status: 404, phrase: "NotFound", graphCode: "Request_ResourceNotFound", context))
                return
            }
            try context.writeObject(GraphObjects.subscribedSku(t, sku))
            return
        }
        for sku in t.subscribedSkus { try context.writeObject(GraphObjects.subscribedSku(t, sku)) }
    }
}
