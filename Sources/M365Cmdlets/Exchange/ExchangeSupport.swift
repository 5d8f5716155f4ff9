import Foundation
import Licensing
import PowerShellRuntime

/// What the Exchange Online cmdlets share: identity lookup, -Filter, -ResultSize.
enum Exo {
    static let module = "ExchangeOnlineManagement"

    static func identityParameter(position: Int? = 0) -> ParameterMetadata {
        ParameterMetadata(name: "Identity", type: "string", position: position, valueFromPipeline: true, valueFromPipelineByPropertyName: true,
                          helpMessage: "Name, alias, display name, email address or GUID.")
    }
    static let filter = ParameterMetadata(name: "Filter", type: "string", helpMessage: "An OPATH filter, e.g. \"EmailAddresses -eq 'ann@contoso.onmicrosoft.com'\".")
    static let resultSize = ParameterMetadata(name: "ResultSize", type: "string", helpMessage: "Maximum results: a number or Unlimited (default 1000).", defaultValueText: "1000")

    /// The one recipient of the given kinds an -Identity names; writes Exchange's not-found or
    /// "matches multiple entries" error and returns nil otherwise (Set-*/Remove-* cmdlets).
    /// The one recipient of `kinds` the identity names (-Identity, or the first of `alternatives`
    /// given, as the REST cmdlets' -UserPrincipalName); an error is written otherwise.
    static func single(_ context: CommandContext, kinds: [RecipientType], alternatives: [String] = []) throws -> Recipient? {
        let tenant = try context.tenant
        let identity = (["Identity"] + alternatives).lazy.compactMap { context.string($0) }.first ?? ""
        let found = tenant.recipients(matchingIdentity: identity).filter { kinds.contains($0.recipientType) }
        if found.count == 1 { return found[0] }
        let error = found.isEmpty ? notFound(identity)
            : LicensingError(code: .invalidValue, message: "The operation couldn't be performed because '\(identity)' matches multiple entries.")
        try context.writeError(M365Errors.exchange(error, context, target: .string(identity)))
        return nil
    }

    static func notFound(_ identity: String) -> LicensingError {
        LicensingError(code: .recipientNotFound, message: LicensingMessages.recipientNotFound(identity))
    }

    /// Values of a recipient property as text, for -Filter (multi-valued: every value).
    static func values(of r: Recipient, _ property: String) -> [String]? {
        switch property.lowercased() {
        case "emailaddresses", "proxyaddresses": return r.emailAddresses.map(\.description)
        case "name": return [r.name]
        case "displayname": return [r.displayName]
        case "alias": return [r.alias]
        case "recipienttype": return [r.recipientType.rawValue]
        case "recipienttypedetails": return [r.recipientTypeDetails.rawValue]
        case "primarysmtpaddress", "windowsemailaddress": return r.primarySmtpAddress.map { [$0] } ?? []
        case "externalemailaddress": return r.externalEmailAddress.map { [$0] } ?? []
        case "externaldirectoryobjectid": return r.externalDirectoryObjectId.map { [$0.lowercasedGraphString] } ?? []
        case "guid", "exchangeobjectid": return [r.id.lowercasedGraphString]
        default: return nil
        }
    }

    /// Applies -Identity, -Filter, -RecipientType(Details) and -ResultSize; writes the documented
    /// errors. Returns nil after an error.
    static func select(_ context: CommandContext, from all: [Recipient]) throws -> [Recipient]? {
        let tenant = try context.tenant
        var list = all
        if let identity = context.string("Identity") {
            let ids = Set(tenant.recipients(matchingIdentity: identity).map(\.id))
            list = list.filter { ids.contains($0.id) }
            if list.isEmpty {
                try context.writeError(M365Errors.exchange(notFound(identity), context, target: .string(identity)))
                return nil
            }
        }
        if let text = context.string("Filter"), text.trimmingCharacters(in: .whitespaces) != "*" {
            do {
                let f = try OpathFilter.parse(text)
                list = list.filter { r in f.matches { values(of: r, $0) } }
            } catch let e as OpathFilter.ParseError {
                try context.writeError(context.errorRecord(e.message, errorId: "InvalidFilter", category: .InvalidArgument,
                                                           exceptionType: "Microsoft.Exchange.Management.RestApiClient.RestClientException"))
                return nil
            }
        }
        let types = context.strings("RecipientType").map { $0.lowercased() }
        let details = context.strings("RecipientTypeDetails").map { $0.lowercased() }
        // a detail belongs to its own type, and the mailbox kinds to UserMailbox
        func isIncluded(_ d: String, in t: String) -> Bool {
            d == t || (t == "usermailbox" && RecipientType.mailboxKinds.contains { $0.rawValue.lowercased() == d })
        }
        if !types.isEmpty && !details.isEmpty && !details.contains(where: { d in types.contains { isIncluded(d, in: $0) } }) {
            try context.writeError(context.errorRecord("None of the specified RecipientTypeDetails are included in any specified recipient type.",
                                                       errorId: "RecipientTypeDetailsMismatch", category: .InvalidArgument, exceptionType: "System.ArgumentException"))
            return nil
        }
        if !types.isEmpty { list = list.filter { types.contains($0.recipientType.rawValue.lowercased()) } }
        if !details.isEmpty { list = list.filter { details.contains($0.recipientTypeDetails.rawValue.lowercased()) } }
        guard let size = try resultSize(context) else { return nil }
        if let size, list.count > size {
            list = Array(list.prefix(size))
            try context.writeWarning("There are more results available than are currently displayed. To view them, increase the value for the ResultSize parameter.")
        }
        return list
    }

    /// -ResultSize: a positive number or `Unlimited` (nil); 1000 by default. `.some(nil)` = unlimited.
    static func resultSize(_ context: CommandContext) throws -> Int?? {
        guard let text = context.string("ResultSize") else { return .some(1000) }
        if text.lowercased() == "unlimited" { return .some(nil) }
        if let n = Int(text.trimmingCharacters(in: .whitespaces)), n > 0 { return .some(n) }
        try context.writeError(context.errorRecord("Cannot process argument transformation on parameter 'ResultSize'. Cannot convert value \"\(text)\" to type \"Microsoft.Exchange.Data.Unlimited`1[System.UInt32]\". Error: \"The value \(text) isn't valid.\"",
                                                   errorId: "ParameterArgumentTransformationError", category: .InvalidData,
                                                   exceptionType: "System.Management.Automation.ParameterBindingException"))
        return nil
    }

    @discardableResult
    static func perform(_ context: CommandContext, target: Value = .null, _ body: () throws -> Void) throws -> Bool {
        do {
            try body()
            return true
        } catch let error as LicensingError {
            try context.writeError(M365Errors.exchange(error, context, target: target))
            return false
        }
    }
}
