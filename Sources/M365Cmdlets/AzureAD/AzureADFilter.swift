import Foundation
import Licensing

/// The AzureAD module's -Filter: Azure AD Graph's OData v3 `$filter`, which knows less than
/// Microsoft Graph's: comparisons `eq ne ge le`, `and or not`, `startswith(property,'text')` and
/// `any` over a collection (`assignedLicenses/any(x:x/skuId eq guid'...')`). It is parsed by the
/// lab's one OData parser (`ODataFilter`); what Azure AD Graph does not support (`contains`,
/// `endswith`, `gt`, `lt`, `in`, `all`, `$count`) is refused as the directory refuses an
/// unsupported clause (`Request_UnsupportedQuery`). Property names are Azure AD Graph's
/// (camelCase, any case): userPrincipalName, displayName, mail, mailNickname, usageLocation,
/// accountEnabled, department, jobTitle, givenName, surname, city, country, state, userType,
/// objectId; for groups displayName, description, mail, mailEnabled, securityEnabled, objectId.
struct AzureADFilter {
    let filter: ODataFilter

    static func parse(_ text: String, resource: String) throws(GraphError) -> AzureADFilter {
        // OData v3 writes GUID literals guid'…' (the module's users copy it from the AAD Graph docs)
        let v4 = text.replacingOccurrences(of: "guid'", with: "'", options: .caseInsensitive)
        let parsed: ODataFilter
        do { parsed = try ODataFilter.parse(v4, guidLiterals: false) } catch {
            throw GraphError.invalidFilter((error as? ODataFilter.ParseError)?.message ?? "Invalid filter clause")
        }
        if let unsupported = unsupportedProperty(parsed) {
            throw GraphError.unsupportedQuery(property: unsupported, of: resource)
        }
        return AzureADFilter(filter: parsed)
    }

    func matches(_ entity: ODataValue) -> Bool { filter.matches(entity) }

    /// The property of the first clause Azure AD Graph cannot run, or nil when all can.
    static func unsupportedProperty(_ f: ODataFilter) -> String? {
        switch f {
        case .literal, .path: return nil
        case .compare(let op, let a, let b):
            if !["eq", "ne", "ge", "le"].contains(op) { return firstProperty(a) ?? firstProperty(b) ?? op }
            if a.usesCount || b.usesCount { return a.countedProperty ?? b.countedProperty ?? "$count" }
            return nil
        case .and(let a, let b), .or(let a, let b): return unsupportedProperty(a) ?? unsupportedProperty(b)
        case .not(let a): return unsupportedProperty(a)
        case .call(let name, let args):
            return name == "startswith" && args.count == 2 ? nil : (args.lazy.compactMap(firstProperty).first ?? name)
        case .lambda(let path, let kind, _, let body):
            if kind != "any" { return path.first ?? kind }
            return body.flatMap(unsupportedProperty)
        case .inList(let a, _): return firstProperty(a) ?? "in"
        }
    }

    private static func firstProperty(_ f: ODataFilter) -> String? {
        if case .path(let p) = f { return p.first }
        return nil
    }

    // MARK: what a filter sees

    /// A user as Azure AD Graph filters it: Graph's filterable properties plus the directory
    /// attributes and `objectId`.
    static func user(_ tenant: Tenant, _ u: Licensing.User) -> ODataValue {
        extend(GraphFilterEntity.user(tenant, u), [
            ("objectId", .string(u.objectId.lowercasedString)), ("givenName", text(u.attribute("FirstName"))),
            ("surname", text(u.attribute("LastName"))), ("city", text(u.attribute("City"))),
            ("country", text(u.attribute("Country"))), ("state", text(u.attribute("State"))),
            ("postalCode", text(u.attribute("PostalCode"))), ("physicalDeliveryOfficeName", text(u.attribute("Office"))),
        ])
    }

    static func group(_ tenant: Tenant, _ g: Licensing.Group) -> ODataValue {
        extend(GraphFilterEntity.group(tenant, g), [
            ("objectId", .string(g.objectId.lowercasedString)),
            ("mail", text(tenant.recipient(ofObject: g.objectId)?.primarySmtpAddress)),
        ])
    }

    private static func text(_ s: String?) -> ODataValue { s.map { .string($0) } ?? .null }

    private static func extend(_ entity: ODataValue, _ extra: [(String, ODataValue)]) -> ODataValue {
        guard case .record(var r) = entity else { return entity }
        for (k, v) in extra { r[k.lowercased()] = v }
        return .record(r)
    }
}
