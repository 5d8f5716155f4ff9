import PowerShellRuntime

/// Get-MsolAccountSku: the products the tenant owns with their seat counts.
final class GetMsolAccountSkuCommand: Cmdlet {
    static let metadata = CommandMetadata(
        name: "Get-MsolAccountSku",
        parameters: [Msol.tenantId],
        outputTypes: [MsolObjects.accountSkuType],
        moduleName: Msol.module,
        synopsis: "Returns all the SKUs that the company owns.",
        examples: [
            CommandExample(code: "Get-MsolAccountSku", remarks: "Lists AccountSkuId, ActiveUnits, WarningUnits and ConsumedUnits of every product."),
            CommandExample(code: "(Get-MsolAccountSku | Where-Object SkuPartNumber -eq 'ENTERPRISEPACK').ConsumedUnits", remarks: "Seats of E3 in use.", expectedOutput: "9"),
        ])

    init() {}

    func process(_ context: CommandContext) throws {
        let tenant = try context.tenant
        for sku in tenant.subscribedSkus { try context.writeObject(MsolObjects.accountSku(tenant, sku)) }
    }
}
