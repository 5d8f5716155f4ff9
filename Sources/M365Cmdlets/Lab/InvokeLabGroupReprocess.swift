import Licensing
import PowerShellRuntime

/// Invoke-LabGroupReprocess: the portal's Reprocess button: every member and every holder of
/// the group's records is evaluated again (freed seats do not retry users on their own).
final class InvokeLabGroupReprocessCommand: Cmdlet {
    static let metadata = CommandMetadata(
        name: "Invoke-LabGroupReprocess",
        parameters: [
            ParameterMetadata(name: "GroupObjectId", type: "guid", position: 0, mandatory: true, valueFromPipelineByPropertyName: true,
                              helpMessage: "The group's object id."),
            Lab.passThru,
        ],
        outputTypes: [MsolObjects.groupType],
        moduleName: Lab.module,
        synopsis: "Reprocesses a group's license assignments.",
        examples: [CommandExample(code: "$g = Get-MsolGroup -SearchString 'E3 Users'; Invoke-LabGroupReprocess -GroupObjectId $g.ObjectId", remarks: "Retries every member of the group in error.")])

    init() {}

    func process(_ context: CommandContext) throws {
        let tenant = try context.tenant
        guard let g = try Msol.group(context) else { return }
        guard try Lab.perform(context, target: .guid(g.objectId), { try tenant.reprocessGroup(groupId: g.objectId) }) else { return }
        if context.switchPresent("PassThru"), let fresh = tenant.group(id: g.objectId) {
            try context.writeObject(MsolObjects.group(tenant, fresh))
        }
    }
}
