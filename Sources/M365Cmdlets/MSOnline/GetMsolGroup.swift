import Foundation
import Licensing
import PowerShellRuntime

/// Get-MsolGroup: one group, or a filtered list (250 unless -All or -MaxResults).
/// -HasLicenseErrorsOnly is a Boolean, as in MSOnline (`-HasLicenseErrorsOnly $true`).
final class GetMsolGroupCommand: Cmdlet {
    static let listSets = ["ListGroups__0", "All__0"]
    static let metadata = CommandMetadata(
        name: "Get-MsolGroup",
        parameters: [
            ParameterMetadata(name: "ObjectId", type: "guid", mandatory: true, valueFromPipelineByPropertyName: true,
                              parameterSets: ["GetGroup__0"], helpMessage: "The group's object id."),
            ParameterMetadata(name: "All", type: "switch", mandatory: true, parameterSets: ["All__0"], helpMessage: "Return all results."),
            ParameterMetadata(name: "MaxResults", type: "int", parameterSets: ["ListGroups__0"], helpMessage: "Maximum results (default 250).", defaultValueText: "250"),
            ParameterMetadata(name: "UserObjectId", type: "guid", parameterSets: listSets, helpMessage: "Only groups this user is a member of."),
            ParameterMetadata(name: "UserPrincipalName", type: "string", parameterSets: listSets, helpMessage: "Only groups this user is a member of."),
            ParameterMetadata(name: "GroupType", type: "string", parameterSets: listSets, validateSet: ["Security", "MailEnabledSecurity", "DistributionList"], helpMessage: "Filter on group type."),
            ParameterMetadata(name: "HasErrorsOnly", type: "switch", parameterSets: listSets, helpMessage: "Only groups with validation errors (none in the lab)."),
            ParameterMetadata(name: "HasLicenseErrorsOnly", type: "bool", parameterSets: listSets, helpMessage: "$true: only groups with members in a licensing error state."),
            ParameterMetadata(name: "IsAgentRole", type: "switch", parameterSets: listSets, helpMessage: "Only agent groups (none in the lab)."),
            ParameterMetadata(name: "SearchString", type: "string", parameterSets: listSets, helpMessage: "Groups whose display name starts with this string."),
            Msol.tenantId,
        ],
        defaultParameterSet: "ListGroups__0",
        outputTypes: [MsolObjects.groupType],
        moduleName: Msol.module,
        synopsis: "Gets groups from Azure Active Directory.",
        examples: [
            CommandExample(code: "Get-MsolGroup -All -HasLicenseErrorsOnly $true", remarks: "Every group with at least one member in a licensing error state."),
            CommandExample(code: "(Get-MsolGroup -All -HasLicenseErrorsOnly $true).DisplayName", remarks: "Names of the groups with errors in the demo tenant.", expectedOutput: "E3 Users\nE3 + EMS\nPower BI Pro"),
            CommandExample(code: "$g = Get-MsolGroup -SearchString 'E3 + EMS'\n(Get-MsolGroup -ObjectId $g.ObjectId).Licenses | Select-Object SkuPartNumber", remarks: "The products a group assigns."),
        ])

    init() {}

    func process(_ context: CommandContext) throws {
        let tenant = try context.tenant
        if let v = context.value("ObjectId") {
            if let id = ValueAccess.guid(v), let g = tenant.group(id: id) {
                try context.writeObject(MsolObjects.group(tenant, g))
            } else {
                let identity = LanguagePrimitives.toString(v)
                try context.writeError(M365Errors.msol(Msol.groupNotFound(identity), context, target: .string(identity)))
            }
            return
        }
        var memberOf: UUID?
        if let v = context.value("UserObjectId") { memberOf = ValueAccess.guid(v) }
        if let upn = context.string("UserPrincipalName") { memberOf = tenant.user(userPrincipalName: upn)?.objectId ?? UUID() }
        let errorsOnly = context.value("HasLicenseErrorsOnly").map(LanguagePrimitives.isTrue) ?? false
        let type = context.string("GroupType")?.lowercased()
        let search = context.string("SearchString")?.lowercased()
        let matches = tenant.groups.filter { g in
            if let m = memberOf, !g.members.contains(m) { return false }
            if errorsOnly && !tenant.hasMembersWithLicenseErrors(groupId: g.objectId) { return false }
            if context.switchPresent("HasErrorsOnly") || context.switchPresent("IsAgentRole") { return false }
            if let type, MsolObjects.groupTypeName(g).lowercased() != type { return false }
            if let search, !search.isEmpty, !g.displayName.lowercased().hasPrefix(search) { return false }
            return true
        }
        let limit = context.switchPresent("All") ? matches.count : min(matches.count, max(0, context.int("MaxResults") ?? 250))
        for g in matches.prefix(limit) { try context.writeObject(MsolObjects.group(tenant, g)) }
        if limit < matches.count && !context.has("MaxResults") {
            try context.writeWarning("More results are available. Please specify one of the All or MaxResults parameters.")
        }
    }
}
