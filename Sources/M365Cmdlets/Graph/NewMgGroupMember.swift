import Foundation
import PowerShellRuntime

/// New-MgGroupMember: adds a directory object (a user) to a group. No output.
final class NewMgGroupMemberCommand: Cmdlet {
    static let metadata = CommandMetadata(
        name: "New-MgGroupMember",
        parameters: [
            ParameterMetadata(name: "GroupId", type: "string", mandatory: true, valueFromPipelineByPropertyName: true, helpMessage: "The group's id."),
            ParameterMetadata(name: "DirectoryObjectId", type: "string", mandatory: true, valueFromPipelineByPropertyName: true, helpMessage: "The member's id."),
        ],
        supportsShouldProcess: true,
        moduleName: Graph.groupsModule,
        synopsis: "Adds a member to a group.",
        examples: [CommandExample(code: "New-MgGroupMember -GroupId $g.Id -DirectoryObjectId $u.Id", remarks: "Adds the user.")])

    init() {}

    func process(_ context: CommandContext) throws {
        guard let state = try Graph.connect(context, needs: Graph.writeMembers), let g = try Graph.group(context, state) else { return }
        guard let u = try Graph.user(context, state, parameter: "DirectoryObjectId") else { return }
        guard try context.shouldProcess(target: g.displayName) else { return }
        try Graph.perform(context) { try state.tenant.addMember(groupId: g.objectId, userId: u.objectId) }
    }
}
