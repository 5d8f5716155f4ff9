import PowerShellRuntime

/// Get-MgGroup: one group or a list; `-Property AssignedLicenses, LicenseProcessingState`;
/// `-Filter "hasMembersWithLicenseErrors eq true"`.
final class GetMgGroupCommand: Cmdlet {
    static let metadata = CommandMetadata(
        name: "Get-MgGroup",
        parameters: [
            ParameterMetadata(name: "GroupId", type: "string", mandatory: true, valueFromPipelineByPropertyName: true,
                              parameterSets: ["Get"], helpMessage: "The group's id."),
        ] + Graph.listParameters + Graph.selectParameters,
        defaultParameterSet: "List",
        outputTypes: [GraphObjects.groupType],
        moduleName: Graph.groupsModule,
        synopsis: "Gets groups from Microsoft Graph.",
        examples: [
            CommandExample(code: "Get-MgGroup -All -Filter 'hasMembersWithLicenseErrors eq true'", remarks: "Groups with members in error."),
            CommandExample(code: "(Get-MgGroup -GroupId $g.Id -Property LicenseProcessingState).LicenseProcessingState.State", remarks: "Processing state."),
        ])

    init() {}

    func process(_ context: CommandContext) throws {
        guard let api = try Graph.api(context) else { return }
        let selection = GraphSelection(context.strings("Property"), defaults: GraphSelection.groupDefaults)
        if context.has("GroupId") {
            let id = context.string("GroupId") ?? ""
            if let g = try Graph.call(context, { () throws(GraphError) in try api.group(id) }) {
                try context.writeObject(GraphObjects.group(api.tenant, g, selection))
            }
            return
        }
        let query = Graph.listQuery(context)
        guard let groups = try Graph.call(context, { () throws(GraphError) in try api.groups(query) }) else { return }
        Graph.setCount(context, groups.count)
        for g in Graph.page(groups, context) { try context.writeObject(GraphObjects.group(api.tenant, g, selection)) }
    }
}
