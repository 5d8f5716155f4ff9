import Foundation
import GRDB
import GRDBSQLite
import Licensing

// One record per tenant call, and catching up with other processes (docs/persistence.md).
extension TenantStore {
    // MARK: TenantChangeObserver

    public func tenantWillChange(_ tenant: Tenant) {
        guard persistsTenant, tenant === self.tenant, let log = callLog, !log.locked.held else { return }
        willChangeFailure = nil
        do {
            try log.lock(exclusive: true, timeout: busyTimeout)
            try catchUpWithFile()
        } catch {
            // no lock (another shell held it past the busy timeout), or the file could not be
            // read: the call goes on in memory and is undone when it ends
            log.unlock()
            willChangeFailure = error
        }
    }

    public func tenantDidChange(_ tenant: Tenant, changes: TenantChanges) {
        guard persistsTenant, tenant === self.tenant, let log = callLog else { return }
        if let failure = willChangeFailure {
            willChangeFailure = nil
            commitFailed(failure)
            return
        }
        if !log.locked.held {
            do {
                try log.lock(exclusive: true, timeout: busyTimeout)
                try catchUpWithFile()
            } catch {
                log.unlock()
                commitFailed(error)
                return
            }
        }
        defer { log.unlock() }
        saveAuditRecords(of: tenant)
        guard !changes.isEmpty else { return }
        do {
            if changes.everything || changes.objectCount > recordLimit {
                try commitThroughDatabase(changes)
                return
            }
            callOffset = try log.appendRecord(try CallRecord.encode(changes, tenant, record: true), at: callOffset)
            unfolded.merge(changes)
        } catch {
            commitFailed(error)
            return
        }
        // the call is saved; folding the log into the database is housekeeping
        if callOffset > foldSize { fold(warnOnly: true) }
    }

    /// A change that could not be saved is undone: the tenant is put back as the file holds it
    /// (the whole tenant is read again), and the failure is reported so that the call fails.
    func commitFailed(_ error: Error) {
        let cause = Self.describe(error)
        // GRDB does not reuse a statement that failed: prepare the per-call statements again
        hotStatements = nil
        var restored = true
        do { try reloadFromFile() } catch { restored = false }
        onError?(TenantStoreError(kind: .commitFailed, path: path ?? "", cause: cause, restored: restored))
    }

    /// Reads the whole tenant again: the database, then the call log.
    func reloadFromFile() throws {
        guard let log = callLog else { return }
        // under the shared lock when it can be had at once; otherwise (another shell holds the
        // write lock, which is why a change failed) without it: the records are checksummed, and
        // what this process applied is tracked, so the next catching up corrects any race
        let held = log.locked.held
        if !held { try? log.lock(exclusive: false, timeout: 0) }
        defer { if !held { log.unlock() } }
        try reloadDatabase()
        try catchUpWithFile()
    }

    /// Brings the tenant up to date with what other processes saved since this one last looked:
    /// nothing to do, and no lock taken, when the call log's header and size are as this process
    /// left them. The shell calls it before each statement.
    public func refresh() {
        guard persistsTenant, let log = callLog, !log.locked.held else { return }
        // the size first: a fold and new records between the two reads change the header
        let size = log.size()
        if size == callOffset, let h = log.header(size: size), !h.committing, h.generation == callGen, h.fileId == callFileId { return }
        do {
            // another shell in the middle of a call (a large one takes a second or two): catch up
            // at the next statement, or at this shell's next change, which waits for the lock
            do { try log.lock(exclusive: false, timeout: 0) } catch { return }
            defer { log.unlock() }
            try catchUpWithFile()
        } catch {
            onWarning?(TenantStoreError("the tenant store could not read other shells' changes: \(Self.describe(error))"))
        }
    }

    /// Replaces the session's tenant object (Reset-LabTenant built a new one): writes it whole in
    /// one transaction and observes it from now on.
    public func adopt(_ newTenant: Tenant) {
        if tenant !== newTenant, tenant.changeObserver === self { tenant.changeObserver = nil }
        tenant = newTenant
        guard persistsTenant, let log = callLog else { return }
        newTenant.changeObserver = self
        let held = log.locked.held
        do {
            if !held { try log.lock(exclusive: true, timeout: busyTimeout) }
            defer { if !held { log.unlock() } }
            // the file's generation as it is now (another shell may have folded since this one
            // last looked); the records in the log are replaced with everything else
            _ = try settledGeneration()
            try dbQueue.inDatabase { db in try noteCaughtUp(db) }
            callOffset = max(CallLog.headerSize, log.size())
            unfolded = TenantChanges()
            var everything = TenantChanges()
            everything.everything = true
            try commitThroughDatabase(everything)
        } catch {
            commitFailed(error)
        }
    }

    /// Folds the call log into the database, then copies SQLite's write-ahead log into the file and
    /// empties it (SQLite does this on its own every 1,000 pages; the benchmark calls it to
    /// measure the file alone).
    public func flushWriteAheadLog() {
        guard persistsTenant, !transactionOpen else { return }
        fold(warnOnly: true)
        do {
            try dbQueue.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA wal_checkpoint(TRUNCATE)") }
        } catch {
            onWarning?(TenantStoreError("the tenant store could not fold its write-ahead log into the file: \(Self.describe(error))"))
        }
    }

