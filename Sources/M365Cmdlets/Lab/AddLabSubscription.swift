import Licensing
import PowerShellRuntime

/// Add-LabSubscription: buys units of a catalog product (adds to an owned product's units).
final class AddLabSubscriptionCommand: Cmdlet {
    static let metadata = CommandMetadata(
        name: "Add-LabSubscription",
        parameters: [
            ParameterMetadata(name: "SkuPartNumber", type: "string", position: 0, mandatory: true, valueFromPipelineByPropertyName: true,
                              helpMessage: "The catalog product (ENTERPRISEPACK, EMS, ...)."),
            ParameterMetadata(name: "Units", type: "int", position: 1, mandatory: true, valueFromPipelineByPropertyName: true,
                              helpMessage: "How many seats to buy."),
            Lab.passThru,
        ],
        outputTypes: [MsolObjects.accountSkuType],
        moduleName: Lab.module,
        synopsis: "Buys seats of a product for the lab tenant.",
        examples: [CommandExample(code: "Add-LabSubscription -SkuPartNumber ENTERPRISEPACK -Units 5", remarks: "Five Office 365 E3 seats.")])

    init() {}

    func process(_ context: CommandContext) throws {
        let tenant = try context.tenant
        let part = context.string("SkuPartNumber") ?? ""
        var sku: SubscribedSku?
        try Lab.perform(context, target: .string(part)) { sku = try tenant.addSubscription(skuPartNumber: part, units: context.int("Units") ?? 0) }
        if let sku, context.switchPresent("PassThru") { try context.writeObject(MsolObjects.accountSku(tenant, sku)) }
    }
}
