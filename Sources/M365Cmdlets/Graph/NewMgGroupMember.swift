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
        defaultParameterSet: "Create",
        supportsShouldProcess: true,
        moduleName: Graph.groupsModule,
        synopsis: "Adds a member to a group.",
        examples: [CommandExample(code: "New-MgGroupMember -GroupId $g.Id -DirectoryObjectId $u.Id", remarks: "Adds the user.")])

    init() {}

    func process(_ context: CommandContext) throws {
        guard let api = try Graph.api(context) else { return }
        let id = context.string("GroupId") ?? "", member = context.string("DirectoryObjectId") ?? ""
        guard try context.shouldProcess(target: id) else { return }
        _ = try Graph.call(context, { () throws(GraphError) in try api.addMember(toGroup: id, MemberReferenceRequest(memberId: member)) })
    }
}
