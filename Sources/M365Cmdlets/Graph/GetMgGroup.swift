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
            CommandExample(code: "(Get-MgGroup -All -Filter 'hasMembersWithLicenseErrors eq true').DisplayName", remarks: "Groups with members in error (after Connect-MgGraph).", expectedOutput: "E3 Users\nE3 + EMS\nPower BI Pro", setup: "Connect-MgGraph -NoWelcome"),
            CommandExample(code: "$g = Get-MgGroup -Filter \"displayName eq 'E3 Users'\"\n(Get-MgGroup -GroupId $g.Id -Property LicenseProcessingState).LicenseProcessingState.State", remarks: "Whether the service has finished processing the group's licenses.", expectedOutput: "ProcessingComplete", setup: "Connect-MgGraph -NoWelcome"),
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
