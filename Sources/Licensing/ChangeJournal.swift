import Foundation

/// What one mutating call changed, by object id: enough for a store to write only those rows.
/// Ids of objects that no longer exist (a purged user, a deleted group) mean "remove the row".
public struct TenantChanges: Equatable, Sendable {
    /// A group membership (user members only; nested groups are part of the group itself).
    public struct Membership: Hashable, Sendable {
        public var groupId: UUID
        public var userId: UUID
        public var isMember: Bool
        public init(groupId: UUID, userId: UUID, isMember: Bool) {
            self.groupId = groupId
            self.userId = userId
            self.isMember = isMember
        }
    }

    /// The whole tenant was replaced (`replaceAll(with:)`: import, restore of a checkpoint).
    public var everything = false
    public var settings = false
    public var subscriptions = false
    public var queue = false
    public var users: Set<UUID> = []
    public var groups: Set<UUID> = []
    public var recipients: Set<UUID> = []
    /// Outbox messages sent (or cleared, when they no longer exist).
    public var mail: Set<UUID> = []
    /// In the order they happened (the last word on a pair wins).
    public var memberships: [Membership] = []

    public init() {}

    public var isEmpty: Bool {
        !everything && !settings && !subscriptions && !queue && users.isEmpty && groups.isEmpty && recipients.isEmpty
            && memberships.isEmpty && mail.isEmpty
    }
}

/// Told about each atomic change of a tenant: the persistence seam. Every public mutating method
/// of `Tenant` is one change (nested calls, like `createUser` licensing the new user, are part of
/// the outermost one); so is each assignment to `settings`.
public protocol TenantChangeObserver: AnyObject {
    /// Before the change reads anything: a store takes its write lock here and brings the tenant
    /// up to date with what other processes committed (through the `applyStored…` methods).
    func tenantWillChange(_ tenant: Tenant)
    /// After the change, whether it succeeded or threw (a call that throws changed nothing, so
    /// `changes` is then usually empty); always paired with `tenantWillChange`.
    func tenantDidChange(_ tenant: Tenant, changes: TenantChanges)
}

extension Tenant {
    // MARK: Recording

    /// Runs several changes as one: the observer (the tenant store) sees a single change, committed
    /// atomically, when `body` returns or throws. For cmdlets that make more than one call
    /// (New-MsolUser creates the user, assigns licenses and sets attributes).
    public func changing<T>(_ body: () throws -> T) rethrows -> T {
        beginChange(); defer { endChange() }
        return try body()
    }

    func beginChange() {
        changeDepth += 1
        if changeDepth == 1, isRecording, let observer = changeObserver { observer.tenantWillChange(self) }
    }

    func endChange() {
        // users this change touched may now match a dynamic group's rule, or stop matching
        if changeDepth == 1, !ruleCandidates.isEmpty { queueRuleChecks() }
        changeDepth -= 1
        if changeDepth == 0 { changeCount &+= 1 }
        guard changeDepth == 0, isRecording else { return }
        let done = changes
        changes = TenantChanges()
        changeObserver?.tenantDidChange(self, changes: done)
    }

    func settingsDidChange() {
        guard isRecording else { return }
        changes.settings = true
        if changeDepth == 0 {
            // An assignment outside a mutating call is a change of its own.
            changeDepth = 1
            changeObserver?.tenantWillChange(self)
            endChange()
        } else if changeDepth == 0 {
            changeCount &+= 1
        }
    }

    @inline(__always) func noteUser(_ id: UUID) {
        if isRecording { changes.users.insert(id) }
        if followsRules { ruleCandidates.insert(id) }
    }
    @inline(__always) func noteGroup(_ id: UUID) { if isRecording { changes.groups.insert(id) } }
    @inline(__always) func noteRecipient(_ id: UUID) { if isRecording { changes.recipients.insert(id) } }
    @inline(__always) func noteMail(_ id: UUID) { if isRecording { changes.mail.insert(id) } }
    @inline(__always) func noteQueue() { if isRecording { changes.queue = true } }
    @inline(__always) func noteMembership(groupId: UUID, userId: UUID, isMember: Bool) {
        if isRecording { changes.memberships.append(.init(groupId: groupId, userId: userId, isMember: isMember)) }
    }

    /// The change being recorded so far (a store reads it to keep locally changed objects when it
    /// catches up, see `tenantWillChange`).
    public var pendingChanges: TenantChanges { changes }

    // MARK: Positions (a store keeps rows in the tenant's order)

    public func position(ofUser id: UUID) -> Int? { userSlots[id] }
    public func position(ofGroup id: UUID) -> Int? { groupSlots[id] }
    public func position(ofRecipient id: UUID) -> Int? { recipientSlots[id] }

    // MARK: Applying stored state (what another process committed)

    /// Runs `body` without recording: the state it applies is already stored.
    private func applyingStored(_ body: () -> Void) {
        let recording = isRecording
        isRecording = false
        body()
        isRecording = recording
    }

