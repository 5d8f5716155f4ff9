import Foundation
import Licensing

/// The query options of a list operation: `$filter`, `$search`, `$orderby`, and whether the
/// request carried `ConsistencyLevel: eventual` (Graph's advanced queries need it).
struct GraphListQuery: Equatable, Sendable {
    var filter: String?
    /// `"displayName:ann"`.
    var search: String?
    /// `displayName`, `userPrincipalName desc`.
    var orderBy: [String] = []
    var eventual = false

    /// The parsed `$filter`, or Graph's refusal: one that does not parse; `$count` without
    /// `ConsistencyLevel: eventual`; `hasMembersWithLicenseErrors` with it (microsoft-graph-docs-contrib PR #9437).
    func parsedFilter(resource: String) throws(GraphError) -> ODataFilter? {
        guard let filter else { return nil }
        let parsed: ODataFilter
        do { parsed = try ODataFilter.parse(filter) } catch {
            throw GraphError.invalidFilter((error as? ODataFilter.ParseError)?.message ?? "Invalid filter clause")
        }
        if let counted = parsed.countedProperty, !eventual { throw GraphError.unsupportedQuery(property: counted, of: resource) }
        if eventual && parsed.reads("hasMembersWithLicenseErrors") {
            throw GraphError.unsupportedQuery(property: "hasMembersWithLicenseErrors", of: resource)
        }
        return parsed
    }
}

/// `$select`: the properties a resource carries. Without one, Graph returns a default set and
/// leaves out the rest (licensing properties among them: "Returned only on $select" in
/// Graph's user and group references); `*` selects all.
struct GraphSelection: Sendable {
    /// nil: the defaults; empty: everything.
    let names: Set<String>?
    let defaults: Set<String>

    init(_ selected: [String], defaults: Set<String>) {
        self.defaults = defaults
        let flat = selected.flatMap { $0.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces).lowercased() } }.filter { !$0.isEmpty }
        names = flat.isEmpty ? nil : (flat.contains("*") ? [] : Set(flat + ["id"]))
    }

    private init(names: Set<String>?, defaults: Set<String>) {
        self.names = names
        self.defaults = defaults
    }

    /// Every property (what a write operation returns).
    static let everything = GraphSelection(names: [], defaults: [])

    func includes(_ name: String) -> Bool {
        guard let names else { return defaults.contains(name.lowercased()) }
        return names.isEmpty || names.contains(name.lowercased())
    }

    /// Graph v1.0's default properties of a user and of a group.
    static let userDefaults: Set<String> = ["businessphones", "displayname", "givenname", "id", "jobtitle", "mail",
                                            "mobilephone", "officelocation", "preferredlanguage", "surname", "userprincipalname"]
    static let groupDefaults: Set<String> = ["id", "displayname", "description", "mailenabled", "mailnickname", "securityenabled",
                                             "grouptypes", "mail", "createddatetime", "proxyaddresses", "visibility",
                                             "membershiprule", "membershipruleprocessingstate"]
}

/// Resources as a `$filter` sees them: every filterable property, selected or not.
enum GraphFilterEntity {
    static func user(_ tenant: Tenant, _ u: Licensing.User) -> ODataValue {
        let licenses = tenant.licenses(ofUser: u.objectId)
        return .record([
            ("id", .string(u.objectId.lowercasedString)), ("displayName", .string(u.displayName)),
            ("userPrincipalName", .string(u.userPrincipalName)), ("mailNickname", .string(u.alias)),
            ("mail", tenant.recipient(ofObject: u.objectId)?.primarySmtpAddress.map { .string($0) } ?? .null),
            ("usageLocation", u.usageLocation.map { .string($0) } ?? .null), ("accountEnabled", .bool(u.accountEnabled)),
            ("userType", .string("Member")),
            ("department", u.attribute("Department").map { .string($0) } ?? .null),
            ("jobTitle", u.attribute("Title").map { .string($0) } ?? .null),
            ("assignedLicenses", .list(licenses.map { l in .record([("skuId", .string(l.skuId.lowercasedString)),
                                                                   ("disabledPlans", .list(l.disabledPlans.map { .string($0.lowercasedString) }))]) })),
            ("licenseAssignmentStates", .list(tenant.licenseAssignmentStates(ofUser: u.objectId).map { r in
                .record([("skuId", .string(r.skuId.lowercasedString)), ("state", .string(r.state.rawValue)),
                         ("error", .string(r.error.rawValue)), ("assignedByGroup", r.assignedByGroup.map { .string($0.lowercasedString) } ?? .null)])
            })),
        ])
    }

    static func group(_ tenant: Tenant, _ g: Licensing.Group) -> ODataValue {
        .record([
            ("id", .string(g.objectId.lowercasedString)), ("displayName", .string(g.displayName)),
            ("description", g.description.map { .string($0) } ?? .null), ("mailEnabled", .bool(g.mailEnabled)),
            ("securityEnabled", .bool(g.securityEnabled)), ("mailNickname", g.mailNickname.map { .string($0) } ?? .null),
            ("hasMembersWithLicenseErrors", .bool(tenant.hasMembersWithLicenseErrors(groupId: g.objectId))),
            ("assignedLicenses", .list(g.licenses.map { l in .record([("skuId", .string(l.skuId.lowercasedString))]) })),
            ("groupTypes", .list(g.groupTypes.map { .string($0) })),
            ("membershipRule", g.membershipRule.map { .string($0) } ?? .null),
            ("membershipRuleProcessingState", g.membershipRuleProcessingState.map { .string($0) } ?? .null),
        ])
    }
}