    /// Writes the calls in the call log into the database and empties the log (at a size, at the
    /// end of a session, before a large commit). Nothing is lost if it fails: the log stays.
    public func fold(warnOnly: Bool = true) {
        guard persistsTenant, let log = callLog else { return }
        let held = log.locked.held
        do {
            if !held { try log.lock(exclusive: true, timeout: min(busyTimeout, 5)) }
            defer { if !held { log.unlock() } }
            try catchUpWithFile()
            guard callOffset > CallLog.headerSize || !unfolded.isEmpty else { return }
            try commitThroughDatabase(nil)
        } catch {
            onWarning?(TenantStoreError("the tenant store could not fold its call log into the file (nothing is lost; the next session folds it): \(Self.describe(error))"))
        }
    }

    /// The end of a session: folds the call log into the database and closes the file.
    public func finish() {
        fold()
        callLog?.close()
    }

    // MARK: Committing through the database

    /// One SQLite transaction holding the calls in the log (folded) and `own` (a call too large
    /// for a record, or a whole new tenant); then the log is emptied under a new generation.
    /// Needs the exclusive lock and a caught-up tenant.
    func commitThroughDatabase(_ own: TenantChanges?) throws {
        guard let log = callLog else { return }
        let next = callGen + 1
        let previousEnd = callOffset
        try log.writeHeader(.init(generation: callGen, committing: true, fileId: callFileId))
        let seqBefore = lastSeq
        do {
            try dbQueue.inDatabase { db in
                try hot(db).begin.execute()
                transactionOpen = true
                do {
                    let stored = try Self.storedGeneration(db)
                    guard stored == callGen else {
                        throw TenantStoreError("this shell is out of step with the tenant file (generation \(callGen), the file's \(stored)); it reads the file again")
                    }
                    var foldRange: (Int64, Int64)?
                    if let own, own.everything {
                        try writeAll(tenant.snapshot(), db)
                    } else {
                        if !unfolded.isEmpty {
                            let first = lastSeq + 1
                            try write(unfolded, db)
                            if lastSeq >= first { foldRange = (first, lastSeq) }
                        }
                        if let own { try write(own, db) }
                    }
                    try db.execute(sql: """
                        INSERT OR REPLACE INTO meta(key, value) VALUES ('calls_gen', ?), ('calls_prev_gen', ?), ('calls_prev_end', ?),
                            ('calls_fold_first', ?), ('calls_fold_last', ?)
                        """, arguments: [Int64(bitPattern: next), Int64(bitPattern: callGen), previousEnd,
                                         foldRange?.0 ?? 0, foldRange?.1 ?? -1])
                    try hot(db).commit.execute()
                    transactionOpen = false
                } catch {
                    try? db.execute(sql: "ROLLBACK")
                    transactionOpen = false
                    throw error
                }
            }
        } catch {
            try? log.writeHeader(.init(generation: callGen, committing: false, fileId: callFileId))
            // the rolled-back change-log rows' numbers will be used again; a failed statement is
            // not reused by GRDB
            lastSeq = seqBefore
            hotStatements = nil
            throw error
        }
        // committed: whatever happens to the log now, the generation in the database says the
        // records in it are folded (a header left committing is settled by the next lock holder)
        callGen = next
        callOffset = CallLog.headerSize
        unfolded = TenantChanges()
        do {
            try log.truncate()
            try log.writeHeader(.init(generation: next, committing: false, fileId: callFileId))
        } catch {
            onWarning?(TenantStoreError("the tenant store could not empty its call log (the next lock holder does): \(Self.describe(error))"))
        }
    }

    // MARK: Catching up

    /// Brings the tenant up to date with the file (under the lock, shared or exclusive): first
    /// what was committed to the database since this process last looked (when the log's
    /// generation moved on), then the records in the log it has not applied. With the exclusive
    /// lock it also settles a header left committing and drops a record cut short by a kill.
    func catchUpWithFile() throws {
        guard let log = callLog else { return }
        let locked = log.locked.held, exclusive = log.locked.exclusive
        var size = log.size()
        var (generation, recordsValid, rewritten) = try settledGeneration(size: size)
        if rewritten { size = log.size() }
        if generation != callGen || size < callOffset {
            // the database moved on (or the log is shorter than this process read it: out of step)
            if generation == callGen { try reloadDatabase() } else { try catchUpWithDatabase() }
            callOffset = CallLog.headerSize
            unfolded = TenantChanges()
            if generation != callGen {
                // a clean header whose generation is not the database's (an older copy of the
                // database put back beside a newer log): the records are not for this database
                recordsValid = false
                if exclusive {
                    try log.truncate()
                    try log.writeHeader(.init(generation: callGen, committing: false, fileId: callFileId))
                    recordsValid = true
                    size = CallLog.headerSize
                }
            }
        }
        // nothing new: the common case of a shell working alone
        guard recordsValid, size != callOffset else { return }
        let (bodies, end) = log.records(from: callOffset, size: size)
        // without the lock (a reload after the lock could not be had), records count only if the
        // header did not change while they were read: no fold took them meanwhile
        if !locked, log.header(size: log.size()) != .init(generation: callGen, committing: false, fileId: callFileId) { return }
        if !bodies.isEmpty {
            let local = tenant.pendingChanges
            for body in bodies {
                unfolded.merge(try CallRecord.apply(body, to: tenant, keeping: local))
            }
        }
        callOffset = end
        // a record cut short by a kill: gone, so the next record starts where the valid ones end
        if exclusive, size > end { try log.truncate(to: end) }
    }

