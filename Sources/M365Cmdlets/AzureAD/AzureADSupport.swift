import Foundation
import Licensing
import PowerShellRuntime

/// A Connect-AzureAD session (Get-AzureADCurrentSessionInfo's account and tenant).
final class AzureADConnection {
    var account: String?
    /// Signed in as an application (-ApplicationId) rather than a user.
    var isApplication = false
}

/// What the AzureAD module's cmdlets share. The module talked to Azure AD Graph, whose directory
/// answers as Microsoft Graph's does (same error codes and texts), so its cmdlets run the lab's
/// one Graph operation layer (`GraphAPI`) and only render differently: model objects of
/// `Microsoft.Open.AzureAD.Model`, and errors in the module's `Error occurred while executing`
/// block (M365Errors+AzureAD.swift).
enum AzureAD {
    static let module = "AzureAD"
    static let version = "2.0.2.182"
    /// The .NET classes the cmdlets' FullyQualifiedErrorIds end with.
    static let classes = "Microsoft.Open.AzureAD16.PowerShell."

    /// The session's connection (created on first use).
    static func connection(_ context: CommandContext) -> AzureADConnection {
        context.session.slot(AzureADConnection.self, orMake: { AzureADConnection() })
    }

    /// The Graph operations, once Connect-AzureAD has run; before it, every cmdlet fails with the
    /// module's AadNeedAuthenticationException (terminating, as scripts' `try { Get-AzureADTenantDetail }
    /// catch [...AadNeedAuthenticationException] { Connect-AzureAD }` rely on).
    static func api(_ context: CommandContext) throws -> GraphAPI {
        let state = try context.m365
        guard connection(context).account != nil else { throw RuntimeError(M365Errors.azureADNotConnected(context)) }
        return GraphAPI(tenant: state.tenant, grantedScopes: nil, newObjectId: state.newObjectId)
    }

    /// Runs one Graph operation; a refusal is thrown in AzureAD's block, naming `operation`
    /// (`Error occurred while executing SetUserLicenses`).
    static func call<T>(_ context: CommandContext, operation: String, _ body: () throws(GraphError) -> T) throws -> T {
        do {
            return try body()
        } catch {
            throw RuntimeError(M365Errors.azureAD(error, operation: operation, context))
        }
    }

    /// The GetById / GetQuery / GetVague parameter sets of Get-AzureADUser and Get-AzureADGroup:
    /// -ObjectId gives one object (operation `Get<Noun>`); otherwise every object (`Get<Noun>s`),
    /// kept by -Filter (the OData subset, as `resource`) and -SearchString (the first characters of
    /// the `searched` texts), then paged by -All/-Top.
    static func query<T>(_ context: CommandContext, noun: String, resource: String,
                         one: (String) throws(GraphError) -> T, all: () throws(GraphError) -> [T],
                         entity: (T) -> ODataValue, searched: (T) -> [String], write: (T) throws -> Void) throws {
        if context.has("ObjectId") {
            let id = context.string("ObjectId") ?? ""
            try write(try call(context, operation: "Get" + noun) { () throws(GraphError) in try one(id) })
            return
        }
        var items = try call(context, operation: "Get\(noun)s") { () throws(GraphError) in try all() }
        if let text = context.string("Filter"), !text.isEmpty {
            let filter = try call(context, operation: "Get\(noun)s") { () throws(GraphError) in try AzureADFilter.parse(text, resource: resource) }
            items = items.filter { filter.matches(entity($0)) }
        }
        if let search = context.string("SearchString") { items = items.filter { matchesSearch(search, searched($0)) } }
        for item in page(items, context) { try write(item) }
    }

    /// -All $true, -Top n, or the module's first page (100).
    static func page<T>(_ items: [T], _ context: CommandContext) -> [T] {
        if let all = context.value("All"), LanguagePrimitives.isTrue(all) { return items }
        if let top = context.int("Top") { return Array(items.prefix(max(0, top))) }
        return Array(items.prefix(100))
    }

