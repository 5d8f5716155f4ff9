import PowerShellRuntime

/// Get-MgGroupMemberWithLicenseError: users holding an error state from this group's licenses.
final class GetMgGroupMemberWithLicenseErrorCommand: Cmdlet {
    static let metadata = CommandMetadata(
        name: "Get-MgGroupMemberWithLicenseError",
        parameters: [
            ParameterMetadata(name: "GroupId", type: "string", mandatory: true, valueFromPipelineByPropertyName: true, helpMessage: "The group's id."),
            ParameterMetadata(name: "All", type: "switch", helpMessage: "Every item."),
            ParameterMetadata(name: "Top", type: "int", aliases: ["Limit"], helpMessage: "At most this many."),
            ParameterMetadata(name: "CountVariable", type: "string", aliases: ["CV"], helpMessage: "Variable for the total count."),
            ParameterMetadata(name: "Property", type: "string[]", aliases: ["Select"], helpMessage: "Properties to return."),
        ],
        defaultParameterSet: "List",
        outputTypes: [GraphObjects.directoryObjectType],
        moduleName: Graph.groupsModule,
        synopsis: "Gets the members of a group that have license errors from it.",
        examples: [CommandExample(code: "$g = Get-MgGroup -Filter \"displayName eq 'E3 + EMS'\"\nGet-MgGroupMemberWithLicenseError -GroupId $g.Id -All", remarks: "The members the group could not license (after Connect-MgGraph).", setup: "Connect-MgGraph -NoWelcome")])

    init() {}

    func process(_ context: CommandContext) throws {
        guard let api = try Graph.api(context) else { return }
        let id = context.string("GroupId") ?? ""
        guard let users = try Graph.call(context, { () throws(GraphError) in try api.membersWithLicenseErrors(ofGroup: id) }) else { return }
        Graph.setCount(context, users.count)
        for u in Graph.page(users, context) { try context.writeObject(GraphObjects.object(GraphResources.directoryObject(u))) }
    }
}
