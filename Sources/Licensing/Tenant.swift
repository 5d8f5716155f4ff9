import Foundation

/// The simulated Microsoft 365 tenant: its products, users, groups and Exchange recipients, and the
/// license-assignment rules of docs/licensing.md. One object owns one tenant; nothing is global, so any
/// number of tenants can live in one process. Every mutating call is atomic: it validates fully,
/// then applies, and throws a `LicensingError` without changing anything when a rule fails.
public final class Tenant {
    public internal(set) var tenantId: UUID
    /// `contoso`: the tenant part of AccountSkuIds and of the initial domain.
    public internal(set) var name: String
    /// Scripts change settings by assignment (`Set-LabTenant`); each assignment is one change.
    public var settings: TenantSettings { didSet { settingsDidChange() } }
    /// The built-in catalog, extended by the products of an imported export (`customProducts`).
    public internal(set) var catalog: Catalog
    /// The catalog the tenant was made with, before any product from an export.
    public let baseCatalog: Catalog
    /// Products an export brought that the built-in catalog lacks (CustomProducts.swift).
    public internal(set) var customProducts: [CustomProduct] = []
    public var clock: TenantClock

    public internal(set) var subscribedSkus: [SubscribedSku] = [] {
        didSet {
            subscribedProducts = subscribedSkus.compactMap { catalog.product(skuId: $0.skuId) }
            if isRecording { changes.subscriptions = true }
        }
    }
    /// The catalog products of `subscribedSkus`, same order.
    var subscribedProducts: [Product] = []

    /// A tenant owns a few dozen products at most: a linear scan comparing ids beats hashing them,
    /// and this is asked several times per member when a group is processed.
    func skuSlot(_ skuId: UUID) -> Int? {
        subscribedSkus.withUnsafeBufferPointer { skus in
            for i in skus.indices where skus[i].skuId == skuId { return i }
            return nil
        }
    }

    func subscribedProduct(_ skuId: UUID) -> Product? {
        for p in subscribedProducts where p.skuId == skuId { return p }
        return catalog.product(skuId: skuId)
    }

    /// All users, soft-deleted ones included, in creation order.
    public internal(set) var users: [User] = []
    var userSlots: [UUID: Int] = [:]
    var upnIndex: [String: UUID] = [:]

    public internal(set) var groups: [Group] = []
    var groupSlots: [UUID: Int] = [:]

    public internal(set) var recipients: [Recipient] = []
    var recipientSlots: [UUID: Int] = [:]
    var proxyIndex: [String: UUID] = [:]
    /// Recipients of mail-enabled groups by group id (users keep theirs in `User.mailboxId`).
    var recipientByObject: [UUID: UUID] = [:]

    /// The audit log's records not yet handed to a store (Audit.swift), oldest first.
    var auditLog: [AuditRecord] = []
    /// How many mutating calls this object has made (each outermost call counts once): with the
    /// store's position in its call log, what the portal's live refresh watches.
    public internal(set) var changeCount = 0

    /// The lab's outbox (Mail.swift), oldest first.
    public internal(set) var outbox: [MailMessage] = []
    var outboxSlots: [UUID: Int] = [:]

    var ledger = SeatLedger()

    /// New object ids. Foundation's `UUID()` reads /dev/urandom on every call on Linux, which
    /// dominated creating 100,000 users; this generator is seeded from it once.
    var idGenerator = SplitMix64(seed: UInt64.random(in: .min ... .max))

    func newObjectId() -> UUID { UUID.random(using: &idGenerator) }

    /// Groups waiting for license processing, in the order they were queued.
    var queue = OrderedIDSet()
    var pendingWork: [UUID: PendingWork] = [:]

    /// Whether some dynamic group follows its rule (DynamicGroups.swift): users a change touches
    /// are then checked against the rules when the change ends.
    var followsRules = false
    var ruleCandidates = Set<UUID>()
    /// Parsed rules by their text.
    var parsedRules: [String: MembershipRule] = [:]

    /// Persistence (see ChangeJournal.swift): who is told about changes, and what the current
    /// outermost mutating call has changed so far.
    public weak var changeObserver: TenantChangeObserver? { didSet { isRecording = changeObserver != nil } }
    var isRecording = false
    var changes = TenantChanges()
    var changeDepth = 0

