import Foundation

/// Everything a tenant stores, as plain Codable data (for the SQLite store and JSON export), and
/// the unit of comparison in tests: the indexes are not part of it, they are rebuilt on load.
public struct TenantSnapshot: Equatable, Sendable, Codable {
    public struct QueuedGroup: Equatable, Sendable, Codable {
        public var groupId: UUID
        public var full: Bool
        public var users: [UUID]
        public var queuedAt: Date
    }

    public var name: String
    public var tenantId: UUID
    public var settings: TenantSettings
    public var subscribedSkus: [SubscribedSku]
    public var users: [User]
    public var groups: [Group]
    public var recipients: [Recipient]
    public var queue: [QueuedGroup]
}

extension Tenant {
    public func snapshot() -> TenantSnapshot {
        TenantSnapshot(
            name: name, tenantId: tenantId, settings: settings, subscribedSkus: subscribedSkus, users: users,
            groups: groups, recipients: recipients,
            queue: queue.elements.compactMap { id in
                pendingWork[id].map { .init(groupId: id, full: $0.full, users: $0.users.elements, queuedAt: $0.queuedAt) }
            })
    }

    /// Rebuilds a tenant and its indexes from stored data.
    public convenience init(snapshot s: TenantSnapshot, catalog: Catalog = .standard, clock: TenantClock = .system) {
        self.init(name: s.name, tenantId: s.tenantId, settings: s.settings, catalog: catalog, clock: clock)
        subscribedSkus = s.subscribedSkus
        subscribedProducts = subscribedSkus.compactMap { catalog.product(skuId: $0.skuId) }
        users = s.users
        rebuildUserSlots()
        for u in users { upnIndex[u.userPrincipalName.lowercased()] = u.objectId }
        groups = s.groups
        rebuildGroupSlots()
        for r in s.recipients { insertRecipient(r) }
        ledger = recountedLedger()
        for q in s.queue {
            queue.append(q.groupId)
            pendingWork[q.groupId] = PendingWork(full: q.full, users: OrderedIDSet(q.users), queuedAt: q.queuedAt)
        }
    }
}
