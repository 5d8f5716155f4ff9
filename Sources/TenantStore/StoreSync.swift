import Foundation
import GRDB
import GRDBSQLite
import Licensing

// One transaction per tenant call, and catching up with other processes.
extension TenantStore {
    // MARK: TenantChangeObserver

    public func tenantWillChange(_ tenant: Tenant) {
        guard persistsTenant, tenant === self.tenant, !transactionOpen else { return }
        willChangeFailure = nil
        do {
            try dbQueue.inDatabase { db in
                try hot(db).begin.execute()
                transactionOpen = true
                try catchUp(db)
            }
        } catch {
            // no lock (another shell held it past the busy timeout, a read-only file): the call
            // goes on in memory and is undone when it ends
            if transactionOpen { try? dbQueue.inDatabase { db in try db.execute(sql: "ROLLBACK") } }
            transactionOpen = false
            hotStatements = nil
            willChangeFailure = error
        }
    }

    public func tenantDidChange(_ tenant: Tenant, changes: TenantChanges) {
        guard persistsTenant, tenant === self.tenant else { return }
        if let failure = willChangeFailure {
            willChangeFailure = nil
            commitFailed(failure)
            return
        }
        do {
            try dbQueue.inDatabase { db in
                let hot = try hot(db)
                if !transactionOpen {
                    try hot.begin.execute()
                    transactionOpen = true
                }
                do {
                    if !changes.isEmpty { try write(changes, db) }
                    try hot.commit.execute()
                    transactionOpen = false
                } catch {
                    try? db.execute(sql: "ROLLBACK")
                    transactionOpen = false
                    throw error
                }
            }
        } catch {
            transactionOpen = false
            commitFailed(error)
        }
    }

    /// A change that could not be saved is undone: the tenant is put back as the file holds it
    /// (the whole tenant is read again), and the failure is reported so that the call fails.
    func commitFailed(_ error: Error) {
        let cause = Self.describe(error)
        // GRDB does not reuse a statement that failed: prepare the per-call statements again
        hotStatements = nil
        var restored = true
        do {
            let snapshot: TenantSnapshot = try dbQueue.inDatabase { db in
                try db.execute(sql: "BEGIN")
                defer { try? db.execute(sql: "COMMIT") }
                let s = try Self.readSnapshot(db)
                try noteCaughtUp(db)
                return s
            }
            tenant.applyStored(snapshot: snapshot)
        } catch {
            restored = false
        }
        onError?(TenantStoreError(kind: .commitFailed, path: path ?? "", cause: cause, restored: restored))
    }

    /// Brings the tenant up to date with what other processes committed since this one last
    /// looked (nothing to do, and no query beyond `PRAGMA data_version`, when nobody did). The
    /// shell calls it before each statement.
    public func refresh() {
        guard persistsTenant, !transactionOpen else { return }
        do {
            try dbQueue.inDatabase { db in
                let version = try Self.dataVersion(hot(db).dataVersion)
                guard version != lastDataVersion else { return }
                try db.execute(sql: "BEGIN")
                defer { try? db.execute(sql: "COMMIT") }
                try catchUp(db)
            }
        } catch {
            onWarning?(TenantStoreError("the tenant store could not read other shells' changes: \(Self.describe(error))"))
        }
    }

    /// Replaces the session's tenant object (Reset-LabTenant built a new one): writes it whole in
    /// one transaction and observes it from now on.
    public func adopt(_ newTenant: Tenant) {
        if tenant !== newTenant, tenant.changeObserver === self { tenant.changeObserver = nil }
        tenant = newTenant
        guard persistsTenant else { return }
        newTenant.changeObserver = self
        do {
            try dbQueue.inDatabase { db in
                try db.execute(sql: "BEGIN IMMEDIATE")
                do {
                    try writeAll(newTenant.snapshot(), db)
                    try db.execute(sql: "COMMIT")
                } catch {
                    try? db.execute(sql: "ROLLBACK")
                    throw error
                }
            }
        } catch {
            commitFailed(error)
        }
    }

    /// Copies the write-ahead log into the database file and empties it (SQLite does this on its
    /// own every 1,000 pages; the benchmark calls it to measure the file alone).
    public func flushWriteAheadLog() {
        guard persistsTenant, !transactionOpen else { return }
        do {
            try dbQueue.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA wal_checkpoint(TRUNCATE)") }
        } catch {
            onWarning?(TenantStoreError("the tenant store could not fold its write-ahead log into the file: \(Self.describe(error))"))
        }
    }

    // MARK: Catching up

