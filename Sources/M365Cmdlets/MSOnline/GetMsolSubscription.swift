import Foundation
import PowerShellRuntime

/// Get-MsolSubscription: one subscription per purchase (Add-LabSubscription call) of a product.
final class GetMsolSubscriptionCommand: Cmdlet {
    static let metadata = CommandMetadata(
        name: "Get-MsolSubscription",
        parameters: [
            ParameterMetadata(name: "SubscriptionId", type: "guid", parameterSets: ["GetSubscription__0"], helpMessage: "The subscription to return."),
            Msol.tenantId,
        ],
        defaultParameterSet: "ListSubscriptions__0",
        outputTypes: [MsolObjects.subscriptionType],
        moduleName: Msol.module,
        synopsis: "Returns the subscriptions of the tenant.",
        examples: [CommandExample(code: "Get-MsolSubscription | Select-Object SkuPartNumber, Status, TotalLicenses", remarks: "Lists subscriptions.")])

    init() {}

    func process(_ context: CommandContext) throws {
        let tenant = try context.tenant
        let wanted = context.value("SubscriptionId").flatMap(ValueAccess.guid)
        var found = false
        for sku in tenant.subscribedSkus {
            for (i, id) in sku.subscriptionIds.enumerated() where wanted == nil || wanted == id {
                found = true
                let product = tenant.product(of: sku)
                let plans: [Value] = product.map { p in p.planIndices.map { MsolObjects.serviceStatus(tenant.catalog.plans[$0], .success) } } ?? []
                // Units per purchase are not kept separately: the first subscription carries the pool.
                let units = i == 0 ? sku.enabledUnits : 0
                try context.writeObject(Emit.object(MsolObjects.subscriptionType, [
                    ("ExtensionData", Emit.extensionData()), ("DateCreated", .null), ("IsTrial", .bool(false)),
                    ("NextLifecycleDate", .null), ("ObjectId", .guid(id)), ("OcpSubscriptionId", .guid(id)),
                    ("OwnerContextId", .guid(tenant.tenantId)), ("OwnerObjectId", .null), ("OwnerType", .null),
                    ("ServiceStatus", Emit.list(plans, of: MsolObjects.serviceStatusType)),
                    ("SkuId", .guid(sku.skuId)), ("SkuPartNumber", .string(sku.skuPartNumber)),
                    ("Status", .string("Enabled")), ("TotalLicenses", .int(units)),
                ]))
            }
        }
        if wanted != nil && !found {
            try context.writeError(M365Errors.msol(message: "Subscription not found.", specific: "SubscriptionNotFoundException", code: "SubscriptionNotFound", category: .ObjectNotFound, context))
        }
    }
}
