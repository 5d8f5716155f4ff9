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
    let names: Set<PropertyName>?
    let defaults: Set<PropertyName>

    init(_ selected: [String], defaults: Set<String>) {
        self.defaults = Set(defaults.map(PropertyName.init))
        let flat = selected.flatMap { $0.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces).lowercased() } }.filter { !$0.isEmpty }
        names = flat.isEmpty ? nil : (flat.contains("*") ? [] : Set((flat + ["id"]).map(PropertyName.init)))
    }

    private init(names: Set<PropertyName>?, defaults: Set<PropertyName>) {
        self.names = names
        self.defaults = defaults
    }

    /// Every property (what a write operation returns).
    static let everything = GraphSelection(names: [], defaults: [])

    /// Whether the property (its name in any case) is selected. A resource builder asks this for
    /// every property of every object it makes, so the name is compared without making a
    /// lowercased copy of it.
    func includes(_ name: String) -> Bool {
        guard let names else { return defaults.contains(PropertyName(name)) }
        return names.isEmpty || names.contains(PropertyName(name))
    }

    /// A property name that compares and hashes without ASCII case (Graph's names are ASCII).
    struct PropertyName: Hashable, Sendable {
        let text: String
        init(_ text: String) { self.text = text }

        private static func fold(_ b: UInt8) -> UInt8 { b >= 0x41 && b <= 0x5A ? b + 0x20 : b }
        static func == (a: PropertyName, b: PropertyName) -> Bool {
            a.text.utf8.elementsEqual(b.text.utf8) { fold($0) == fold($1) }
        }
        func hash(into hasher: inout Hasher) {
            for b in text.utf8 { hasher.combine(Self.fold(b)) }
            hasher.combine(0xFF as UInt8)
        }
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
