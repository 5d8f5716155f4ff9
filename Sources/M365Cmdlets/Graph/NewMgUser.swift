import Licensing
import PowerShellRuntime

/// New-MgUser: creates a user (AccountEnabled, DisplayName, MailNickname, PasswordProfile and
/// UserPrincipalName are required by Graph).
final class NewMgUserCommand: Cmdlet {
    static let metadata = CommandMetadata(
        name: "New-MgUser",
        parameters: [
            ParameterMetadata(name: "DisplayName", type: "string", helpMessage: "Display name."),
            ParameterMetadata(name: "UserPrincipalName", type: "string", helpMessage: "user@domain."),
            ParameterMetadata(name: "MailNickname", type: "string", helpMessage: "Mail alias."),
            ParameterMetadata(name: "AccountEnabled", type: "switch", helpMessage: "Sign-in enabled."),
            ParameterMetadata(name: "UsageLocation", type: "string", helpMessage: "Two-letter country code."),
            ParameterMetadata(name: "PasswordProfile", type: "object", helpMessage: "@{ Password = '...'; ForceChangePasswordNextSignIn = $true }."),
            ParameterMetadata(name: "GivenName", type: "string", helpMessage: "First name."),
            ParameterMetadata(name: "Surname", type: "string", helpMessage: "Last name."),
            ParameterMetadata(name: "JobTitle", type: "string", helpMessage: "Job title."),
            ParameterMetadata(name: "Department", type: "string", helpMessage: "Department."),
            ParameterMetadata(name: "BodyParameter", type: "object", helpMessage: "The whole user as a hashtable."),
        ],
        outputTypes: [GraphObjects.userType],
        moduleName: Graph.usersModule,
        synopsis: "Creates a user.",
        examples: [CommandExample(code: "New-MgUser -DisplayName 'Kim' -UserPrincipalName kim@contoso.onmicrosoft.com -MailNickname kim -AccountEnabled -UsageLocation US -PasswordProfile @{ Password = 'P@ssw0rd!x1' }", remarks: "Creates Kim.")])

    init() {}

    func process(_ context: CommandContext) throws {
        guard let state = try Graph.connect(context, needs: Graph.writeUsers) else { return }
        let body = context.value("BodyParameter") ?? .null
        func field(_ name: String) -> String? {
            if let s = context.string(name) { return s }
            return ValueAccess.property(body, name, session: context.session).flatMap { $0.isNull ? nil : LanguagePrimitives.toString($0) }
        }
        let enabled = context.has("AccountEnabled") ? context.switchPresent("AccountEnabled")
            : ValueAccess.property(body, "AccountEnabled", session: context.session).map(LanguagePrimitives.isTrue) ?? false
        let required = ["DisplayName", "UserPrincipalName", "MailNickname"]
        let password = context.value("PasswordProfile") ?? ValueAccess.property(body, "PasswordProfile", session: context.session)
        if let missing = required.first(where: { field($0) == nil }) ?? (password == nil || password?.isNull == true ? "passwordProfile" : nil) {
            try context.writeError(M365Errors.graph(message: "Invalid value specified for property '\(missing.prefix(1).lowercased() + missing.dropFirst())' of resource 'User'.",
                                                    status: 400, phrase: "BadRequest", graphCode: "Request_BadRequest", context))
            return
        }
        let attributes: [(name: String, value: String?)] = GraphObjects.attributeParameters.compactMap { param, key in
            field(param).map { (key, $0) }
        }
        var created: Licensing.User?
        // creating the user and setting its attributes are one change (one commit in a tenant file)
        guard try Graph.perform(context, {
            try state.tenant.changing {
                let u = try state.tenant.createUser(userPrincipalName: field("UserPrincipalName") ?? "", displayName: field("DisplayName") ?? "",
                                                    usageLocation: field("UsageLocation"), accountEnabled: enabled,
                                                    objectId: state.newObjectId(field("UserPrincipalName") ?? ""))
                if !attributes.isEmpty { try state.tenant.setAttributes(userId: u.objectId, attributes) }
                created = u
            }
        }), let u = created else { return }
        try context.writeObject(GraphObjects.user(state, state.tenant.user(id: u.objectId) ?? u, selection: nil))
    }
}
