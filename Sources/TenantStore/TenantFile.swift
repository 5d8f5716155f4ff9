import Foundation
import Licensing

/// An invalid tenant file: where (a JSON path such as `$.users[3].licenses[0].sku`) and what
/// was expected there.
public struct TenantFileError: Error, Equatable, CustomStringConvertible {
    public var path: String
    public var expected: String
    public var found: String?

    public init(path: String, expected: String, found: String? = nil) {
        self.path = path
        self.expected = expected
        self.found = found
    }

    public var description: String {
        "\(path): expected \(expected)" + (found.map { ", found \($0)" } ?? "")
    }
}

/// The tenant file (docs/tenant-format.md): a JSON description of a tenant that people can write
/// by hand and that `Export-LabTenant` writes in full. Export then import gives back exactly the
/// same tenant.
public enum TenantFile {
    public static let format = "LicenseLab.Tenant"
    /// 2: the outbox (`outbox`) and shared mailboxes (`recipientTypeDetails: SharedMailbox`).
    /// 3: products from an export (`products`), dynamic groups (`groupTypes`, `membershipRule`,
    /// `membershipRuleProcessingState`) and their queued membership work.
    /// Older files are read as they are (they have none of these).
    public static let version = 3

    // MARK: Export

    public static func export(_ tenant: Tenant) -> String {
        let catalog = tenant.catalog
        // names where they name exactly this plan or product (an export may bring two plans of one
        // name, or a product with a catalog product's part number): ids otherwise
        func planNames(_ ids: [UUID]) -> JSONOut {
            .array(ids.map { id in
                guard let p = catalog.plan(id: id), catalog.plan(named: p.name)?.id == id else { return .string(id.lowercasedString) }
                return .string(p.name)
            })
        }
        func sku(_ id: UUID) -> JSONOut {
            guard let p = catalog.product(skuId: id), catalog.product(partNumber: p.partNumber)?.skuId == id else { return .string(id.lowercasedString) }
            return .string(p.partNumber)
        }
        let s = tenant.settings
        var settings: [(String, JSONOut)] = [
            ("countryLetterCode", .string(s.countryLetterCode)),
            ("processingMode", .string(s.processingMode.rawValue)),
            ("duplicateProxyAddressError", .string(s.duplicateProxyAddressError.rawValue)),
            ("exchangePlansConflict", .bool(s.exchangePlansConflict)),
            ("enforceGraphScopes", .bool(s.enforceGraphScopes)),
            ("graphThrottling", .string(s.graphThrottling.rawValue)),
            ("graphRequestLogSize", .int(Int64(s.graphRequestLogSize))),
        ]
        settings.append(("deferredProcessingDelaySeconds", s.deferredProcessingDelay.map { .double($0) } ?? .null))
        let subscriptions: [JSONOut] = tenant.subscribedSkus.map { k in
            .object([("skuPartNumber", .string(k.skuPartNumber)), ("skuId", .string(k.skuId.lowercasedString)),
                     ("enabledUnits", .int(Int64(k.enabledUnits))), ("warningUnits", .int(Int64(k.warningUnits))),
                     ("suspendedUnits", .int(Int64(k.suspendedUnits))), ("lockedOutUnits", .int(Int64(k.lockedOutUnits))),
                     ("subscriptionIds", .array(k.subscriptionIds.map { .string($0.lowercasedString) }))])
        }
        let users: [JSONOut] = tenant.users.map { u in
            var fields: [(String, JSONOut)] = [
                ("objectId", .string(u.objectId.lowercasedString)), ("userPrincipalName", .string(u.userPrincipalName)),
                ("displayName", .string(u.displayName)), ("usageLocation", .optional(u.usageLocation)),
                ("accountEnabled", .bool(u.accountEnabled)), ("createdDateTime", .string(Timestamp.format(u.createdDateTime))),
            ]
            if u.isDeleted { fields.append(("deletedDateTime", .string(Timestamp.format(u.deletedDateTime ?? u.createdDateTime)))) }
            fields.append(("memberOf", .array(u.memberOf.map { .string($0.lowercasedString) })))
            if !u.attributes.isEmpty {
                fields.append(("attributes", .object(u.attributes.sorted { $0.key < $1.key }.map { ($0.key, .string($0.value)) })))
            }
            fields.append(("licenses", .array(u.records.map { r in
                .object([("sku", sku(r.skuId)),
                         ("source", .string(r.source.groupId?.lowercasedString ?? "direct")),
                         ("disabledPlans", planNames(r.disabledPlans)), ("state", .string(r.state.rawValue)),
                         ("error", .string(r.error.rawValue)),
                         ("lastUpdatedDateTime", .string(Timestamp.format(r.lastUpdatedDateTime)))])
            })))
            return .object(fields)
        }
        let groups: [JSONOut] = tenant.groups.map { g in
            var fields: [(String, JSONOut)] = [
                ("objectId", .string(g.objectId.lowercasedString)), ("displayName", .string(g.displayName)),
                ("description", .optional(g.description)), ("securityEnabled", .bool(g.securityEnabled)),
                ("mailEnabled", .bool(g.mailEnabled)), ("mailNickname", .optional(g.mailNickname)),
                ("createdDateTime", .string(Timestamp.format(g.createdDateTime))),
            ]
            // version 3: only for the groups that have them
            if !g.groupTypes.isEmpty { fields.append(("groupTypes", .array(g.groupTypes.map { .string($0) }))) }
            if let rule = g.membershipRule { fields.append(("membershipRule", .string(rule))) }
            if let state = g.membershipRuleProcessingState { fields.append(("membershipRuleProcessingState", .string(state))) }
            fields += [
                ("members", .array(g.members.elements.map { id in .string(tenant.user(id: id)?.userPrincipalName ?? id.lowercasedString) })),
                ("memberGroups", .array(g.memberGroups.elements.map { .string($0.lowercasedString) })),
                ("licenses", .array(g.licenses.map { l in .object([("sku", sku(l.skuId)), ("disabledPlans", planNames(l.disabledPlans))]) })),
                ("processingState", .optional(g.processingState?.rawValue)),
            ]
            return .object(fields)
        }
        let recipients: [JSONOut] = tenant.recipients.map { r in
            .object([("id", .string(r.id.lowercasedString)),
                     ("externalDirectoryObjectId", .optional(r.externalDirectoryObjectId?.lowercasedString)),
                     ("name", .string(r.name)), ("displayName", .string(r.displayName)), ("alias", .string(r.alias)),
                     ("recipientType", .string(r.recipientType.rawValue)),
                     ("recipientTypeDetails", .string(r.recipientTypeDetails.rawValue)),
                     ("emailAddresses", .array(r.emailAddresses.map { .string($0.description) })),
                     ("externalEmailAddress", .optional(r.externalEmailAddress))])
        }
        let queue: [JSONOut] = tenant.snapshot().queue.map { q in
            var fields: [(String, JSONOut)] = [("groupId", .string(q.groupId.lowercasedString)), ("full", .bool(q.full)),
                                               ("users", .array(q.users.map { .string($0.lowercasedString) })),
                                               ("queuedAt", .string(Timestamp.format(q.queuedAt)))]
            if q.membershipFull == true { fields.append(("membershipFull", .bool(true))) }
            if let users = q.membershipUsers { fields.append(("membershipUsers", .array(users.map { .string($0.lowercasedString) }))) }
            return .object(fields)
        }
        let products: [JSONOut] = tenant.customProducts.map { p in
            .object([("skuId", .string(p.skuId.lowercasedString)), ("skuPartNumber", .string(p.skuPartNumber)),
                     ("displayName", .optional(p.displayName)),
                     ("servicePlans", .array(p.servicePlans.map { plan in
                         .object([("servicePlanId", .string(plan.servicePlanId.lowercasedString)),
                                  ("servicePlanName", .string(plan.servicePlanName))])
                     }))])
        }
        let outbox: [JSONOut] = tenant.outbox.map { m in
            .object([("id", .string(m.id.lowercasedString)), ("sentDateTime", .string(Timestamp.format(m.sentDateTime))),
                     ("transport", .string(m.transport.rawValue)), ("smtpServer", .optional(m.smtpServer)),
                     ("from", .string(m.from)), ("to", .array(m.to.map { .string($0) })),
                     ("cc", .array(m.cc.map { .string($0) })), ("bcc", .array(m.bcc.map { .string($0) })),
                     ("subject", .string(m.subject)), ("bodyType", .string(m.bodyType.rawValue)), ("body", .string(m.body)),
                     ("attachments", .array(m.attachments.map { a in
                         .object([("name", .string(a.name)), ("contentType", .optional(a.contentType)),
                                  ("contentBytes", .string(a.content.base64EncodedString()))])
                     })),
                     ("savedToSentItems", .bool(m.savedToSentItems))])
        }
        return JSONOut.object([
            ("format", .string(format)), ("version", .int(Int64(version))),
            ("name", .string(tenant.name)), ("tenantId", .string(tenant.tenantId.lowercasedString)),
            ("settings", .object(settings)),
        ] + (products.isEmpty ? [] : [("products", JSONOut.array(products))]) + [
            ("subscriptions", .array(subscriptions)), ("users", .array(users)),
            ("groups", .array(groups)), ("recipients", .array(recipients)), ("queue", .array(queue)),
            ("outbox", .array(outbox)),
        ]).render()
    }

