import Foundation

/// The simulated Microsoft 365 tenant: its products, users, groups and Exchange recipients, and the
/// license-assignment rules of LICENSING.md. One object owns one tenant; nothing is global, so any
/// number of tenants can live in one process. Every mutating call is atomic: it validates fully,
/// then applies, and throws a `LicensingError` without changing anything when a rule fails.
public final class Tenant {
    public let tenantId: UUID
    /// `contoso`: the tenant part of AccountSkuIds and of the initial domain.
    public let name: String
    public var settings: TenantSettings
    public let catalog: Catalog
    public var clock: TenantClock

    public internal(set) var subscribedSkus: [SubscribedSku] = []
    var skuSlots: [UUID: Int] = [:]

    /// All users, soft-deleted ones included, in creation order.
    public internal(set) var users: [User] = []
    var userSlots: [UUID: Int] = [:]
    var upnIndex: [String: UUID] = [:]

    public internal(set) var groups: [Group] = []
    var groupSlots: [UUID: Int] = [:]

    public internal(set) var recipients: [Recipient] = []
    var recipientSlots: [UUID: Int] = [:]
    var proxyIndex: [String: UUID] = [:]
    var recipientByObject: [UUID: UUID] = [:]

    var ledger = SeatLedger()

    /// Groups waiting for license processing, in the order they were queued.
    var queue = OrderedIDSet()
    var pendingWork: [UUID: PendingWork] = [:]

    struct PendingWork: Equatable, Sendable, Codable {
        /// Re-evaluate every member and every holder of the group's records.
        var full = false
        /// Users whose membership changed.
        var users = OrderedIDSet()
        var queuedAt: Date
    }

    public init(name: String = "contoso", tenantId: UUID = UUID(), settings: TenantSettings = TenantSettings(),
                catalog: Catalog = .standard, clock: TenantClock = .system) {
        self.name = name
        self.tenantId = tenantId
        self.settings = settings
        self.catalog = catalog
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

extension UUID {
    /// Graph and MSOnline print GUIDs in lower case.
    public var lowercasedString: String { uuidString.lowercased() }

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
