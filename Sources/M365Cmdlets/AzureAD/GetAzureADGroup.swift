import Foundation
import Licensing
import PowerShellRuntime

/// Get-AzureADGroup: one group by -ObjectId, groups whose display name starts with
/// -SearchString, or an Azure AD Graph -Filter; 100 unless `-All $true` or -Top.
final class GetAzureADGroupCommand: Cmdlet {
    static let metadata = CommandMetadata(
        name: "Get-AzureADGroup",
        parameters: [
            ParameterMetadata(name: "ObjectId", type: "string", mandatory: true, valueFromPipeline: true, valueFromPipelineByPropertyName: true,
                              parameterSets: ["GetById"], helpMessage: "The group's object id."),
            ParameterMetadata(name: "SearchString", type: "string", valueFromPipelineByPropertyName: true, parameterSets: ["GetVague"],
                              helpMessage: "Groups whose DisplayName starts with this text."),
            ParameterMetadata(name: "Filter", type: "string", valueFromPipelineByPropertyName: true, parameterSets: ["GetQuery"],
                              helpMessage: "An OData v3 filter (displayName eq 'E3 Users')."),
            ParameterMetadata(name: "All", type: "bool", valueFromPipelineByPropertyName: true, helpMessage: "$true: every group."),
            ParameterMetadata(name: "Top", type: "int", valueFromPipelineByPropertyName: true, parameterSets: ["GetQuery"], helpMessage: "At most this many."),
        ],
        defaultParameterSet: "GetQuery",
        outputTypes: [AzureADObjects.groupType],
        moduleName: AzureAD.module,
        synopsis: "Gets a group.",
        examples: [
            CommandExample(code: "(Get-AzureADGroup -SearchString 'E3').DisplayName", remarks: "Groups whose name starts with E3 (after Connect-AzureAD).",
                           expectedOutput: "E3 Users\nE3 + EMS", setup: "Connect-AzureAD | Out-Null"),
        ])

    init() {}

    func process(_ context: CommandContext) throws {
        let api = try AzureAD.api(context)
        let tenant = api.tenant
        try AzureAD.query(context, noun: "Group", resource: "Group", one: { (id) throws(GraphError) in try api.group(id) }, all: { () throws(GraphError) in try api.groups() },
                          entity: { AzureADFilter.group(tenant, $0) }, searched: { [$0.displayName] },
                          write: { try context.writeObject(AzureADObjects.group(tenant, $0)) })
    }
}
