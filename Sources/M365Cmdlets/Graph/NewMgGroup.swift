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
            ParameterMetadata(name: "GroupTypes", type: "string[]", helpMessage: "Unified for Microsoft 365 groups."),
            ParameterMetadata(name: "BodyParameter", type: "object", helpMessage: "The whole group as a hashtable."),
        ],
        outputTypes: [GraphObjects.groupType],
        moduleName: Graph.groupsModule,
        synopsis: "Creates a group.",
        examples: [CommandExample(code: "New-MgGroup -DisplayName 'Graph E3' -MailEnabled:$false -MailNickname graphe3 -SecurityEnabled", remarks: "A security group.")])

    init() {}

    func process(_ context: CommandContext) throws {
        guard let state = try Graph.connect(context, needs: Graph.writeGroups) else { return }
        let body = context.value("BodyParameter") ?? .null
        func field(_ name: String) -> Value? { context.value(name) ?? ValueAccess.property(body, name, session: context.session) }
        guard let name = field("DisplayName").map({ LanguagePrimitives.toString($0) }), let nick = field("MailNickname").map({ LanguagePrimitives.toString($0) }) else {
            let missing = field("DisplayName") == nil ? "displayName" : "mailNickname"
            try context.writeError(M365Errors.graph(message: "Invalid value specified for property '\(missing)' of resource 'Group'.",
                                                    status: 400, phrase: "BadRequest", graphCode: "Request_BadRequest", context))
            return
        }
        let mail = field("MailEnabled").map(LanguagePrimitives.isTrue) ?? false
        let security = field("SecurityEnabled").map(LanguagePrimitives.isTrue) ?? false
        var created: Licensing.Group?
        guard try Graph.perform(context, {
            created = try state.tenant.createGroup(displayName: name, description: field("Description").map { LanguagePrimitives.toString($0) },
                                                   securityEnabled: security, mailEnabled: mail, mailNickname: nick,
                                                   objectId: state.newObjectId(name))
        }), let g = created else { return }
        try context.writeObject(GraphObjects.group(state.tenant, g, selection: nil))
    }
}