    // MARK: Import

    /// Reads a tenant file. Nothing is changed by a file that fails: the caller replaces its tenant
    /// only with the snapshot this returns. `now` dates objects whose file gives no date.
    public static func read(_ data: Data, catalog: Catalog = .standard,
                            now: Date = TenantClock.system.now()) throws(TenantFileError) -> TenantSnapshot {
        try readReporting(data, catalog: catalog, now: now).snapshot
    }

    /// A tenant file read, and what it holds that LicenseLab could not represent (said after an
    /// import: plans beyond the catalog's room, part numbers already used).
    public struct Reading: Sendable {
        public var snapshot: TenantSnapshot
        public var notes: [String]
    }

    public static func readReporting(_ data: Data, catalog: Catalog = .standard,
                                     now: Date = TenantClock.system.now()) throws(TenantFileError) -> Reading {
        let root: JSONValue
        do {
            root = try JSONReader.parse(data, maximumNesting: maximumNesting)
        } catch {
            // deeper than any tenant file nests, and deeper than the decoder goes: said plainly
            if error.tooDeep {
                throw TenantFileError(path: "$", expected: "a JSON document nested at most \(maximumNesting) levels deep",
                                      found: "one nested \(nesting(data)) levels deep")
            }
            throw TenantFileError(path: "$", expected: "a JSON document (\(error.description))")
        }
        var reader = FileReader(catalog: catalog, now: now)
        do {
            let snapshot = try reader.tenant(root)
            return Reading(snapshot: snapshot, notes: reader.notes)
        } catch let e as TenantFileError {
            throw e
        } catch {
            throw TenantFileError(path: "$", expected: "a tenant file", found: "\(error)")
        }
    }

