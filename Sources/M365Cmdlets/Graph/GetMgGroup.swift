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
        guard let state = try Graph.connect(context, needs: Graph.readGroups) else { return }
        let t = state.tenant
        let selection = GraphObjects.Selection(context.strings("Property"), defaults: GraphObjects.groupDefault)
        if context.has("GroupId") {
            if let g = try Graph.group(context, state) { try context.writeObject(GraphObjects.group(t, g, selection: selection)) }
            return
        }
        guard let filter = try Graph.filter(context, resource: "Group") else { return }
        var groups = t.groups
        if let filter { groups = groups.filter { filter.matches(GraphObjects.groupEntity(t, $0)) } }
        Graph.setCount(context, groups.count)
        for g in Graph.page(groups, context) { try context.writeObject(GraphObjects.group(t, g, selection: selection)) }
    }
}
