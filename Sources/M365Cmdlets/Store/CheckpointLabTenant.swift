import Foundation
import PowerShellRuntime
import TenantStore

/// Checkpoint-LabTenant: keeps a named copy of the tenant (in the tenant file, or in memory).
final class CheckpointLabTenantCommand: Cmdlet {
    static let metadata = CommandMetadata(
        name: "Checkpoint-LabTenant",
        parameters: [
            ParameterMetadata(name: "Name", type: "string", position: 0, mandatory: true, validateNotNullOrEmpty: true,
                              helpMessage: "The checkpoint's name."),
            ParameterMetadata(name: "Force", type: "switch", helpMessage: "Replace a checkpoint of the same name."),
            Lab.passThru,
        ],
        outputTypes: [StoreObjects.checkpointType],
        moduleName: Lab.module,
        synopsis: "Saves a named copy of the lab tenant for Restore-LabTenant and Compare-LabTenant.",
        examples: [CommandExample(code: "Checkpoint-LabTenant -Name before", remarks: "The tenant as it is now, named 'before'.")])

    init() {}

    func process(_ context: CommandContext) throws {
        _ = try context.m365
        let store = try context.tenantStore
        let name = context.string("Name") ?? ""
        do {
            let info = try store.saveCheckpoint(name: name, replace: context.switchPresent("Force"))
            if context.switchPresent("PassThru") { try context.writeObject(StoreObjects.checkpoint(info)) }
        } catch let error as TenantStoreError {
            try context.writeStoreError(error.message, errorId: "CheckpointExists", category: .ResourceExists, target: .string(name))
        }
    }
}
