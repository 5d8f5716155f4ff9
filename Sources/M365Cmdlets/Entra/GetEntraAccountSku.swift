import Foundation
import Licensing
import PowerShellRuntime

/// Get-EntraAccountSku: Get-MgSubscribedSku's objects with the MSOnline-era unit fields the module
/// adds as note properties (Get-EntraAccountSku.ps1): ActiveUnits (PrepaidUnits.Enabled),
/// LockedOutUnits, SuspendedUnits, WarningUnits, AccountObjectId (AccountId) and TargetClass
/// (AppliesTo). The default table is the subscribedSku one; the added fields show when selected.
final class GetEntraAccountSkuCommand: Cmdlet {
    static let metadata = CommandMetadata(
        name: "Get-EntraAccountSku",
        parameters: [
            ParameterMetadata(name: "TenantId", type: "guid", valueFromPipelineByPropertyName: true, parameterSets: ["GetById"],
                              helpMessage: "Obsolete: compatibility with AzureAD and MSOnline partner scripts (the signed-in tenant)."),
        ],
        defaultParameterSet: "GetQuery",
        outputTypes: [GraphObjects.skuType],
        moduleName: Entra.module,
        synopsis: "Retrieves all the SKUs for a company.",
        examples: [
            CommandExample(code: "Get-EntraAccountSku | Select-Object SkuPartNumber, ActiveUnits, WarningUnits, ConsumedUnits",
                           remarks: "Seats as Get-MsolAccountSku reported them (after Connect-Entra).", setup: "Connect-Entra -NoWelcome"),
        ])

    init() {}

    func process(_ context: CommandContext) throws {
        let api = try Entra.api(context, scopes: "Organization.Read.All")
        let skus = try Entra.call(context, path: "subscribedSkus") { () throws(GraphError) in try api.subscribedSkus() }
        let tenant = api.tenant
        for sku in skus {
            let value = GraphObjects.object(GraphResources.subscribedSku(tenant, sku))
            if case .object(let o) = value {
                for (name, v) in [("ActiveUnits", Value.int(sku.enabledUnits)), ("LockedOutUnits", .int(sku.lockedOutUnits)),
                                  ("SuspendedUnits", .int(sku.suspendedUnits)), ("WarningUnits", .int(sku.warningUnits)),
                                  ("AccountObjectId", .string(tenant.tenantId.lowercasedString)), ("TargetClass", .string("User"))] {
                    o.setNote(name, v)
                }
            }
            try context.writeObject(value)
        }
    }
}
