import Foundation
import PowerShellRuntime
import TenantStore

/// Get-LabCheckpoint: the checkpoints, oldest first.
final class GetLabCheckpointCommand: Cmdlet {
    static let metadata = CommandMetadata(
        name: "Get-LabCheckpoint",
        parameters: [ParameterMetadata(name: "Name", type: "string", position: 0, helpMessage: "A name or wildcard pattern.")],
        outputTypes: [StoreObjects.checkpointType],
        moduleName: Lab.module,
        synopsis: "Lists the checkpoints of the lab tenant.",
        examples: [CommandExample(code: "Checkpoint-LabTenant -Name before; Get-LabCheckpoint | Select-Object Name, Users, Groups", remarks: "Name, CreatedDateTime, Users and Groups of each checkpoint.")])

    init() {}

    func process(_ context: CommandContext) throws {
        let store = try context.tenantStore
        let pattern = context.string("Name")
        do {
            for c in try store.checkpoints() where pattern.map({ StoreObjects.matches(c.name, pattern: $0) }) ?? true {
                try context.writeObject(StoreObjects.checkpoint(c))
            }
        } catch let error as TenantStoreError {
            try context.writeStoreError(error.message, errorId: "CheckpointUnreadable", category: .ReadError)
        }
    }
}
