import PowerShellRuntime

/// Get-MsolGroupMember: the direct members of a group (250 unless -All or -MaxResults).
final class GetMsolGroupMemberCommand: Cmdlet {
    static let metadata = CommandMetadata(
        name: "Get-MsolGroupMember",
        parameters: [
            ParameterMetadata(name: "GroupObjectId", type: "guid", mandatory: true, valueFromPipelineByPropertyName: true, helpMessage: "The group's object id."),
            ParameterMetadata(name: "All", type: "switch", mandatory: true, parameterSets: ["All__0"], helpMessage: "Return all members."),
            ParameterMetadata(name: "MaxResults", type: "int", parameterSets: ["ListMembers__0"], helpMessage: "Maximum results (default 250).", defaultValueText: "250"),
            ParameterMetadata(name: "MemberObjectTypes", type: "string[]", helpMessage: "User, Group, Contact, ServicePrincipal."),
            ParameterMetadata(name: "SearchString", type: "string", helpMessage: "Members whose display name or email starts with this string."),
            Msol.tenantId,
        ],
        defaultParameterSet: "ListMembers__0",
        outputTypes: [MsolObjects.groupMemberType],
        moduleName: Msol.module,
        synopsis: "Gets the members of a group.",
        examples: [CommandExample(code: "$g = Get-MsolGroup -SearchString 'E3 + EMS'\nGet-MsolGroupMember -GroupObjectId $g.ObjectId -All | ForEach-Object { Get-MsolUser -ObjectId $_.ObjectId }", remarks: "The members of the E3 + EMS group, as users.")])

    init() {}

    func process(_ context: CommandContext) throws {
        let state = try context.m365
        guard let g = try Msol.group(context) else { return }
        let types = context.strings("MemberObjectTypes").map { $0.lowercased() }
        if !types.isEmpty && !types.contains("user") { return }
        let search = context.string("SearchString")?.lowercased() ?? ""
        let members = state.tenant.members(ofGroup: g.objectId).filter {
            search.isEmpty || $0.displayName.lowercased().hasPrefix(search) || $0.userPrincipalName.lowercased().hasPrefix(search)
        }
        let limit = context.switchPresent("All") ? members.count : min(members.count, max(0, context.int("MaxResults") ?? 250))
        for u in members.prefix(limit) { try context.writeObject(MsolObjects.groupMember(state, u)) }
        if limit < members.count && !context.has("MaxResults") {
            try context.writeWarning("More results are available. Please specify one of the All or MaxResults parameters.")
        }
    }
}