    /// A tenant file nests a few levels (tenant, users, records, disabled plans); Foundation's
    /// decoder stops at 512.
    static let maximumNesting = 256

    /// How deep arrays and objects nest (strings skipped).
    static func nesting(_ data: Data) -> Int {
        var depth = 0, deepest = 0, inString = false, escaped = false
        data.withUnsafeBytes { (raw: UnsafeRawBufferPointer) in
            for b in raw {
                if inString {
                    if escaped { escaped = false } else if b == 0x5C { escaped = true } else if b == 0x22 { inString = false }
                    continue
                }
                switch b {
                case 0x22: inString = true
                case 0x5B, 0x7B: depth += 1; deepest = max(deepest, depth)
                case 0x5D, 0x7D: depth -= 1
                default: break
                }
            }
        }
        return deepest
    }
}

/// Where a value sits in the document (`$.users[3].licenses[0]`): a link to its parent, spelled
/// out only for a message (spelling every node's path as it was read was a fifth of an import).
final class NodePath: CustomStringConvertible {
    private let parent: NodePath?
    private let key: String
    private let index: Int

    init(root: String) { parent = nil; key = root; index = -1 }
    init(_ parent: NodePath, key: String) { self.parent = parent; self.key = key; index = -1 }
    init(_ parent: NodePath, index: Int) { self.parent = parent; key = ""; self.index = index }

    var description: String {
        guard let parent else { return key }
        return index >= 0 ? "\(parent)[\(index)]" : "\(parent).\(key)"
    }
}

/// A value with its path, and typed accessors that fail with that path.
struct Node {
    let value: JSONValue
    let location: NodePath
    var path: String { location.description }

