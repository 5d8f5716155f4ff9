import Licensing
import PowerShellRuntime

/// Update-MgGroup: changes a group's name or description, and a dynamic group's types, rule and
/// processing state (PATCH /groups/{id}). No output.
final class UpdateMgGroupCommand: Cmdlet {
    static let metadata = CommandMetadata(
        name: "Update-MgGroup",
        parameters: [
            ParameterMetadata(name: "GroupId", type: "string", mandatory: true, valueFromPipelineByPropertyName: true, helpMessage: "Group id."),
            ParameterMetadata(name: "DisplayName", type: "string", helpMessage: "Display name."),
            ParameterMetadata(name: "Description", type: "string", helpMessage: "Description."),
            ParameterMetadata(name: "GroupTypes", type: "string[]", helpMessage: "DynamicMembership makes the group dynamic."),
            ParameterMetadata(name: "MembershipRule", type: "string", helpMessage: "The dynamic rule."),
            ParameterMetadata(name: "MembershipRuleProcessingState", type: "string", helpMessage: "On or Paused."),
            ParameterMetadata(name: "BodyParameter", type: "object", parameterSets: ["Update"], helpMessage: "Properties as a hashtable."),
        ],
        defaultParameterSet: "UpdateExpanded",
        moduleName: Graph.groupsModule,
        synopsis: "Updates a group.",
        examples: [CommandExample(code: "$g = Get-MgGroup -Filter \"displayName eq 'All Staff'\"; Update-MgGroup -GroupId $g.Id -Description 'Everyone at Contoso'",
                                  remarks: "Changes a group's description (after Connect-MgGraph).", setup: "Connect-MgGraph -NoWelcome")])

    init() {}

    /// The parameters that are properties of the group Graph receives.
    static let bodyProperties = ["DisplayName", "Description", "GroupTypes", "MembershipRule", "MembershipRuleProcessingState"]

    func process(_ context: CommandContext) throws {
        guard let api = try Graph.api(context) else { return }
        let id = context.string("GroupId") ?? ""
        let body = GraphWire.body(context, properties: UpdateMgGroupCommand.bodyProperties)
        _ = try Graph.call(context, { () throws(GraphError) in try api.updateGroup(id, try GraphBodyDecoding.groupChanges(body)) })
    }
}
