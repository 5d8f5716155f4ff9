import Licensing
import PowerShellRuntime

/// Update-MgUser: changes properties (UsageLocation, DisplayName, AccountEnabled, ...). No output.
final class UpdateMgUserCommand: Cmdlet {
    static let metadata = CommandMetadata(
        name: "Update-MgUser",
        parameters: [
            ParameterMetadata(name: "UserId", type: "string", mandatory: true, valueFromPipelineByPropertyName: true, helpMessage: "Id or UPN."),
            ParameterMetadata(name: "UsageLocation", type: "string", helpMessage: "Two-letter country code."),
            ParameterMetadata(name: "DisplayName", type: "string", helpMessage: "Display name."),
            ParameterMetadata(name: "AccountEnabled", type: "bool", helpMessage: "Sign-in enabled."),
            ParameterMetadata(name: "UserPrincipalName", type: "string", helpMessage: "New UPN."),
            ParameterMetadata(name: "GivenName", type: "string", helpMessage: "First name."),
            ParameterMetadata(name: "Surname", type: "string", helpMessage: "Last name."),
            ParameterMetadata(name: "JobTitle", type: "string", helpMessage: "Job title."),
            ParameterMetadata(name: "Department", type: "string", helpMessage: "Department."),
            ParameterMetadata(name: "BodyParameter", type: "object", helpMessage: "Properties as a hashtable."),
        ],
        moduleName: Graph.usersModule,
        synopsis: "Updates a user.",
        examples: [CommandExample(code: "Update-MgUser -UserId belindan@contoso.onmicrosoft.com -UsageLocation US", remarks: "Sets the usage location.")])

    init() {}

    func process(_ context: CommandContext) throws {
        guard let state = try Graph.connect(context, needs: Graph.writeUsers), let u = try Graph.user(context, state) else { return }
        // all the changes of one call are one change (one commit in a tenant file); when one step
        // fails, the steps before it are undone: Graph applies a PATCH whole or not at all
        try state.tenant.changing {
            if try !update(context, state.tenant, u) { state.tenant.revertUser(to: u) }
        }
    }

    /// False when a step failed (its error is written).
    private func update(_ context: CommandContext, _ t: Tenant, _ u: Licensing.User) throws -> Bool {
        let body = context.value("BodyParameter") ?? .null
        func field(_ name: String) -> Value? {
            if let v = context.value(name) { return v }
            return ValueAccess.property(body, name, session: context.session)
        }
        if let v = field("UsageLocation") {
            guard try Graph.perform(context, { try t.setUsageLocation(userId: u.objectId, v.isNull ? nil : LanguagePrimitives.toString(v)) }) else { return false }
        }
        if let v = field("DisplayName") { guard try Graph.perform(context, { try t.setDisplayName(userId: u.objectId, LanguagePrimitives.toString(v)) }) else { return false } }
        if let v = field("AccountEnabled") { guard try Graph.perform(context, { try t.setAccountEnabled(userId: u.objectId, LanguagePrimitives.isTrue(v)) }) else { return false } }
        if let v = field("UserPrincipalName") { guard try Graph.perform(context, { try t.setUserPrincipalName(userId: u.objectId, LanguagePrimitives.toString(v)) }) else { return false } }
        let attributes: [(name: String, value: String?)] = GraphObjects.attributeParameters.compactMap { param, key in
            field(param).map { v in (key, v.isNull ? nil : LanguagePrimitives.toString(v)) }
        }
        if !attributes.isEmpty { return try Graph.perform(context, { try t.setAttributes(userId: u.objectId, attributes) }) }
        return true
    }
}
