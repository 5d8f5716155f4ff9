import PowerShellRuntime

/// Remove-MsolGroup: deletes a group; a group that still carries licenses cannot be deleted.
final class RemoveMsolGroupCommand: Cmdlet {
    static let metadata = CommandMetadata(
        name: "Remove-MsolGroup",
        parameters: [
            ParameterMetadata(name: "ObjectId", type: "guid", mandatory: true, valueFromPipelineByPropertyName: true, helpMessage: "The group's object id."),
            ParameterMetadata(name: "Force", type: "switch", helpMessage: "Do not ask for confirmation."),
            Msol.tenantId,
        ],
        supportsShouldProcess: true,
        moduleName: Msol.module,
        synopsis: "Deletes a group.",
        examples: [CommandExample(code: "$g = New-MsolGroup -DisplayName 'Pilot'; Remove-MsolGroup -ObjectId $g.ObjectId -Force", remarks: "Creates a group and deletes it.")])

    init() {}

    func process(_ context: CommandContext) throws {
        let tenant = try context.tenant
        guard let g = try Msol.group(context, parameter: "ObjectId") else { return }
        guard try context.shouldProcess(target: g.displayName) else { return }
        // MSOnline asks before deleting unless -Force is given (its ShouldContinue, not -Confirm)
        guard try context.switchPresent("Force") || context.shouldContinue(query: Msol.continuePrompt, caption: "Confirm") else { return }
        try Msol.perform(context, target: .guid(g.objectId)) { try tenant.deleteGroup(groupId: g.objectId) }
    }
}
