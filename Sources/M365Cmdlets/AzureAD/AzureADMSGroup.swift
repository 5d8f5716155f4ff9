import Foundation
import Licensing
import PowerShellRuntime

/// The AzureAD module's `*-AzureADMSGroup` cmdlets: groups as Microsoft Graph sees them
/// (`Microsoft.Open.MSGraph.Model.MsGroup`), the only AzureAD view with a dynamic group's
/// GroupTypes, MembershipRule and MembershipRuleProcessingState.
enum AzureADMSGroups {
    static let type = "Microsoft.Open.MSGraph.Model.MsGroup"

    static func object(_ tenant: Tenant, _ g: Licensing.Group) -> Value {
        let recipient = tenant.recipient(ofObject: g.objectId)
        return AzureADObjects.model(type, [
            ("Id", .string(g.objectId.lowercasedString)), ("Description", Emit.string(g.description)),
            ("OnPremisesSyncEnabled", .null), ("DisplayName", .string(g.displayName)), ("OnPremisesLastSyncDateTime", .null),
            ("Mail", Emit.string(recipient?.primarySmtpAddress)), ("MailEnabled", .bool(g.mailEnabled)),
            ("MailNickname", Emit.string(g.mailNickname ?? g.objectId.lowercasedString)), ("OnPremisesSecurityIdentifier", .null),
            ("OnPremisesProvisioningErrors", Emit.list([], of: "Microsoft.Open.MSGraph.Model.OnPremisesProvisioningError")),
            ("ProxyAddresses", Emit.list((recipient?.emailAddresses.map(\.description) ?? []).map { .string($0) }, of: "System.String")),
            ("SecurityEnabled", .bool(g.securityEnabled)),
            ("GroupTypes", Emit.list(g.groupTypes.map { .string($0) }, of: "System.String")),
            ("MembershipRule", Emit.string(g.membershipRule)),
            ("MembershipRuleProcessingState", Emit.string(g.membershipRuleProcessingState)),
        ])
    }
}

/// Get-AzureADMSGroup: one group by -Id, or the groups (-Filter, -SearchString, -All, -Top).
final class GetAzureADMSGroupCommand: Cmdlet {
    static let metadata = CommandMetadata(
        name: "Get-AzureADMSGroup",
        parameters: [
            ParameterMetadata(name: "Id", type: "string", mandatory: true, valueFromPipelineByPropertyName: true, parameterSets: ["GetById"],
                              helpMessage: "The group's id."),
            ParameterMetadata(name: "SearchString", type: "string", parameterSets: ["GetVague"], helpMessage: "Groups whose DisplayName starts with this text."),
            ParameterMetadata(name: "Filter", type: "string", parameterSets: ["GetQuery"], helpMessage: "An OData filter (displayName eq 'E3 Users')."),
            ParameterMetadata(name: "All", type: "bool", helpMessage: "$true: every group."),
            ParameterMetadata(name: "Top", type: "int", parameterSets: ["GetQuery"], helpMessage: "At most this many."),
        ],
        defaultParameterSet: "GetQuery",
        outputTypes: [AzureADMSGroups.type],
        moduleName: AzureAD.module,
        synopsis: "Gets groups with their Microsoft Graph properties (dynamic rules included).",
        examples: [
            CommandExample(code: "Get-AzureADMSGroup -SearchString 'E3' | Select-Object DisplayName, GroupTypes, MembershipRule",
                           remarks: "Groups whose name starts with E3, with their types and rules (after Connect-AzureAD).", setup: "Connect-AzureAD | Out-Null"),
        ])

    init() {}

    func process(_ context: CommandContext) throws {
        let api = try AzureAD.api(context)
        let tenant = api.tenant
        if let id = context.string("Id") {
            try context.writeObject(AzureADMSGroups.object(tenant, try AzureAD.call(context, operation: "GetMSGroup") { () throws(GraphError) in try api.group(id) }))
            return
        }
        try AzureAD.query(context, noun: "MSGroup", resource: "Group", one: { (id) throws(GraphError) in try api.group(id) }, all: { () throws(GraphError) in try api.groups() },
                          entity: { AzureADFilter.group(tenant, $0) }, searched: { [$0.displayName] },
                          write: { try context.writeObject(AzureADMSGroups.object(tenant, $0)) })
    }
}

