import Foundation
import Licensing
import PowerShellRuntime

/// Get-AzureADGroupMember: a group's direct members as the module's User objects (the lab's
/// groups hold users); 100 unless `-All $true` or -Top.
final class GetAzureADGroupMemberCommand: Cmdlet {
    static let metadata = CommandMetadata(
        name: "Get-AzureADGroupMember",
        parameters: [
            ParameterMetadata(name: "ObjectId", type: "string", mandatory: true, valueFromPipeline: true, valueFromPipelineByPropertyName: true,
                              helpMessage: "The group's object id."),
            ParameterMetadata(name: "All", type: "bool", valueFromPipelineByPropertyName: true, helpMessage: "$true: every member."),
            ParameterMetadata(name: "Top", type: "int", valueFromPipelineByPropertyName: true, helpMessage: "At most this many."),
        ],
        outputTypes: [AzureADObjects.userType],
        moduleName: AzureAD.module,
        synopsis: "Gets a member of a group.",
        examples: [
            CommandExample(code: "$g = Get-AzureADGroup -Filter \"displayName eq 'Workplace Analytics users'\"\n(Get-AzureADGroupMember -ObjectId $g.ObjectId -All $true).UserPrincipalName",
                           remarks: "The members of a group (after Connect-AzureAD).",
                           expectedOutput: "inesj@contoso.onmicrosoft.com\njonask@contoso.onmicrosoft.com", setup: "Connect-AzureAD | Out-Null"),
        ])

    init() {}

    func process(_ context: CommandContext) throws {
        let api = try AzureAD.api(context)
        let id = context.string("ObjectId") ?? ""
        let members = try AzureAD.call(context, operation: "GetGroupMembers") { () throws(GraphError) in try api.members(ofGroup: id) }
        for u in AzureAD.page(members, context) { try context.writeObject(AzureADObjects.user(api.tenant, u)) }
    }
}