    /// Replaces everything with `snapshot`, in place (the object and its observer stay). As a
    /// change (import, restore) it is recorded as `everything`; the store calls it without recording.
    public func replaceAll(with snapshot: TenantSnapshot) {
        beginChange(); defer { endChange() }
        applyingStored { load(snapshot) }
        if isRecording { changes.everything = true }
    }

    /// The same as `replaceAll(with:)`, for a store catching up: not recorded, no observer calls.
    public func applyStored(snapshot: TenantSnapshot) { applyingStored { load(snapshot) } }

    func load(_ s: TenantSnapshot) {
        name = s.name
        tenantId = s.tenantId
        if s.products != customProducts {
            customProducts = s.products
            catalog = s.products.isEmpty ? baseCatalog : baseCatalog.extended(with: s.products).catalog
        }
        settings = s.settings
        subscribedSkus = s.subscribedSkus
        users = s.users
        upnIndex.removeAll(keepingCapacity: true)
        rebuildUserSlots()
        for u in users { upnIndex[u.userPrincipalName.lowercased()] = u.objectId }
        groups = s.groups
        rebuildGroupSlots()
        refreshRuleState()
        recipients.removeAll(keepingCapacity: true)
        recipientSlots.removeAll(keepingCapacity: true)
        proxyIndex.removeAll(keepingCapacity: true)
        recipientByObject.removeAll(keepingCapacity: true)
        recipients.reserveCapacity(s.recipients.count)
        for r in s.recipients { insertRecipient(r) }
        ledger = recountedLedger()
        applyStoredQueue(s.queue)
        outbox = s.outbox
        rebuildOutboxSlots()
    }

    public func applyStoredSettings(_ settings: TenantSettings) { applyingStored { self.settings = settings } }

    public func applyStoredSubscriptions(_ skus: [SubscribedSku]) { applyingStored { subscribedSkus = skus } }

    public func applyStoredQueue(_ items: [TenantSnapshot.QueuedGroup]) {
        queue = OrderedIDSet()
        pendingWork = [:]
        for q in items {
            queue.append(q.groupId)
            pendingWork[q.groupId] = PendingWork(full: q.full, users: OrderedIDSet(q.users), queuedAt: q.queuedAt,
                                                 ruleFull: q.membershipFull ?? false, ruleUsers: OrderedIDSet(q.membershipUsers ?? []))
        }
    }

    /// A user as stored (nil: it no longer exists). New users go to the end.
    public func applyStored(userId id: UUID, _ user: User?) {
        if let slot = userSlots[id] {
            let old = users[slot]
            if upnIndex[old.userPrincipalName.lowercased()] == id { upnIndex[old.userPrincipalName.lowercased()] = nil }
            ledger.update(user: id, from: SeatLedger.Contribution(old), to: user.map { SeatLedger.Contribution($0) } ?? .init())
            if let user {
                users[slot] = user
            } else {
                users.remove(at: slot)
                rebuildUserSlots()
            }
        } else if let user {
            userSlots[id] = users.count
            users.append(user)
            ledger.update(user: id, from: .init(), to: SeatLedger.Contribution(user))
        }
        if let user { upnIndex[user.userPrincipalName.lowercased()] = id }
    }

    /// A group as stored, with its members (nil: it no longer exists).
    public func applyStored(groupId id: UUID, _ group: Group?) {
        defer { refreshRuleState() }
        if let slot = groupSlots[id] {
            if let group {
                groups[slot] = group
            } else {
                groups.remove(at: slot)
                rebuildGroupSlots()
            }
        } else if let group {
            groupSlots[id] = groups.count
            groups.append(group)
        }
    }

    /// One membership as stored (the user's `memberOf` comes with the user).
    public func applyStoredMembership(groupId: UUID, userId: UUID, isMember: Bool) {
        guard let g = groupSlots[groupId] else { return }
        if isMember { groups[g].members.append(userId) } else { groups[g].members.remove(userId) }
    }

    /// A recipient as stored (nil: it no longer exists). A user's `mailboxId` comes with the user.
    public func applyStored(recipientId id: UUID, _ recipient: Recipient?) {
        if let slot = recipientSlots[id] {
            let old = recipients[slot]
            for a in old.emailAddresses where proxyIndex[a.uniquenessKey] == id { proxyIndex[a.uniquenessKey] = nil }
            if let object = old.externalDirectoryObjectId, recipientByObject[object] == id { recipientByObject[object] = nil }
            if let recipient {
                recipients[slot] = recipient
                for a in recipient.emailAddresses { proxyIndex[a.uniquenessKey] = id }
                if let object = recipient.externalDirectoryObjectId, recipient.recipientType != .userMailbox {
                    recipientByObject[object] = id
                }
            } else {
                recipients.remove(at: slot)
                rebuildRecipientSlots()
            }
        } else if let recipient {
            applyingStored { insertRecipient(recipient) }
        }
    }
}