    /// The log's generation and whether its records apply. A new log (or one left by another file
    /// of that name), or a header left committing by a process killed during a commit through the
    /// database, is settled by the database's generation: the records apply only if that commit
    /// did not happen. With the exclusive lock the header is rewritten clean (and stale records
    /// dropped).
    func settledGeneration(size: Int? = nil) throws -> (generation: UInt64, recordsValid: Bool, rewritten: Bool) {
        guard let log = callLog else { return (callGen, false, false) }
        let header = log.header(size: size ?? log.size()).flatMap { $0.fileId == callFileId ? $0 : nil }
        if let h = header, !h.committing { return (h.generation, true, false) }
        let generation = try storedGeneration()
        let recordsValid = header.map { $0.generation == generation } ?? false
        if log.locked.exclusive {
            if !recordsValid { try log.truncate() }
            try log.writeHeader(.init(generation: generation, committing: false, fileId: callFileId))
            return (generation, true, true)
        }
        return (generation, recordsValid, false)
    }

    /// Reads the whole tenant from the database (the records of the log not applied).
    func reloadDatabase() throws {
        let snapshot: TenantSnapshot = try dbQueue.inDatabase { db in
            try db.execute(sql: "BEGIN")
            defer { try? db.execute(sql: "COMMIT") }
            let s = try Self.readSnapshot(db)
            try noteCaughtUp(db)
            return s
        }
        tenant.applyStored(snapshot: snapshot)
    }

    /// The generation of the call log that applies to the database as it is.
    func storedGeneration() throws -> UInt64 {
        try dbQueue.inDatabase { db in try Self.storedGeneration(db) }
    }

    static func storedGeneration(_ db: Database) throws -> UInt64 {
        UInt64(bitPattern: try Int64.fetchOne(db, sql: "SELECT CAST(value AS INTEGER) FROM meta WHERE key = 'calls_gen'") ?? 1)
    }

    /// What was committed to the database since this process last looked (the change log since
    /// `lastSeq`). The calls a fold wrote are skipped when this process had applied exactly the
    /// records that fold took.
    func catchUpWithDatabase() throws {
        try dbQueue.inDatabase { db in
            try db.execute(sql: "BEGIN")
            defer { try? db.execute(sql: "COMMIT") }
            func meta(_ key: String) throws -> Int64? {
                try Int64.fetchOne(db, sql: "SELECT CAST(value AS INTEGER) FROM meta WHERE key = ?", arguments: [key])
            }
            var skip: ClosedRange<Int64>?
            if try meta("calls_prev_gen").map(UInt64.init(bitPattern:)) == callGen, try meta("calls_prev_end") == Int64(callOffset),
               let first = try meta("calls_fold_first"), let last = try meta("calls_fold_last"), first <= last {
                skip = first...last
            }
            try catchUp(db, skipping: skip)
            callGen = try Self.storedGeneration(db)
        }
    }

    func catchUp(_ db: Database, skipping skip: ClosedRange<Int64>? = nil) throws {
        let floor = try Int64.fetchOne(db, sql: "SELECT CAST(value AS INTEGER) FROM meta WHERE key = 'log_floor'") ?? 0
        var rows = try Row.fetchAll(db, sql: "SELECT seq, kind, id, id2 FROM changes WHERE seq > ? ORDER BY seq",
                                    arguments: [lastSeq])
        guard let lastRow = rows.last, let last = try lastRow.decode(Int64?.self, atIndex: 0) else { return }
        if let skip { rows.removeAll { ((try? $0.decode(Int64?.self, atIndex: 0)).flatMap { $0 }).map(skip.contains) ?? false } }
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
        // A membership that changed since is gone, or was (re)made after every member that did
        // not change: the present ones go to the end, in the database's order. (Presence alone kept
        // the old place of a member removed and added again, so the order differed from the file's.)
        let ordOf = try db.cachedStatement(sql: "SELECT ord FROM memberships WHERE group_id = ? AND user_id = ?")
        var present: [(ord: Int64, groupId: UUID, userId: UUID)] = []
        for (g, u) in memberships {
            tenant.applyStoredMembership(groupId: g, userId: u, isMember: false)
            if let ord = try Int64.fetchOne(ordOf, arguments: [g, u]) { present.append((ord, g, u)) }
        }
        for m in present.sorted(by: { $0.ord < $1.ord }) {
            tenant.applyStoredMembership(groupId: m.groupId, userId: m.userId, isMember: true)
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