    func catchUp(_ db: Database) throws {
        let version = try Self.dataVersion(hot(db).dataVersion)
        guard version != lastDataVersion else { return }
        lastDataVersion = version
        let floor = try Int64.fetchOne(db, sql: "SELECT CAST(value AS INTEGER) FROM meta WHERE key = 'log_floor'") ?? 0
        let rows = try Row.fetchAll(db, sql: "SELECT seq, kind, id, id2 FROM changes WHERE seq > ? ORDER BY seq",
                                    arguments: [lastSeq])
        guard let lastRow = rows.last, let last = try lastRow.decode(Int64?.self, atIndex: 0) else { return }
        if try lastSeq < floor || rows.contains(where: { try $0.decode(Int64?.self, atIndex: 1) == Kind.everything.rawValue }) {
            tenant.applyStored(snapshot: try Self.readSnapshot(db))
            lastSeq = last
            return
        }
        let local = tenant.pendingChanges
        var settings = false, subscriptions = false, queue = false
        var users: [UUID] = [], groups: [UUID] = [], recipients: [UUID] = [], mail: [UUID] = []
        var seenUsers = Set<UUID>(), seenGroups = Set<UUID>(), seenRecipients = Set<UUID>(), seenMail = Set<UUID>()
        var memberships: [(UUID, UUID)] = []
        var seenMemberships = Set<[UUID]>()
        for row in rows {
            guard let raw = try row.decode(Int64?.self, atIndex: 1), let kind = Kind(rawValue: raw) else { continue }
            let id = try? row.decode(UUID?.self, atIndex: 2), id2 = try? row.decode(UUID?.self, atIndex: 3)
            switch kind {
            case .everything: break
            case .settings: settings = !local.settings
            case .subscriptions: subscriptions = true
            case .queue: queue = true
            case .user: if let id, !local.users.contains(id), seenUsers.insert(id).inserted { users.append(id) }
            case .group: if let id, !local.groups.contains(id), seenGroups.insert(id).inserted { groups.append(id) }
            case .recipient:
                if let id, !local.recipients.contains(id), seenRecipients.insert(id).inserted { recipients.append(id) }
            case .membership:
                if let id, let id2, seenMemberships.insert([id, id2]).inserted { memberships.append((id, id2)) }
            case .mail: if let id, !local.mail.contains(id), seenMail.insert(id).inserted { mail.append(id) }
            }
        }
        func meta<T: Decodable>(_ key: String, _ type: T.Type) throws -> T? {
            try Data.fetchOne(db, sql: "SELECT value FROM meta WHERE key = ?", arguments: [key]).map { try RowCodec.fromJSON(type, $0) }
        }
        if settings, let s = try meta("settings", TenantSettings.self) { tenant.applyStoredSettings(s) }
        if subscriptions, let s = try meta("subscriptions", [SubscribedSku].self) { tenant.applyStoredSubscriptions(s) }
        if queue, let q = try meta("queue", [TenantSnapshot.QueuedGroup].self) { tenant.applyStoredQueue(q) }
        for (id, bytes) in try rowsInOrder("users", users, db) {
            tenant.applyStored(userId: id, try bytes.map { try RowCodec.decodeUser($0) })
        }
        for (id, bytes) in try rowsInOrder("groups", groups, db) {
            guard let bytes else { tenant.applyStored(groupId: id, nil); continue }
            let stored = try RowCodec.fromJSON(StoredGroup.self, Data(bytes))
            let members = try tenant.group(id: id)?.members ?? storedMembers(of: id, db)
            tenant.applyStored(groupId: id, stored.group(members: members))
        }
        let isMember = try db.cachedStatement(sql: "SELECT 1 FROM memberships WHERE group_id = ? AND user_id = ?")
        for (g, u) in memberships {
            let present = try Int.fetchOne(isMember, arguments: [g, u]) != nil
            tenant.applyStoredMembership(groupId: g, userId: u, isMember: present)
        }
        for (id, bytes) in try rowsInOrder("recipients", recipients, db) {
            tenant.applyStored(recipientId: id, try bytes.map { try RowCodec.decodeRecipient($0) })
        }
        for (id, bytes) in try rowsInOrder("outbox", mail, db) {
            tenant.applyStored(mailId: id, try bytes.map { try RowCodec.fromJSON(MailMessage.self, Data($0)) })
        }
        lastSeq = last
    }