    init(value: JSONValue, location: NodePath) {
        self.value = value
        self.location = location
    }

    init(value: JSONValue, path: String) { self.init(value: value, location: NodePath(root: path)) }

    func fail(_ expected: String) -> TenantFileError { TenantFileError(path: path, expected: expected, found: value.summary) }

    func string() throws -> String {
        guard case .string(let s) = value else { throw fail("a string") }
        return s
    }

    func bool() throws -> Bool {
        guard case .bool(let b) = value else { throw fail("true or false") }
        return b
    }

    /// A count: a whole number from `min` to 2,147,483,647 (Graph's Int32 counts).
    func int(min: Int = 0) throws -> Int {
        guard case .number(let n, _) = value, n == n.rounded(), n >= Double(min), n <= Double(Int32.max) else {
            throw fail("a whole number from \(min) to \(Int32.max)")
        }
        return Int(n)
    }

    func number() throws -> Double {
        guard case .number(let n, _) = value, n >= 0 else { throw fail("a number of at least 0") }
        return n
    }

    func uuid() throws -> UUID {
        guard case .string(let s) = value, let id = UUID.parse(s) else { throw fail("a GUID") }
        return id
    }

    func date() throws -> Date {
        guard case .string(let s) = value, let d = Timestamp.parse(s) else {
            throw fail("a UTC timestamp like \"2026-01-31T09:30:00.000Z\"")
        }
        return d
    }

    func array() throws -> [Node] {
        guard case .array(let items) = value else { throw fail("an array") }
        return items.enumerated().map { Node(value: $1, location: NodePath(location, index: $0)) }
    }

    func object(_ known: [String]) throws -> Fields {
        guard case .object(let fields) = value else { throw fail("an object") }
        if fields.keys.contains(where: { !known.contains($0) }) {
            // the first unknown one in name order, so that the message does not depend on hashing
            for key in fields.keys.sorted() where !known.contains(key) {
                throw TenantFileError(path: "\(path).\(key)", expected: "one of the properties \(known.joined(separator: ", "))",
                                      found: "an unknown property")
            }
        }
        return Fields(fields: fields, location: location)
    }

    /// An object of string values (`{"Department": "Sales"}`), in key order.
    func stringMap() throws -> [String: String] {
        guard case .object(let fields) = value else { throw fail("an object of strings, like {\"Department\": \"Sales\"}") }
        var out: [String: String] = [:]
        var seen = Set<String>()
        var nonASCII: [String] = []
        for key in fields.keys.sorted() {
            guard case .string(let s)? = fields[key] else {
                throw Node(value: fields[key] ?? .null, location: NodePath(location, key: key)).fail("a string")
            }
            // ASCII names by their lowercase; a name outside ASCII as User.attribute compares them
            let duplicate: Bool
            if key.utf8.allSatisfy({ $0 < 0x80 }) {
                duplicate = !seen.insert(key.lowercased()).inserted
                    || nonASCII.contains(where: { $0.caseInsensitiveCompare(key) == .orderedSame })
            } else {
                duplicate = out.keys.contains(where: { $0.caseInsensitiveCompare(key) == .orderedSame })
                nonASCII.append(key)
            }
            guard !duplicate else {
                throw Node(value: fields[key] ?? .null, location: NodePath(location, key: key)).fail("each attribute once (names ignore case)")
            }
            out[key] = s
        }
        return out
    }

    func enumValue<E: RawRepresentable & CaseIterable>(_ type: E.Type) throws -> E where E.RawValue == String {
        let s = try string()
        if let e = E.allCases.first(where: { $0.rawValue == s }) ?? E.allCases.first(where: { $0.rawValue.lowercased() == s.lowercased() }) { return e }
        throw fail("one of " + E.allCases.map(\.rawValue).joined(separator: ", "))
    }
}

struct Fields {
    let fields: JSONObject
    let location: NodePath
    var path: String { location.description }

    /// The property, nil when absent or null.
    subscript(_ key: String) -> Node? {
        guard let v = fields[key], v != .null else { return nil }
        return Node(value: v, location: NodePath(location, key: key))
    }

    func required(_ key: String, _ what: String) throws -> Node {
        guard let node = self[key] else { throw TenantFileError(path: "\(path).\(key)", expected: what, found: "nothing") }
        return node
    }
}
