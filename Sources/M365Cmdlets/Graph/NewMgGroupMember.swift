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
        examples: [CommandExample(code: "$g = Get-MgGroup -Filter \"displayName eq 'Power BI Pro'\"; $u = Get-MgUser -UserId rosas@contoso.onmicrosoft.com\nNew-MgGroupMember -GroupId $g.Id -DirectoryObjectId $u.Id", remarks: "Adds Rosa to the Power BI Pro group; the group's license follows (after Connect-MgGraph).", setup: "Connect-MgGraph -NoWelcome")])

    init() {}

    func process(_ context: CommandContext) throws {
        guard let api = try Graph.api(context) else { return }
        let id = context.string("GroupId") ?? "", member = context.string("DirectoryObjectId") ?? ""
        guard try context.shouldProcess(target: id) else { return }
        _ = try Graph.call(context, { () throws(GraphError) in try api.addMember(toGroup: id, MemberReferenceRequest(memberId: member)) })
    }
}
