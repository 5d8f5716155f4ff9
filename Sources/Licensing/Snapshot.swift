import Foundation

/// Everything a tenant stores, as plain Codable data (for the SQLite store and JSON export), and
/// the unit of comparison in tests: the indexes are not part of it, they are rebuilt on load.
public struct TenantSnapshot: Equatable, Sendable, Codable {
    public struct QueuedGroup: Equatable, Sendable, Codable {
        public var groupId: UUID
        public var full: Bool
        public var users: [UUID]
        public var queuedAt: Date
        /// A dynamic group's membership to evaluate against its rule: every user, or these.
        public var membershipFull: Bool?
        public var membershipUsers: [UUID]?

        public init(groupId: UUID, full: Bool, users: [UUID], queuedAt: Date, membershipFull: Bool? = nil, membershipUsers: [UUID]? = nil) {
            self.groupId = groupId
            self.full = full
            self.users = users
            self.queuedAt = queuedAt
            self.membershipFull = membershipFull
            self.membershipUsers = membershipUsers
        }
    }

    public var name: String
    public var tenantId: UUID
    public var settings: TenantSettings
    public var subscribedSkus: [SubscribedSku]
    public var users: [User]
    public var groups: [Group]
    public var recipients: [Recipient]
    public var queue: [QueuedGroup]
    /// The lab's outbox (Mail.swift). Checkpoints written before it existed have none.
    public var outbox: [MailMessage]
    /// Products from an export that the built-in catalog lacks (CustomProducts.swift).
    public var products: [CustomProduct]

    public init(name: String, tenantId: UUID, settings: TenantSettings, subscribedSkus: [SubscribedSku], users: [User],
                groups: [Group], recipients: [Recipient], queue: [QueuedGroup], outbox: [MailMessage] = [],
                products: [CustomProduct] = []) {
        self.products = products
        self.name = name
        self.tenantId = tenantId
        self.settings = settings
        self.subscribedSkus = subscribedSkus
        self.users = users
        self.groups = groups
        self.recipients = recipients
        self.queue = queue
        self.outbox = outbox
    }

    private enum CodingKeys: String, CodingKey {
        case name, tenantId, settings, subscribedSkus, users, groups, recipients, queue, outbox, products
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(name: try c.decode(String.self, forKey: .name), tenantId: try c.decode(UUID.self, forKey: .tenantId),
                  settings: try c.decode(TenantSettings.self, forKey: .settings),
                  subscribedSkus: try c.decode([SubscribedSku].self, forKey: .subscribedSkus),
                  users: try c.decode([User].self, forKey: .users), groups: try c.decode([Group].self, forKey: .groups),
                  recipients: try c.decode([Recipient].self, forKey: .recipients),
                  queue: try c.decode([QueuedGroup].self, forKey: .queue),
                  outbox: try c.decodeIfPresent([MailMessage].self, forKey: .outbox) ?? [],
                  products: try c.decodeIfPresent([CustomProduct].self, forKey: .products) ?? [])
    }
}

extension Tenant {
    public func snapshot() -> TenantSnapshot {
        TenantSnapshot(
            name: name, tenantId: tenantId, settings: settings, subscribedSkus: subscribedSkus, users: users,
            groups: groups, recipients: recipients,
            queue: queue.elements.compactMap { id in
                pendingWork[id].map {
                    .init(groupId: id, full: $0.full, users: $0.users.elements, queuedAt: $0.queuedAt,
                          membershipFull: $0.ruleFull ? true : nil, membershipUsers: $0.ruleUsers.isEmpty ? nil : $0.ruleUsers.elements)
                }
            },
            outbox: outbox, products: customProducts)
    }

    /// Rebuilds a tenant and its indexes from stored data.
    public convenience init(snapshot s: TenantSnapshot, catalog: Catalog = .standard, clock: TenantClock = .system) {
        self.init(name: s.name, tenantId: s.tenantId, settings: s.settings, catalog: catalog, clock: clock)
        load(s)
    }
}
