import Foundation
import Licensing
import PowerShellRuntime

/// Set-MsolUser: basic properties. A usage location where an assigned plan is not offered fails
/// (docs/licensing.md "Users"); licenses are changed with Set-MsolUserLicense.
final class SetMsolUserCommand: Cmdlet {
    static let metadata = CommandMetadata(
        name: "Set-MsolUser",
        parameters: [
            ParameterMetadata(name: "ObjectId", type: "guid", valueFromPipelineByPropertyName: true, helpMessage: "The user's object id."),
            ParameterMetadata(name: "UserPrincipalName", type: "string", valueFromPipelineByPropertyName: true, helpMessage: "The user's UPN."),
            ParameterMetadata(name: "DisplayName", type: "string", valueFromPipelineByPropertyName: true, helpMessage: "New display name."),
            ParameterMetadata(name: "UsageLocation", type: "string", valueFromPipelineByPropertyName: true, helpMessage: "Two-letter country code."),
            ParameterMetadata(name: "BlockCredential", type: "bool", valueFromPipelineByPropertyName: true, helpMessage: "Block sign-in."),
            ParameterMetadata(name: "PasswordNeverExpires", type: "bool", valueFromPipelineByPropertyName: true, helpMessage: "Password never expires."),
            ParameterMetadata(name: "StrongPasswordRequired", type: "bool", valueFromPipelineByPropertyName: true, helpMessage: "Require a strong password."),
            ParameterMetadata(name: "AlternateEmailAddresses", type: "string[]", valueFromPipelineByPropertyName: true, helpMessage: "Alternate email addresses."),
            ParameterMetadata(name: "ImmutableId", type: "string", valueFromPipelineByPropertyName: true, helpMessage: "Source anchor."),
        ] + NewMsolUserCommand.profileParameters.map { ParameterMetadata(name: $0, type: "string", valueFromPipelineByPropertyName: true, helpMessage: "The user's \($0).") }
          + [Msol.tenantId],
        moduleName: Msol.module,
        synopsis: "Modifies a user in Azure Active Directory.",
        examples: [CommandExample(code: "Set-MsolUser -UserPrincipalName umaw@contoso.onmicrosoft.com -UsageLocation FR", remarks: "Sets the usage location.")])

    init() {}

    func process(_ context: CommandContext) throws {
        let tenant = try context.m365.tenant
        guard let user = try Msol.user(context) else { return }
        // all the changes of one call are one change (one commit in a tenant file); when one step
        // fails, the steps before it are undone: the call changes nothing
        try tenant.changing {
            if try !update(context, tenant, user) { tenant.revertUser(to: user) }
        }
    }

    /// False when a step failed (its error is written).
    private func update(_ context: CommandContext, _ tenant: Tenant, _ user: Licensing.User) throws -> Bool {
        let target = Value.string(user.userPrincipalName)
        if let name = context.string("DisplayName") {
            guard try Msol.perform(context, target: target, { try tenant.setDisplayName(userId: user.objectId, name) }) else { return false }
        }
        if context.has("UsageLocation") {
            guard try Msol.perform(context, target: target, { try tenant.setUsageLocation(userId: user.objectId, context.string("UsageLocation")) }) else { return false }
        }
        if let v = context.value("BlockCredential") {
            guard try Msol.perform(context, target: target, { try tenant.setAccountEnabled(userId: user.objectId, !LanguagePrimitives.isTrue(v)) }) else { return false }
        }
        var attributes: [(name: String, value: String?)] = NewMsolUserCommand.profileParameters.filter { context.has($0) }.map { ($0, context.string($0)) }
        if let v = context.value("PasswordNeverExpires") {
            attributes.append(("PasswordNeverExpires", LanguagePrimitives.isTrue(v) ? "True" : "False"))
        }
        if !attributes.isEmpty {
            return try Msol.perform(context, target: target, { try tenant.setAttributes(userId: user.objectId, attributes) })
        }
        return true
    }
}
