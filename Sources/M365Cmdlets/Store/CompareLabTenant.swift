import Foundation
import Licensing
import PowerShellRuntime
import TenantStore

/// Compare-LabTenant: what changed between a checkpoint and another checkpoint or the current
/// tenant: licenses added and removed per user, errors that appeared or were resolved, seats and
/// units per product.
final class CompareLabTenantCommand: Cmdlet {
    static let metadata = CommandMetadata(
        name: "Compare-LabTenant",
        parameters: [
            ParameterMetadata(name: "Reference", type: "string", position: 0, mandatory: true, helpMessage: "The checkpoint to compare from."),
            ParameterMetadata(name: "Difference", type: "string", position: 1,
                              helpMessage: "The checkpoint to compare to, or 'current' (the default) for the tenant as it is."),
        ],
        outputTypes: [StoreObjects.changeType],
        moduleName: Lab.module,
        synopsis: "Lists the licensing changes between a checkpoint and another checkpoint or the current tenant.",
        examples: [CommandExample(code: "Checkpoint-LabTenant before; Set-MsolUserLicense -UserPrincipalName priyaq@contoso.onmicrosoft.com -AddLicenses contoso:ENTERPRISEPACK; Compare-LabTenant before",
                                  remarks: "What the script changed: licenses, errors and seats.")])

    init() {}

    func process(_ context: CommandContext) throws {
        let state = try context.m365
        let store = try context.tenantStore
        let reference = context.string("Reference") ?? ""
        let difference = context.string("Difference") ?? "current"
        do {
            guard let before = try store.checkpoint(named: reference) else {
                return try notFound(reference, context)
            }
            let after: TenantSnapshot
            if difference.lowercased() == "current" {
                after = state.tenant.snapshot()
            } else {
                guard let s = try store.checkpoint(named: difference) else { return try notFound(difference, context) }
                after = s
            }
            for entry in TenantDiff(from: before, to: after, catalog: state.tenant.catalog).entries {
                try context.writeObject(StoreObjects.change(entry))
            }
        } catch let error as TenantStoreError {
            try context.writeStoreError(error.message, errorId: "CheckpointUnreadable", category: .ReadError, target: .string(reference))
        }
    }

    private func notFound(_ name: String, _ context: CommandContext) throws {
        try context.writeStoreError("No checkpoint named '\(name)' exists. Get-LabCheckpoint lists the checkpoints.",
                                    errorId: "CheckpointNotFound", category: .ObjectNotFound, target: .string(name))
    }
}
