import Foundation
import PowerShellRuntime
import TenantStore

/// Remove-LabCheckpoint: forgets a checkpoint.
final class RemoveLabCheckpointCommand: Cmdlet {
    static let metadata = CommandMetadata(
        name: "Remove-LabCheckpoint",
        parameters: [ParameterMetadata(name: "Name", type: "string", position: 0, mandatory: true, valueFromPipelineByPropertyName: true,
                                       helpMessage: "The checkpoint to remove.")],
        moduleName: Lab.module,
        synopsis: "Removes a checkpoint of the lab tenant.",
        examples: [CommandExample(code: "Checkpoint-LabTenant -Name old-1; Get-LabCheckpoint old* | Remove-LabCheckpoint", remarks: "Removes the checkpoints whose names start with old.")])

    init() {}

    func process(_ context: CommandContext) throws {
        let store = try context.tenantStore
        let name = context.string("Name") ?? ""
        do {
            if try !store.removeCheckpoint(named: name) {
                try context.writeStoreError("No checkpoint named '\(name)' exists. Get-LabCheckpoint lists the checkpoints.",
                                            errorId: "CheckpointNotFound", category: .ObjectNotFound, target: .string(name))
            }
        } catch let error as TenantStoreError {
            try context.writeStoreError(error.message, errorId: "CheckpointUnreadable", category: .WriteError, target: .string(name))
        }
    }
}