    struct PendingWork: Equatable, Sendable, Codable {
        /// Re-evaluate every member and every holder of the group's records.
        var full = false
        /// Users whose membership changed.
        var users = OrderedIDSet()
        var queuedAt: Date
        /// A dynamic group's membership to evaluate against its rule: every user, or these.
        var ruleFull = false
        var ruleUsers = OrderedIDSet()
    }

    public init(name: String = "contoso", tenantId: UUID = UUID(), settings: TenantSettings = TenantSettings(),
                catalog: Catalog = .standard, clock: TenantClock = .system) {
        self.name = name
        self.tenantId = tenantId
        self.settings = settings
        self.catalog = catalog
        self.baseCatalog = catalog
        self.clock = clock
    }

    public var initialDomain: String { "\(name).onmicrosoft.com" }

    public func accountSkuId(_ skuPartNumber: String) -> String { "\(name):\(skuPartNumber)" }

    // MARK: Slots

    func userSlot(_ id: UUID) -> Int? { userSlots[id] }
    func groupSlot(_ id: UUID) -> Int? { groupSlots[id] }

    func requireUser(_ id: UUID, allowDeleted: Bool = false) throws(LicensingError) -> Int {
        guard let slot = userSlots[id], allowDeleted || !users[slot].isDeleted else {
            throw LicensingError(code: .userNotFound, message: LicensingMessages.userNotFound(id.lowercasedString),
                                 targetObjectId: id)
        }
        return slot
    }

    func requireGroup(_ id: UUID) throws(LicensingError) -> Int {
        guard let slot = groupSlots[id] else {
            throw LicensingError(code: .groupNotFound, message: LicensingMessages.groupNotFound(id.lowercasedString),
                                 targetObjectId: id)
        }
        return slot
    }

    /// The one place user records change: keeps the seat and group indexes in step.
    func mutateUser(at slot: Int, _ body: (inout User) -> Void) {
        let before = SeatLedger.Contribution(users[slot])
        body(&users[slot])
        noteUser(users[slot].objectId)
        let after = SeatLedger.Contribution(users[slot])
        ledger.update(user: users[slot].objectId, from: before, to: after)
    }

    func rebuildUserSlots() {
        userSlots.removeAll(keepingCapacity: true)
        for (i, u) in users.enumerated() { userSlots[u.objectId] = i }
    }

    func rebuildGroupSlots() {
        groupSlots.removeAll(keepingCapacity: true)
        for (i, g) in groups.enumerated() { groupSlots[g.objectId] = i }
    }

    func rebuildRecipientSlots() {
        recipientSlots.removeAll(keepingCapacity: true)
        for (i, r) in recipients.enumerated() { recipientSlots[r.id] = i }
    }

    // MARK: Index verification

    /// The derived indexes, recomputed from scratch from the records (for tests and the store).
    func recountedLedger() -> SeatLedger {
        var fresh = SeatLedger()
        for u in users { fresh.update(user: u.objectId, from: .init(), to: .init(u)) }
        return fresh
    }

    /// True when every incrementally kept index equals a recount from the stored objects.
    public func indexesAreConsistent() -> Bool {
        guard ledger == recountedLedger() else { return false }
        for (i, u) in users.enumerated() where userSlots[u.objectId] != i { return false }
        guard userSlots.count == users.count, groupSlots.count == groups.count,
              recipientSlots.count == recipients.count else { return false }
        for u in users where upnIndex[u.userPrincipalName.lowercased()] != u.objectId { return false }
        guard upnIndex.count == users.count else { return false }
        for (i, g) in groups.enumerated() {
            guard groupSlots[g.objectId] == i else { return false }
            for m in g.members {
                guard let s = userSlots[m], users[s].memberOf.contains(g.objectId) else { return false }
            }
        }
        for u in users {
            for g in u.memberOf {
                guard let s = groupSlots[g], groups[s].members.contains(u.objectId) else { return false }
            }
        }
        for u in users {
            guard let m = u.mailboxId else { continue }
            guard let s = recipientSlots[m], recipients[s].externalDirectoryObjectId == u.objectId else { return false }
        }
        var proxies = 0
        for (i, r) in recipients.enumerated() {
            guard recipientSlots[r.id] == i else { return false }
            for a in r.emailAddresses {
                guard proxyIndex[a.uniquenessKey] == r.id else { return false }
                proxies += 1
            }
        }
        return proxies == proxyIndex.count
    }
}

