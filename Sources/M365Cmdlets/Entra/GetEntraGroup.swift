import Foundation
import Licensing
import PowerShellRuntime

/// Get-EntraGroup: the Graph SDK's group objects (with an `ObjectId` alias of Id): one by
/// -GroupId, groups whose display name starts with -SearchString, or Graph's -Filter.
final class GetEntraGroupCommand: Cmdlet {
    static let metadata = CommandMetadata(
        name: "Get-EntraGroup",
        parameters: [
            ParameterMetadata(name: "GroupId", type: "string", aliases: ["ObjectId", "Id"], mandatory: true, valueFromPipeline: true,
                              valueFromPipelineByPropertyName: true, parameterSets: ["GetById"], helpMessage: "The group's id."),
            ParameterMetadata(name: "SearchString", type: "string", valueFromPipelineByPropertyName: true, parameterSets: ["GetValue"],
                              helpMessage: "Groups whose DisplayName starts with this text."),
        ] + Entra.listParameters + [Entra.property],
        defaultParameterSet: "GetQuery",
        outputTypes: [GraphObjects.groupType],
        moduleName: Entra.module,
        synopsis: "Gets a group.",
        examples: [
            CommandExample(code: "(Get-EntraGroup -Filter \"displayName eq 'Power BI Pro'\").Description", remarks: "A group by name (after Connect-Entra).",
                           expectedOutput: "Power BI Pro for analysts", setup: "Connect-Entra -NoWelcome"),
        ])

    init() {}

    func process(_ context: CommandContext) throws {
        let api = try Entra.api(context, scopes: "GroupMember.Read.All")
        let selection = GraphSelection(context.strings("Property"), defaults: GraphSelection.groupDefaults)
        func write(_ g: Licensing.Group) throws {
            try context.writeObject(Entra.withAliases(GraphObjects.group(api.tenant, g, selection), [("ObjectId", "Id")]))
        }
        try Entra.query(context, idParameter: "GroupId", collection: "groups",
                        one: { (id) throws(GraphError) in try api.group(id) }, all: { (q) throws(GraphError) in try api.groups(q) },
                        searched: { [$0.displayName] }, write: write)
    }
}
