import Licensing
import PowerShellRuntime

/// New-MgGroup: a security group (`-SecurityEnabled -MailEnabled:$false`) or a mail-enabled one.
final class NewMgGroupCommand: Cmdlet {
    static let metadata = CommandMetadata(
        name: "New-MgGroup",
        parameters: [
            ParameterMetadata(name: "DisplayName", type: "string", helpMessage: "Display name."),
            ParameterMetadata(name: "MailNickname", type: "string", helpMessage: "Mail alias (required by Graph)."),
            ParameterMetadata(name: "MailEnabled", type: "switch", helpMessage: "Mail-enabled group."),
            ParameterMetadata(name: "SecurityEnabled", type: "switch", helpMessage: "Security group (can carry licenses)."),
            ParameterMetadata(name: "Description", type: "string", helpMessage: "Description."),
            ParameterMetadata(name: "GroupTypes", type: "string[]", helpMessage: "DynamicMembership for a dynamic group; Unified for Microsoft 365 groups."),
            ParameterMetadata(name: "MembershipRule", type: "string", helpMessage: "A dynamic group's rule: user.department -eq \"Sales\"."),
            ParameterMetadata(name: "MembershipRuleProcessingState", type: "string", helpMessage: "On (members follow the rule) or Paused."),
            ParameterMetadata(name: "BodyParameter", type: "object", parameterSets: ["Create"], helpMessage: "The whole group as a hashtable."),
        ],
        defaultParameterSet: "CreateExpanded",
        outputTypes: [GraphObjects.groupType],
        moduleName: Graph.groupsModule,
        synopsis: "Creates a group.",
        examples: [
            CommandExample(code: "New-MgGroup -DisplayName 'Graph E3' -MailEnabled:$false -MailNickname graphe3 -SecurityEnabled", remarks: "A security group (after Connect-MgGraph).", setup: "Connect-MgGraph -NoWelcome"),
            CommandExample(code: "New-MgGroup -DisplayName 'Sales (dynamic)' -MailEnabled:$false -MailNickname salesdyn -SecurityEnabled -GroupTypes DynamicMembership -MembershipRule 'user.department -eq \"Sales\"' -MembershipRuleProcessingState On",
                           remarks: "A dynamic security group: its members are the users whose department is Sales, evaluated before the next command (Immediate mode).", setup: "Connect-MgGraph -NoWelcome"),
        ])

    init() {}

    /// The parameters that are properties of the group Graph receives.
    static let bodyProperties = ["DisplayName", "MailNickname", "MailEnabled", "SecurityEnabled", "Description", "GroupTypes",
                                 "MembershipRule", "MembershipRuleProcessingState"]

    func process(_ context: CommandContext) throws {
        guard let api = try Graph.api(context) else { return }
        let body = GraphWire.body(context, properties: NewMgGroupCommand.bodyProperties)
        guard let group = try Graph.call(context, { () throws(GraphError) in try api.createGroup(try GraphBodyDecoding.newGroup(body)) }) else { return }
        try context.writeObject(GraphObjects.group(api.tenant, group))
    }
}
