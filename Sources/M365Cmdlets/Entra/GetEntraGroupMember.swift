import Foundation
import Licensing
import PowerShellRuntime

/// Get-EntraGroupMember: a group's direct members as Graph directoryObjects (Id, DeletedDateTime;
/// `@odata.type`, displayName and userPrincipalName in AdditionalProperties).
final class GetEntraGroupMemberCommand: Cmdlet {
    static let metadata = CommandMetadata(
        name: "Get-EntraGroupMember",
        parameters: [
            ParameterMetadata(name: "GroupId", type: "string", aliases: ["ObjectId"], mandatory: true, valueFromPipeline: true,
                              valueFromPipelineByPropertyName: true, helpMessage: "The group's id."),
            ParameterMetadata(name: "All", type: "switch", helpMessage: "Every member."),
            ParameterMetadata(name: "Top", type: "int", aliases: ["Limit"], valueFromPipelineByPropertyName: true, helpMessage: "At most this many."),
            Entra.property,
        ],
        outputTypes: [GraphObjects.directoryObjectType],
        moduleName: Entra.module,
        synopsis: "Gets a member of a group.",
        examples: [
            CommandExample(code: "$g = Get-EntraGroup -Filter \"displayName eq 'Workplace Analytics users'\"\n(Get-EntraGroupMember -GroupId $g.Id -All).AdditionalProperties.userPrincipalName",
                           remarks: "The members' UPNs (after Connect-Entra).",
                           expectedOutput: "inesj@contoso.onmicrosoft.com\njonask@contoso.onmicrosoft.com", setup: "Connect-Entra -NoWelcome"),
        ])

    init() {}

    func process(_ context: CommandContext) throws {
        let api = try Entra.api(context, scopes: "GroupMember.Read.All")
        let id = context.string("GroupId") ?? ""
        let members = try Entra.call(context, path: "groups/\(id)/members") { () throws(GraphError) in try api.members(ofGroup: id) }
        for u in Entra.page(members, context) {
            try context.writeObject(Entra.withAliases(GraphObjects.object(GraphResources.directoryObject(u)), [("ObjectId", "Id")]))
        }
    }
}