/// New-AzureADMSGroup: a security or dynamic group (-GroupTypes DynamicMembership -MembershipRule).
final class NewAzureADMSGroupCommand: Cmdlet {
    static let metadata = CommandMetadata(
        name: "New-AzureADMSGroup",
        parameters: [
            ParameterMetadata(name: "DisplayName", type: "string", mandatory: true, helpMessage: "Display name."),
            ParameterMetadata(name: "MailEnabled", type: "bool", mandatory: true, helpMessage: "Mail-enabled group."),
            ParameterMetadata(name: "MailNickname", type: "string", mandatory: true, helpMessage: "Mail alias."),
            ParameterMetadata(name: "SecurityEnabled", type: "bool", mandatory: true, helpMessage: "Security group (can carry licenses)."),
            ParameterMetadata(name: "Description", type: "string", helpMessage: "Description."),
            ParameterMetadata(name: "GroupTypes", type: "string[]", helpMessage: "DynamicMembership for a dynamic group."),
            ParameterMetadata(name: "MembershipRule", type: "string", helpMessage: "The dynamic rule."),
            ParameterMetadata(name: "MembershipRuleProcessingState", type: "string", helpMessage: "On or Paused."),
        ],
        outputTypes: [AzureADMSGroups.type],
        moduleName: AzureAD.module,
        synopsis: "Creates a group (a dynamic one with -GroupTypes DynamicMembership).",
        examples: [
            CommandExample(code: "New-AzureADMSGroup -DisplayName 'Sales (dynamic)' -MailEnabled $false -MailNickname salesdyn -SecurityEnabled $true -GroupTypes DynamicMembership -MembershipRule 'user.department -eq \"Sales\"' -MembershipRuleProcessingState On | Select-Object DisplayName, MembershipRuleProcessingState",
                           remarks: "A dynamic group for the Sales department (after Connect-AzureAD).", setup: "Connect-AzureAD | Out-Null"),
        ])

    init() {}

    func process(_ context: CommandContext) throws {
        let api = try AzureAD.api(context)
        let request = NewGroupRequest(displayName: context.string("DisplayName") ?? "", mailNickname: context.string("MailNickname") ?? "",
                                      mailEnabled: context.value("MailEnabled").map(LanguagePrimitives.isTrue) ?? false,
                                      securityEnabled: context.value("SecurityEnabled").map(LanguagePrimitives.isTrue) ?? false,
                                      description: context.string("Description"), groupTypes: context.strings("GroupTypes"),
                                      membershipRule: context.string("MembershipRule"),
                                      membershipRuleProcessingState: context.string("MembershipRuleProcessingState"))
        let group = try AzureAD.call(context, operation: "NewMSGroup") { () throws(GraphError) in try api.createGroup(request) }
        try context.writeObject(AzureADMSGroups.object(api.tenant, group))
    }
}

/// Set-AzureADMSGroup: a group's name, description, types, rule and processing state.
final class SetAzureADMSGroupCommand: Cmdlet {
    static let metadata = CommandMetadata(
        name: "Set-AzureADMSGroup",
        parameters: [
            ParameterMetadata(name: "Id", type: "string", mandatory: true, valueFromPipelineByPropertyName: true, helpMessage: "The group's id."),
            ParameterMetadata(name: "DisplayName", type: "string", helpMessage: "Display name."),
            ParameterMetadata(name: "Description", type: "string", helpMessage: "Description."),
            ParameterMetadata(name: "GroupTypes", type: "string[]", helpMessage: "DynamicMembership makes the group dynamic."),
            ParameterMetadata(name: "MembershipRule", type: "string", helpMessage: "The dynamic rule."),
            ParameterMetadata(name: "MembershipRuleProcessingState", type: "string", helpMessage: "On or Paused."),
        ],
        moduleName: AzureAD.module,
        synopsis: "Changes a group (a dynamic group's rule and processing state too).",
        examples: [
            CommandExample(code: "$g = Get-AzureADMSGroup -SearchString 'All Staff'; Set-AzureADMSGroup -Id $g.Id -Description 'Everyone at Contoso'",
                           remarks: "Changes a group's description (after Connect-AzureAD).", setup: "Connect-AzureAD | Out-Null"),
        ])

    init() {}

    func process(_ context: CommandContext) throws {
        let api = try AzureAD.api(context)
        var changes = GroupChangesRequest()
        changes.displayName = context.string("DisplayName")
        if context.has("Description") { changes.description = .some(context.string("Description")) }
        if context.has("GroupTypes") { changes.groupTypes = context.strings("GroupTypes") }
        changes.membershipRule = context.string("MembershipRule")
        changes.membershipRuleProcessingState = context.string("MembershipRuleProcessingState")
        let id = context.string("Id") ?? ""
        _ = try AzureAD.call(context, operation: "SetMSGroup") { () throws(GraphError) in try api.updateGroup(id, changes) }
    }
}