    /// -SearchString: display names or user principal names that start with the text (the module
    /// documents "the first characters in DisplayName or UserPrincipalName").
    static func matchesSearch(_ text: String, _ fields: [String]) -> Bool {
        let t = text.lowercased()
        return fields.contains { $0.lowercased().hasPrefix(t) }
    }

    /// The AzureAD parameters that are directory attributes, with the name the tenant stores them
    /// under (MSOnline's), so Get-MsolUser and Get-MgUser show what Set-AzureADUser set.
    static let attributeParameters: [(parameter: String, attribute: String)] = [
        ("City", "City"), ("Country", "Country"), ("Department", "Department"), ("FacsimileTelephoneNumber", "Fax"),
        ("GivenName", "FirstName"), ("JobTitle", "Title"), ("Mobile", "MobilePhone"), ("PhysicalDeliveryOfficeName", "Office"),
        ("PostalCode", "PostalCode"), ("PreferredLanguage", "PreferredLanguage"), ("State", "State"),
        ("StreetAddress", "StreetAddress"), ("Surname", "LastName"), ("TelephoneNumber", "PhoneNumber"),
    ]

    /// The user properties New-AzureADUser and Set-AzureADUser take (all optional here).
    static let userParameters: [ParameterMetadata] = attributeParameters.map {
        ParameterMetadata(name: $0.parameter, type: "string", helpMessage: "The user's \($0.parameter).")
    } + [
        ParameterMetadata(name: "DisplayName", type: "string", helpMessage: "The display name."),
        ParameterMetadata(name: "UserPrincipalName", type: "string", helpMessage: "The user principal name."),
        ParameterMetadata(name: "UsageLocation", type: "string", helpMessage: "Two-letter ISO 3166 country code (US, GB, ...)."),
        ParameterMetadata(name: "AccountEnabled", type: "bool", helpMessage: "Whether the account can sign in ($true/$false)."),
        ParameterMetadata(name: "MailNickName", type: "string", helpMessage: "The mail alias (accepted)."),
        ParameterMetadata(name: "PasswordProfile", type: "object", helpMessage: "A Microsoft.Open.AzureAD.Model.PasswordProfile."),
        ParameterMetadata(name: "PasswordPolicies", type: "string", helpMessage: "DisablePasswordExpiration, DisableStrongPassword (accepted)."),
        ParameterMetadata(name: "UserType", type: "string", helpMessage: "Member or Guest (accepted)."),
        ParameterMetadata(name: "ImmutableId", type: "string", helpMessage: "On-premises anchor (accepted)."),
        ParameterMetadata(name: "OtherMails", type: "string[]", helpMessage: "Other addresses (accepted)."),
        ParameterMetadata(name: "ShowInAddressList", type: "bool", helpMessage: "Accepted."),
        ParameterMetadata(name: "ExtensionProperty", type: "object", helpMessage: "Accepted."),
        ParameterMetadata(name: "CompanyName", type: "string", helpMessage: "Accepted."),
        ParameterMetadata(name: "AgeGroup", type: "string", helpMessage: "Accepted."),
        ParameterMetadata(name: "ConsentProvidedForMinor", type: "string", helpMessage: "Accepted."),
        ParameterMetadata(name: "CreationType", type: "string", helpMessage: "Accepted."),
        ParameterMetadata(name: "IsCompromised", type: "bool", helpMessage: "Accepted."),
        ParameterMetadata(name: "SignInNames", type: "object", helpMessage: "Accepted."),
        ParameterMetadata(name: "UserState", type: "string", helpMessage: "Accepted."),
        ParameterMetadata(name: "UserStateChangedOn", type: "string", helpMessage: "Accepted."),
    ]

    /// The directory attributes a call sets (an empty text clears one).
    static func attributes(_ context: CommandContext) -> [DirectoryAttribute] {
        attributeParameters.compactMap { p in
            guard context.has(p.parameter) else { return nil }
            let text = context.string(p.parameter)
            return DirectoryAttribute(name: p.attribute, value: (text?.isEmpty ?? true) ? nil : text)
        }
    }

    /// -AccountEnabled, when given.
    static func accountEnabled(_ context: CommandContext) -> Bool? {
        context.value("AccountEnabled").map(LanguagePrimitives.isTrue)
    }
}