    /// The stored rows of `ids`: missing ones first (as nil: the object is gone), then the others in
    /// stored order, so new objects are appended in the order the other process created them.
    func rowsInOrder(_ table: String, _ ids: [UUID], _ db: Database) throws -> [(UUID, [UInt8]?)] {
        guard !ids.isEmpty else { return [] }
        let select = try db.cachedStatement(sql: "SELECT ord, data FROM \(table) WHERE id = ?")
        var missing: [(UUID, [UInt8]?)] = [], found: [(Int64, UUID, [UInt8])] = []
        for id in ids {
            if let row = try Row.fetchOne(select, arguments: [id]), let ord = try row.decode(Int64?.self, atIndex: 0), let data = try row.decode(Data?.self, atIndex: 1) {
                found.append((ord, id, [UInt8](data)))
            } else {
                missing.append((id, nil))
            }
        }
        return missing + found.sorted { $0.0 < $1.0 }.map { ($0.1, $0.2) }
    }

    func storedMembers(of groupId: UUID, _ db: Database) throws -> OrderedIDSet {
        OrderedIDSet(try UUID.fetchAll(db, sql: "SELECT user_id FROM memberships WHERE group_id = ? ORDER BY ord",
                                       arguments: [groupId]))
    }

    // MARK: Writing one call's changes

    func write(_ c: TenantChanges, _ db: Database) throws {
        if c.everything {
            try writeAll(tenant.snapshot(), db)
            return
        }
        var entries: [(Kind, UUID?, UUID?)] = []
        if c.settings {
            try setMeta("settings", tenant.settings, db)
            entries.append((.settings, nil, nil))
        }
        if c.subscriptions {
            try setMeta("subscriptions", tenant.subscribedSkus, db)
            entries.append((.subscriptions, nil, nil))
        }
        if c.queue {
            try setMeta("queue", tenant.snapshotQueue(), db)
            entries.append((.queue, nil, nil))
        }
        try writeRows("users", c.users, upsert: { try self.hot(db).userUpsert }, position: tenant.position(ofUser:), db) { id in
            tenant.position(ofUser: id).map { RowCodec.encode(tenant.users[$0]) }
        }
        try writeRows("groups", c.groups, position: tenant.position(ofGroup:), db) { id in
            try tenant.group(id: id).map { [UInt8](try RowCodec.json(StoredGroup($0))) }
        }
        let deletedGroups = c.groups.isEmpty ? [] : c.groups.filter { tenant.position(ofGroup: $0) == nil }
        for g in deletedGroups {
            try db.execute(sql: "DELETE FROM memberships WHERE group_id = ?", arguments: [g])
        }
        if !c.memberships.isEmpty {
            let add = try db.cachedStatement(sql: "INSERT OR IGNORE INTO memberships(group_id, user_id) VALUES (?, ?)")
            let remove = try db.cachedStatement(sql: "DELETE FROM memberships WHERE group_id = ? AND user_id = ?")
            for m in c.memberships where !deletedGroups.contains(m.groupId) {
                try (m.isMember ? add : remove).execute(arguments: [m.groupId, m.userId])
                entries.append((.membership, m.groupId, m.userId))
            }
        }
        try writeRows("recipients", c.recipients, upsert: { try self.hot(db).recipientUpsert }, position: tenant.position(ofRecipient:), db) { id in
            tenant.position(ofRecipient: id).map { RowCodec.encode(tenant.recipients[$0]) }
        }
        try writeRows("outbox", c.mail, position: tenant.position(ofMail:), db) { id in
            try tenant.position(ofMail: id).map { [UInt8](try RowCodec.json(tenant.outbox[$0])) }
        }
        for id in c.mail { entries.append((.mail, id, nil)) }
        for id in c.users { entries.append((.user, id, nil)) }
        for id in c.groups { entries.append((.group, id, nil)) }
        for id in c.recipients { entries.append((.recipient, id, nil)) }
        try log(entries, db)
    }

    /// Upserts the rows of objects that exist, in the tenant's order (so new rows get increasing
    /// `ord`), and deletes the rows of those that are gone.
    private func writeRows(_ table: String, _ ids: Set<UUID>, upsert: (() throws -> Statement)? = nil,
                           position: (UUID) -> Int?, _ db: Database, data: (UUID) throws -> [UInt8]?) throws {
        guard !ids.isEmpty else { return }
        let upsert = try upsert?() ?? db.cachedStatement(sql: Self.upsertSQL(table))
        var present: [(Int, UUID)] = []
        present.reserveCapacity(ids.count)
        for id in ids {
            if let p = position(id) {
                present.append((p, id))
            } else {
                try db.cachedStatement(sql: "DELETE FROM \(table) WHERE id = ?").execute(arguments: [id])
            }
        }
        present.sort { $0.0 < $1.0 }
        for (_, id) in present {
            if let d = try data(id) { try Self.step(upsert, id, d) }
        }
    }
}

extension Tenant {
    func snapshotQueue() -> [TenantSnapshot.QueuedGroup] { snapshot().queue }
}
