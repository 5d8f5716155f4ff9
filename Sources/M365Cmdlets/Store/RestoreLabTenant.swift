import Foundation
import Licensing
import PowerShellRuntime
import TenantStore

/// Restore-LabTenant: the tenant goes back to a checkpoint (the checkpoint stays).
final class RestoreLabTenantCommand: Cmdlet {
    static let metadata = CommandMetadata(
        name: "Restore-LabTenant",
        parameters: [
            ParameterMetadata(name: "Name", type: "string", position: 0, mandatory: true, valueFromPipelineByPropertyName: true,
                              helpMessage: "The checkpoint to go back to."),
            Lab.forceReplace,
            Lab.passThru,
        ],
        supportsShouldProcess: true,
        moduleName: Lab.module,
        synopsis: "Puts the lab tenant back as it was at a checkpoint.",
        examples: [CommandExample(code: "Checkpoint-LabTenant -Name before; Remove-MsolUser -UserPrincipalName averyb@contoso.onmicrosoft.com -Force; Restore-LabTenant -Name before; (Get-MsolUser -UserPrincipalName averyb@contoso.onmicrosoft.com).DisplayName", remarks: "Undoes everything since Checkpoint-LabTenant -Name before: Avery is back.", expectedOutput: "Avery Brooks")])

    init() {}

    func process(_ context: CommandContext) throws {
        let state = try context.m365
        let store = try context.tenantStore
        let name = context.string("Name") ?? ""
        do {
            guard let snapshot = try store.checkpoint(named: name) else {
                try context.writeStoreError("No checkpoint named '\(name)' exists. Get-LabCheckpoint lists the checkpoints.",
                                            errorId: "CheckpointNotFound", category: .ObjectNotFound, target: .string(name))
                return
            }
            guard try context.mayReplaceTenant(named: state.tenant.name) else { return }
            state.reset(to: Tenant(snapshot: snapshot, catalog: state.tenant.baseCatalog, clock: state.tenant.clock))
            if context.switchPresent("PassThru") { try context.writeObject(LabObjects.tenant(state)) }
        } catch let error as TenantStoreError {
            try context.writeStoreError(error.message, errorId: "CheckpointUnreadable", category: .ReadError, target: .string(name))
        }
    }
}
