import Foundation
import Licensing
import PowerShellRuntime

/// New-MsolUser: creates a user, optionally licensed at once (-LicenseAssignment/-LicenseOptions);
/// a license failure leaves no user behind.
final class NewMsolUserCommand: Cmdlet {
    static let profileParameters = ["City", "Country", "Department", "Fax", "FirstName", "LastName", "MobilePhone",
                                    "Office", "PhoneNumber", "PostalCode", "PreferredLanguage", "State", "StreetAddress", "Title"]

    static let metadata = CommandMetadata(
        name: "New-MsolUser",
        parameters: [
            ParameterMetadata(name: "UserPrincipalName", type: "string", mandatory: true, valueFromPipelineByPropertyName: true, helpMessage: "The user ID (user@domain)."),
            ParameterMetadata(name: "DisplayName", type: "string", mandatory: true, valueFromPipelineByPropertyName: true, helpMessage: "The display name."),
            ParameterMetadata(name: "UsageLocation", type: "string", valueFromPipelineByPropertyName: true, helpMessage: "Two-letter country code, needed before licenses can be assigned."),
            ParameterMetadata(name: "LicenseAssignment", type: "string[]", valueFromPipelineByPropertyName: true, helpMessage: "AccountSkuIds to assign."),
            ParameterMetadata(name: "LicenseOptions", type: "object[]", valueFromPipelineByPropertyName: true, helpMessage: "LicenseOption objects (plans to disable)."),
            ParameterMetadata(name: "Password", type: "string", valueFromPipelineByPropertyName: true, helpMessage: "Initial password (generated when absent)."),
            ParameterMetadata(name: "ForceChangePassword", type: "bool", valueFromPipelineByPropertyName: true, helpMessage: "Must change password at next sign-in.", defaultValueText: "$true"),
            ParameterMetadata(name: "StrongPasswordRequired", type: "bool", valueFromPipelineByPropertyName: true, helpMessage: "Require a strong password.", defaultValueText: "$true"),
            ParameterMetadata(name: "PasswordNeverExpires", type: "bool", valueFromPipelineByPropertyName: true, helpMessage: "Password never expires.", defaultValueText: "$false"),
            ParameterMetadata(name: "BlockCredential", type: "bool", valueFromPipelineByPropertyName: true, helpMessage: "Block sign-in.", defaultValueText: "$false"),
            ParameterMetadata(name: "ImmutableId", type: "string", valueFromPipelineByPropertyName: true, helpMessage: "Source anchor of a synchronized user."),
            ParameterMetadata(name: "AlternateEmailAddresses", type: "string[]", valueFromPipelineByPropertyName: true, helpMessage: "Alternate email addresses."),
        ] + profileParameters.map { ParameterMetadata(name: $0, type: "string", valueFromPipelineByPropertyName: true, helpMessage: "The user's \($0).") }
          + [Msol.tenantId],
        outputTypes: [MsolObjects.userType],
        moduleName: Msol.module,
        synopsis: "Adds a user to Azure Active Directory.",
        examples: [CommandExample(code: "New-MsolUser -UserPrincipalName ann@contoso.onmicrosoft.com -DisplayName 'Ann' -UsageLocation US -LicenseAssignment contoso:ENTERPRISEPACK",
                                  remarks: "Creates a licensed user.")])

    init() {}

    func process(_ context: CommandContext) throws {
        let state = try context.m365
        // creating, licensing and describing the user are one change (one commit in a tenant file)
        guard let user = try state.tenant.changing({ try create(context, state) }),
              let fresh = state.tenant.user(id: user.objectId), case .object(let o) = MsolObjects.user(state, fresh) else { return }
        let password = context.string("Password") ?? NewMsolUserCommand.temporaryPassword(for: user.objectId)
        let withPassword = PSObject(typeNames: o.typeNames)
        withPassword.setNote("Password", .string(password))
        for m in o.members { withPassword.add(m) }
        try context.writeObject(.object(withPassword))
    }

    private func create(_ context: CommandContext, _ state: M365State) throws -> Licensing.User? {
        let tenant = state.tenant
        let upn = context.string("UserPrincipalName") ?? ""
        let display = context.string("DisplayName") ?? ""
        let blocked = context.value("BlockCredential").map(LanguagePrimitives.isTrue) ?? false
        var created: Licensing.User?
        guard try Msol.perform(context, target: .string(upn), {
            created = try tenant.createUser(userPrincipalName: upn, displayName: display,
                                            usageLocation: context.string("UsageLocation"), accountEnabled: !blocked,
                                            objectId: state.newObjectId(upn))
        }), let user = created else { return nil }
        let adds = Msol.licenseChanges(context, adding: "LicenseAssignment").add
        if !adds.isEmpty {
            let ok = try Msol.perform(context, target: .string(upn)) {
                try tenant.assignLicenses(userId: user.objectId, add: adds)
            }
            if !ok {
                try? tenant.deleteUser(userId: user.objectId)
                try? tenant.purgeUser(userId: user.objectId)
                return nil
            }
        }
        var attributes: [(name: String, value: String?)] = NewMsolUserCommand.profileParameters.compactMap { key in context.string(key).map { (key, $0) } }
        if let v = context.value("PasswordNeverExpires") { attributes.append(("PasswordNeverExpires", LanguagePrimitives.isTrue(v) ? "True" : "False")) }
        if !attributes.isEmpty { try? tenant.setAttributes(userId: user.objectId, attributes) }
        return user
    }

    /// MSOnline's temporary passwords look like `Bas12345` (upper, two lower, five digits);
    /// derived from the object id so that runs repeat.
    static func temporaryPassword(for id: UUID) -> String {
        let bytes = withUnsafeBytes(of: id.uuid) { Array($0) }
        func byte(_ i: Int) -> Int { i < bytes.count ? Int(bytes[i]) : 0 }
        let consonants = Array("BCDFGHJKLMNPQRSTVWXZ"), vowels = Array("aeiou")
        let head = String(consonants[byte(0) % consonants.count]) + String(vowels[byte(1) % vowels.count])
            + String(consonants[byte(2) % consonants.count]).lowercased()
        return head + (3..<8).map { String(byte($0) % 10) }.joined()
    }
}
