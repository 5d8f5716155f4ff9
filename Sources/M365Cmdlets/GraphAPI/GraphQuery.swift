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
        if let advanced = parsed.advancedProperty, !eventual { throw GraphError.unsupportedQuery(property: advanced, of: resource) }
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
    let names: NameList?
    let defaults: NameList

    init(_ selected: [String], defaults: Set<String>) {
        self.init(selected, defaults: NameList(defaults))
    }

    /// `defaults` made once (`userDefaultNames`): a server builds a selection for every request.
    init(_ selected: [String], defaults: NameList) {
        self.defaults = defaults
        let flat = selected.flatMap { GraphHTTPRequest.pieces(Substring($0), 0x2C).map { String($0).trimmedSpaces.lowercased() } }.filter { !$0.isEmpty }
        names = flat.isEmpty ? nil : (flat.contains("*") ? NameList([]) : NameList(flat + ["id"]))
    }

    private init(names: NameList?, defaults: NameList) {
        self.names = names
        self.defaults = defaults
    }

    /// Every property (what a write operation returns).
    static let everything = GraphSelection(names: NameList([]), defaults: NameList([]))

    /// Whether the property (its name in any case) is selected. A resource builder asks this for
    /// every property of every object it makes (30 questions for each of 100,000 users), so the
    /// name is compared in place, without a lowercased copy or a hash.
    func includes(_ name: String) -> Bool {
        guard let names else { return defaults.contains(name) }
        return names.isEmpty || names.contains(name)
    }

    /// A few property names, lowercased (Graph's names are ASCII). A selection holds a dozen or
    /// two, so a scan that first compares lengths beats hashing the name asked about.
    struct NameList: Sendable {
        private let names: [[UInt8]]

        init<S: Sequence<String>>(_ names: S) {
            var seen: [[UInt8]] = []
            for name in names {
                let bytes = Array(name.utf8.map { $0 >= 0x41 && $0 <= 0x5A ? $0 + 0x20 : $0 })
                if !seen.contains(bytes) { seen.append(bytes) }
            }
            self.names = seen
        }

        var isEmpty: Bool { names.isEmpty }

        func contains(_ name: String) -> Bool {
            var name = name
            return name.withUTF8 { asked in
                names.contains { candidate in
                    guard candidate.count == asked.count else { return false }
                    for i in 0..<asked.count {
                        let b = asked[i]
                        if (b >= 0x41 && b <= 0x5A ? b + 0x20 : b) != candidate[i] { return false }
                    }
                    return true
                }
            }
        }
    }

    /// Graph v1.0's default properties of a user and of a group.
    static let userDefaults: Set<String> = ["businessphones", "displayname", "givenname", "id", "jobtitle", "mail",
                                            "mobilephone", "officelocation", "preferredlanguage", "surname", "userprincipalname"]
    static let groupDefaults: Set<String> = ["id", "displayname", "description", "mailenabled", "mailnickname", "securityenabled",
                                             "grouptypes", "mail", "createddatetime", "proxyaddresses", "visibility",
                                             "membershiprule", "membershipruleprocessingstate"]
    static let userDefaultNames = NameList(userDefaults)
    static let groupDefaultNames = NameList(groupDefaults)
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