/// Steele, Lea and Flood's SplitMix64: distinct outputs for distinct states, so ids drawn in
/// sequence never repeat.
public struct SplitMix64: RandomNumberGenerator, Sendable {
    private var state: UInt64

    public init(seed: UInt64) { state = seed }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

extension String {
    /// Equal ignoring ASCII case, without allocating.
    func asciiCaseInsensitiveEquals(_ other: String) -> Bool {
        var a = utf8.makeIterator(), b = other.utf8.makeIterator()
        while true {
            switch (a.next(), b.next()) {
            case (nil, nil): return true
            case (let x?, let y?):
                if x == y { continue }
                let lx = x | 0x20, ly = y | 0x20
                guard lx == ly, lx >= 97, lx <= 122 else { return false }
            default: return false
            }
        }
    }

    /// Without spaces and tabs at either end (ASCII only: cheaper than Foundation's trimming).
    public var trimmedSpaces: String {
        let u = utf8
        guard let first = u.first, let last = u.last, first == 32 || first == 9 || last == 32 || last == 9 else { return self }
        var start = u.startIndex, end = u.endIndex
        while start < end, u[start] == 32 || u[start] == 9 { start = u.index(after: start) }
        while end > start, u[u.index(before: end)] == 32 || u[u.index(before: end)] == 9 { end = u.index(before: end) }
        return String(self[start..<end])
    }
}

extension UUID {
    /// A random (version 4) id from a generator.
    static func random<G: RandomNumberGenerator>(using g: inout G) -> UUID {
        let a = g.next(), b = g.next()
        var bytes = (UInt8(truncatingIfNeeded: a), UInt8(truncatingIfNeeded: a >> 8), UInt8(truncatingIfNeeded: a >> 16),
                     UInt8(truncatingIfNeeded: a >> 24), UInt8(truncatingIfNeeded: a >> 32), UInt8(truncatingIfNeeded: a >> 40),
                     UInt8(truncatingIfNeeded: a >> 48), UInt8(truncatingIfNeeded: a >> 56), UInt8(truncatingIfNeeded: b),
                     UInt8(truncatingIfNeeded: b >> 8), UInt8(truncatingIfNeeded: b >> 16), UInt8(truncatingIfNeeded: b >> 24),
                     UInt8(truncatingIfNeeded: b >> 32), UInt8(truncatingIfNeeded: b >> 40), UInt8(truncatingIfNeeded: b >> 48),
                     UInt8(truncatingIfNeeded: b >> 56))
        bytes.6 = (bytes.6 & 0x0F) | 0x40
        bytes.8 = (bytes.8 & 0x3F) | 0x80
        return UUID(uuid: bytes)
    }

    /// Graph and MSOnline print GUIDs in lower case.
    public var lowercasedString: String {
        // written digit by digit: `uuidString.lowercased()` formats with sprintf and then
        // lowercases, and Graph objects write several ids for every user
        withUnsafeBytes(of: uuid) { raw in
            String(unsafeUninitializedCapacity: 36) { out in
                let digits: StaticString = "0123456789abcdef"
                var o = 0
                for (i, byte) in raw.enumerated() {
                    if i == 4 || i == 6 || i == 8 || i == 10 { out[o] = UInt8(ascii: "-"); o += 1 }
                    digits.withUTF8Buffer { d in
                        out[o] = d[Int(byte >> 4)]
                        out[o + 1] = d[Int(byte & 0x0F)]
                    }
                    o += 2
                }
                return o
            }
        }
    }

    /// A stable id derived from this one (a mailbox's Exchange id from its user's objectId, ...),
    /// so that the same operations always build the same tenant.
    func derived(_ salt: UInt8, _ counter: Int = 0) -> UUID {
        var bytes = uuid
        bytes.0 ^= salt
        bytes.1 ^= 0xA5
        bytes.15 ^= UInt8(truncatingIfNeeded: counter)
        bytes.14 ^= UInt8(truncatingIfNeeded: counter >> 8)
        return UUID(uuid: bytes)
    }
}
