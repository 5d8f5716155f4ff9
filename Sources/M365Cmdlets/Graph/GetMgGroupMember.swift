import PowerShellRuntime

/// Get-MgGroupMember: members as directoryObjects (`AdditionalProperties['@odata.type']` is
/// `#microsoft.graph.user`).
final class GetMgGroupMemberCommand: Cmdlet {
    static let metadata = CommandMetadata(
        name: "Get-MgGroupMember",
        parameters: [
            ParameterMetadata(name: "GroupId", type: "string", mandatory: true, valueFromPipelineByPropertyName: true, helpMessage: "The group's id."),
        ] + Graph.listParameters.filter { ["All", "Top", "CountVariable", "ConsistencyLevel", "PageSize"].contains($0.name) }
          .map { var p = $0; p.parameterSets = []; return p }
          + [ParameterMetadata(name: "Property", type: "string[]", aliases: ["Select"], helpMessage: "Properties to return.")],
        defaultParameterSet: "List",
        outputTypes: [GraphObjects.directoryObjectType],
        moduleName: Graph.groupsModule,
        synopsis: "Gets the direct members of a group.",
        examples: [CommandExample(code: "$g = Get-MgGroup -Filter \"displayName eq 'Workplace Analytics users'\"\nGet-MgGroupMember -GroupId $g.Id -All | Where-Object { $_.AdditionalProperties['@odata.type'] -eq '#microsoft.graph.user' } | ForEach-Object { $_.AdditionalProperties['userPrincipalName'] }", remarks: "The group's members that are users (after Connect-MgGraph).", expectedOutput: "inesj@contoso.onmicrosoft.com\njonask@contoso.onmicrosoft.com", setup: "Connect-MgGraph -NoWelcome")])

    init() {}

    func process(_ context: CommandContext) throws {
        guard let api = try Graph.api(context) else { return }
        let id = context.string("GroupId") ?? ""
        guard let members = try Graph.call(context, { () throws(GraphError) in try api.members(ofGroup: id) }) else { return }
        Graph.setCount(context, members.count)
        let selection = GraphResources.memberSelection(context.strings("Property"))
        for u in Graph.page(members, context) { try context.writeObject(GraphObjects.object(GraphResources.directoryObject(u, selection))) }
    }
}
