import Foundation
import GRDB
import GRDBSQLite
import Licensing

/// A failure of the store itself (not of a licensing rule): unreadable file, newer format, I/O.
public struct TenantStoreError: Error, CustomStringConvertible, Equatable {
    public enum Kind: Sendable, Equatable {
        case other
        /// A change could not be written (disk full, read-only file, another shell holding the
        /// write lock past the busy timeout): the change was undone.
        case commitFailed
    }
    public var kind: Kind = .other
    public var message: String
    /// The file and the cause, for a failed commit.
    public var path: String = ""
    public var cause: String = ""
    public init(_ message: String) { self.message = message }

    init(kind: Kind, path: String, cause: String, restored: Bool) {
        self.kind = kind
        self.path = path
        self.cause = cause
        message = "The change was not saved: the tenant file '\(path)' could not be written (\(cause)). "
            + (restored ? "The change was undone; the tenant is as the file holds it."
                        : "The tenant could not be read back from the file either; restart the shell.")
    }
    public var description: String { message }
}

/// The tenant in an SQLite file (WAL mode) and its call log, kept in step with the in-memory `Tenant`:
///
/// - **One record per call.** The store observes the tenant (`TenantChangeObserver`): before a
///   mutating call it takes the write lock (an `flock` of the call log, waiting up to the busy
///   timeout for another process) and catches up with what other processes saved; after the call
///   it appends one checksummed record holding the rows the call changed (`CallLog`). A process
///   killed at any moment leaves every finished call and no part of an unfinished one. The
///   records are folded into the database in one transaction at a size, at the end of a session
///   and before a commit too large for a record.
/// - **Concurrent shells.** `refresh()` (and every mutating call) looks at the log's header and
///   size; records it has not applied are applied from the log itself, and when the log's
///   generation moved on (a commit through the database) the change log (`changes`) says which
///   objects to re-read. Because the catching up happens after the write lock is taken, a change
///   is always applied to the latest state: no update is lost.
///
/// Layout and decisions: docs/persistence.md.
public final class TenantStore: TenantChangeObserver {
    /// The file, or nil for a store that keeps only checkpoints in memory (`--demo`).
    public let path: String?
    let dbQueue: DatabaseQueue
    /// The tenant the session uses; the same object for the store's whole life unless `adopt(_:)`
    /// is called (Reset-LabTenant builds a new one).
    public internal(set) var tenant: Tenant
    /// Whether tenant changes are written (false for the in-memory `--demo` store).
    public let persistsTenant: Bool

    var lastSeq: Int64 = 0
    /// Whether an SQLite transaction is open on the store's connection (a commit through the
    /// database, CallLog.swift).
    var transactionOpen = false
    /// The call log beside the file (nil for the in-memory store), the generation and offset up to
    /// which this process has applied it, and the objects its records name (what a fold writes).
    var callLog: CallLog?
    var callGen: UInt64 = 0
    /// The database's `meta.calls_id`, which the call log's header repeats.
    var callFileId: UInt64 = 0
    var callOffset = CallLog.headerSize
    var unfolded = TenantChanges()
    let busyTimeout: Double
    /// The call log is folded into the database when it grows past this many bytes.
    var foldSize = 16 << 20
    /// Calls that change more objects than this are committed through the database directly.
    var recordLimit = 1000
    /// The statements every call runs, prepared once on the store's one connection (a call used
    /// to look each up by its SQL text, and to box its arguments through GRDB).
    var hotStatements: HotStatements?

    struct HotStatements {
        let begin, commit, logInsert, userUpsert, recipientUpsert: Statement
        init(_ db: Database) throws {
            begin = try db.makeStatement(sql: "BEGIN IMMEDIATE")
            commit = try db.makeStatement(sql: "COMMIT")
            logInsert = try db.makeStatement(sql: "INSERT INTO changes(kind, id, id2) VALUES (?, ?, ?)")
            userUpsert = try db.makeStatement(sql: TenantStore.upsertSQL("users"))
            recipientUpsert = try db.makeStatement(sql: TenantStore.upsertSQL("recipients"))
        }
    }

    static func upsertSQL(_ table: String) -> String {
        "INSERT INTO \(table)(id, data) VALUES (?, ?) ON CONFLICT(id) DO UPDATE SET data = excluded.data"
    }

    func hot(_ db: Database) throws -> HotStatements {
        if let hotStatements { return hotStatements }
        let made = try HotStatements(db)
        hotStatements = made
        return made
    }
    /// Objects changed by one call above which the change log records "reload everything" instead
    /// of each id (a group processing of 100,000 members).
    static let logLimit = 2000
    /// The file layout: 1 (the first), 2 (adds the `outbox` table; shared mailboxes), 3 (the call
    /// log beside the file, `meta.calls_gen`; a LicenseLab that does not know the log must not
    /// open the file). Opening a file of an older layout upgrades it (`migrate`); a newer one is
    /// refused, never rewritten.
    static let formatVersion = 3

    /// Told when a change could not be saved (it is undone first): the CLI makes the call fail.
    public var onError: ((TenantStoreError) -> Void)?
    /// Told about failures that lose nothing (reading other shells' changes): the CLI warns.
    public var onWarning: ((TenantStoreError) -> Void)?
    /// Why the write lock could not be taken before the change in progress (it fails when it ends).
    var willChangeFailure: Error?

    /// `$XDG_DATA_HOME/licenselab/tenant.sqlite`, or `~/.local/share/licenselab/tenant.sqlite`.
    public static func defaultPath(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        let base: String
        if let xdg = environment["XDG_DATA_HOME"], xdg.hasPrefix("/") {
            base = xdg
        } else {
            let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
            base = (home as NSString).appendingPathComponent(".local/share")
        }
        return ((base as NSString).appendingPathComponent("licenselab") as NSString).appendingPathComponent("tenant.sqlite")
    }

    /// How long a change waits for another shell's write lock before it fails: 30 s, or
    /// `LICENSELAB_BUSY_TIMEOUT` seconds.
    public static var defaultBusyTimeout: Double {
        ProcessInfo.processInfo.environment["LICENSELAB_BUSY_TIMEOUT"].flatMap(Double.init).map { max(0, $0) } ?? 30
    }

    /// Opens the tenant file at `path` and starts observing it. A file that does not exist yet is
    /// created from `initial()` — complete, under a temporary name, then linked into place, so a
    /// half-made file never appears and two shells starting together agree on one. Its folder must
    /// exist unless `createDirectory` (the default location). A file that exists is never
    /// overwritten: one that is empty, not SQLite, or not a LicenseLab tenant is refused with an
    /// error that names it and says what to do; a damaged row is reported, not guessed at.
    public init(path: String, initial: () -> Tenant = { DemoTenant.make() }, busyTimeout: Double = TenantStore.defaultBusyTimeout,
                createDirectory: Bool = false) throws(TenantStoreError) {
        self.path = path
        persistsTenant = true
        self.busyTimeout = busyTimeout
        let fm = FileManager.default
        var isDirectory: ObjCBool = false
        if fm.fileExists(atPath: path, isDirectory: &isDirectory) {
            if isDirectory.boolValue { throw TenantStoreError("the tenant file \(path) is a folder; give the path of a file") }
            let size = (try? fm.attributesOfItem(atPath: path)[.size] as? NSNumber)?.intValue ?? 0
            if size == 0 {
                throw TenantStoreError("the tenant file \(path) is empty (0 bytes), so it holds no tenant; LicenseLab does not overwrite it. Move it away or delete it to start a new tenant there, or give another --tenant path")
            }
        } else {
            let directory = (path as NSString).deletingLastPathComponent
            if !directory.isEmpty && !fm.fileExists(atPath: directory) {
                guard createDirectory else {
                    throw TenantStoreError("the folder \(directory) does not exist: create it first, or give --tenant a path in an existing folder")
                }
                do { try fm.createDirectory(atPath: directory, withIntermediateDirectories: true) } catch {
                    throw TenantStoreError("cannot create the folder \(directory): \(error.localizedDescription)")
                }
            }
            try Self.create(path, initial: initial)
        }
        do {
            dbQueue = try DatabaseQueue(path: path, configuration: Self.configuration(busyTimeout: busyTimeout))
            // look before writing anything (switching to WAL writes the header): a file that is
            // not a tenant is left exactly as it was
            let isTenant = try dbQueue.writeWithoutTransaction { db in try Self.hasSchema(db) }
            guard isTenant else {
                throw TenantStoreError("\(path) is an SQLite file but not a LicenseLab tenant (it has no tenant in its 'meta' table); LicenseLab does not overwrite it. Give another --tenant path, or move the file away")
            }
            try dbQueue.writeWithoutTransaction { db in
                let mode = try String.fetchOne(db, sql: "PRAGMA journal_mode = WAL")
                if mode?.lowercased() != "wal" { throw TenantStoreError("cannot switch \(path) to WAL mode") }
            }
            try dbQueue.writeWithoutTransaction { db in try Self.migrate(db) }
            callLog = try CallLog(tenantPath: path)
        } catch let e as TenantStoreError {
            throw TenantStoreError(e.message.contains(path) ? e.message : "the tenant file \(path) \(e.message)")
        } catch {
            throw TenantStoreError("cannot open the tenant file \(path): \(Self.describe(error)); LicenseLab does not overwrite it. If it is not a LicenseLab tenant, give another --tenant path")
        }
        tenant = Tenant(name: "contoso")
        do {
            let loaded: Tenant = try dbQueue.writeWithoutTransaction { db in
                // a plain (deferred) transaction, which does not hold up other shells' writes
                // while 100,000 users are decoded
                try db.execute(sql: "BEGIN")
                do {
                    let t = Tenant(snapshot: try Self.readSnapshot(db))
                    try noteCaughtUp(db)
                    try db.execute(sql: "COMMIT")
                    return t
                } catch {
                    try? db.execute(sql: "ROLLBACK")
                    throw error
                }
            }
            tenant = loaded
        } catch let e as TenantStoreError {
            throw TenantStoreError("the tenant file \(path) is damaged: \(e.message). Restore it from a backup (Import-LabTenant reads a file Export-LabTenant wrote), or move it away to start a new tenant")
        } catch {
            throw TenantStoreError("cannot read the tenant file \(path): \(Self.describe(error))")
        }
        // then the calls in the log, under the lock (a header left by a killed process is settled)
        do {
            try callLog?.lock(exclusive: true, timeout: busyTimeout)
        } catch {
            throw TenantStoreError("cannot open the tenant file \(path): \(error.message)")
        }
        defer { callLog?.unlock() }
        do {
            try catchUpWithFile()
        } catch {
            throw TenantStoreError("the tenant file \(path) is damaged: its call log \(path)-calls cannot be read (\(RowCodec.plainDescription(error))). Move the call log away to open the file without the calls in it")
        }
        tenant.changeObserver = self
    }

    /// Writes a new tenant file at `path`: the whole tenant in a file of its own, then linked to
    /// `path` (which fails if another shell created it meanwhile: that one is used).
    /// `hardLinks: false` (for tests) takes the way of a file system without them.
    static func create(_ path: String, initial: () -> Tenant, hardLinks: Bool = true) throws(TenantStoreError) {
        let temporary = path + ".new-\(getpid())-\(UUID().uuidString.prefix(8))"
        defer { unlink(temporary) }
        do {
            let queue = try DatabaseQueue(path: temporary)
            try queue.write { db in
                try createSchema(db)
            }
            let store = try TenantStore(creating: queue)
            let t = initial()
            try queue.write { db in
                try store.writeAll(t.snapshot(), db)
                try store.markUnchanged(db)
            }
            try store.close()
        } catch let e as TenantStoreError {
            throw e
        } catch {
            throw TenantStoreError("cannot create the tenant file \(path): \(describe(error))")
        }
        if !hardLinks || link(temporary, path) != 0 {
            let e = hardLinks ? errno : EPERM
            if e == EEXIST { return }
            if e == EPERM || e == ENOTSUP || e == ENOSYS, let renamed = renameUnlessPresent(temporary, path) {
                if renamed == 0 { return }
                throw TenantStoreError("cannot create the tenant file \(path): \(String(cString: strerror(renamed)))")
            }
            throw TenantStoreError("cannot create the tenant file \(path): \(String(cString: strerror(e)))")
        }
    }

    /// For a file system without hard links: renames `temporary` to `path` unless `path` exists,
    /// holding a lock on their folder so that two shells doing this at once cannot both see no
    /// file and the second replace the first one's (which that one already opened). Returns 0
    /// when renamed or when the file was already there, an errno otherwise; nil when the folder
    /// cannot be locked either.
    private static func renameUnlessPresent(_ temporary: String, _ path: String) -> Int32? {
        let directory = (path as NSString).deletingLastPathComponent
        let fd = open(directory.isEmpty ? "." : directory, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        defer { _ = Glibc.close(fd) }
        while flock(fd, LOCK_EX) != 0 {
            guard errno == EINTR else { return nil }
        }
        defer { _ = flock(fd, LOCK_UN) }
        if FileManager.default.fileExists(atPath: path) { return 0 }
        return rename(temporary, path) == 0 ? 0 : errno
    }

    /// A store used only to write a new file's rows.
    private init(creating queue: DatabaseQueue) throws {
        path = nil
        persistsTenant = false
        busyTimeout = 0
        dbQueue = queue
        tenant = Tenant(name: "contoso")
    }

    /// A store for an in-memory tenant: nothing of the tenant is written; checkpoints live in memory.
    public init(inMemory tenant: Tenant) throws(TenantStoreError) {
        path = nil
        persistsTenant = false
        busyTimeout = 0
        self.tenant = tenant
        do {
            dbQueue = try DatabaseQueue(configuration: Self.configuration())
            try dbQueue.write { db in try Self.createSchema(db) }
        } catch {
            throw TenantStoreError("cannot create an in-memory store: \(Self.describe(error))")
        }
    }

    static func configuration(busyTimeout: Double = 30) -> Configuration {
        var config = Configuration()
        // The store opens a transaction in tenantWillChange and commits it in tenantDidChange.
        config.allowsUnsafeTransactions = true
        config.busyMode = .timeout(busyTimeout)
        config.prepareDatabase { db in
            // WAL + NORMAL: a commit survives the process being killed (the WAL is in the OS's
            // hands before COMMIT returns); only a power loss can drop the last commits, never
            // half of one. LICENSELAB_SYNC=full makes every commit wait for the disk.
            let full = ProcessInfo.processInfo.environment["LICENSELAB_SYNC"]?.lowercased() == "full"
            try db.execute(sql: "PRAGMA synchronous = \(full ? "FULL" : "NORMAL")")
            // 16 MB of page cache (SQLite's default is 2 MB): the pages of the users a script
            // touches stay in memory instead of being read again for every commit
            try db.execute(sql: "PRAGMA cache_size = -16384")
        }
        return config
    }

    static func describe(_ error: Error) -> String {
        if let e = error as? DatabaseError { return e.message ?? "\(e.resultCode)" }
        if let e = error as? TenantStoreError { return e.message }
        return "\(error)"
    }



    // MARK: Schema

    static func hasSchema(_ db: Database) throws -> Bool {
        guard try db.tableExists("meta") else { return false }
        let version = try Int.fetchOne(db, sql: "SELECT CAST(value AS INTEGER) FROM meta WHERE key = 'format'") ?? 0
        guard version <= formatVersion else {
            throw TenantStoreError("was written by a newer LicenseLab (format \(version)); this one reads format \(formatVersion) and does not change it")
        }
        return try Data.fetchOne(db, sql: "SELECT value FROM meta WHERE key = 'tenant'") != nil
    }

    /// Upgrades a file of an older layout to this one, in one transaction (a file another shell
    /// upgraded meanwhile is left as it is). Format 1 -> 2: the `outbox` table; 2 -> 3: the call
    /// log's generation (`calls_gen`, 1: the log beside the file is new).
    static func migrate(_ db: Database) throws {
        let version = try Int.fetchOne(db, sql: "SELECT CAST(value AS INTEGER) FROM meta WHERE key = 'format'") ?? 0
        guard version < formatVersion else { return }
        try db.execute(sql: "BEGIN IMMEDIATE")
        do {
            let current = try Int.fetchOne(db, sql: "SELECT CAST(value AS INTEGER) FROM meta WHERE key = 'format'") ?? 0
            if current < 2 { try db.execute(sql: outboxTable) }
            if current < 3 { try db.execute(sql: callLogMeta) }
            if current < formatVersion {
                try db.execute(sql: "INSERT OR REPLACE INTO meta(key, value) VALUES ('format', \(formatVersion))")
            }
            try db.execute(sql: "COMMIT")
        } catch {
            try? db.execute(sql: "ROLLBACK")
            throw TenantStoreError("could not be upgraded from format \(version) to format \(formatVersion) (\(describe(error))); it was left as it was")
        }
    }

    /// The call log's generation and the file's identity (random, never 0).
    static var callLogMeta: String {
        "INSERT OR IGNORE INTO meta(key, value) VALUES ('calls_gen', 1), ('calls_id', \(Int64.random(in: 1...Int64.max)));"
    }

    static let outboxTable = "CREATE TABLE IF NOT EXISTS outbox(ord INTEGER PRIMARY KEY, id BLOB NOT NULL UNIQUE, data BLOB NOT NULL);"

    static func createSchema(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value BLOB NOT NULL);
            CREATE TABLE IF NOT EXISTS users(ord INTEGER PRIMARY KEY, id BLOB NOT NULL UNIQUE, data BLOB NOT NULL);
            CREATE TABLE IF NOT EXISTS groups(ord INTEGER PRIMARY KEY, id BLOB NOT NULL UNIQUE, data BLOB NOT NULL);
            CREATE TABLE IF NOT EXISTS recipients(ord INTEGER PRIMARY KEY, id BLOB NOT NULL UNIQUE, data BLOB NOT NULL);
            CREATE TABLE IF NOT EXISTS memberships(ord INTEGER PRIMARY KEY, group_id BLOB NOT NULL, user_id BLOB NOT NULL,
                UNIQUE(group_id, user_id));
            CREATE TABLE IF NOT EXISTS changes(seq INTEGER PRIMARY KEY, kind INTEGER NOT NULL, id BLOB, id2 BLOB);
            CREATE TABLE IF NOT EXISTS checkpoints(name TEXT PRIMARY KEY COLLATE NOCASE, created REAL NOT NULL,
                users INTEGER NOT NULL, groups INTEGER NOT NULL, data BLOB NOT NULL);
            \(outboxTable)
            INSERT OR REPLACE INTO meta(key, value) VALUES ('format', \(formatVersion));
            \(callLogMeta)
            """)
    }

    // MARK: Whole tenant

    struct TenantIdentity: Codable { var name: String; var tenantId: UUID }

    enum Kind: Int64 {
        case everything = 0, settings, subscriptions, queue, user, group, recipient, membership, mail
    }

    static func readSnapshot(_ db: Database) throws -> TenantSnapshot {
        func meta<T: Decodable>(_ key: String, _ type: T.Type) throws -> T {
            guard let data = try Data.fetchOne(db, sql: "SELECT value FROM meta WHERE key = ?", arguments: [key]) else {
                throw TenantStoreError("the tenant file has no \(key)")
            }
            return try RowCodec.fromJSON(type, data)
        }
        let identity = try meta("tenant", TenantIdentity.self)
        var users: [User] = []
        users.reserveCapacity(try Int.fetchOne(db, sql: "SELECT count(*) FROM users") ?? 0)
        let userRows = try Row.fetchCursor(db, sql: "SELECT data, ord FROM users ORDER BY ord")
        while let row = try userRows.next() {
            users.append(try Self.damaged("users", row) { try RowCodec.decodeUser(try Self.bytes(row)) })
        }
        var members: [UUID: OrderedIDSet] = [:]
        let memberRows = try Row.fetchCursor(db, sql: "SELECT group_id, user_id, ord FROM memberships ORDER BY ord")
        while let row = try memberRows.next() {
            let (g, u) = try Self.damaged("memberships", row) { (try row.decode(UUID.self, atIndex: 0), try row.decode(UUID.self, atIndex: 1)) }
            members[g, default: OrderedIDSet()].append(u)
        }
        var groups: [Group] = []
        let groupRows = try Row.fetchCursor(db, sql: "SELECT data, ord FROM groups ORDER BY ord")
        while let row = try groupRows.next() {
            let g = try Self.damaged("groups", row) { try RowCodec.fromJSON(StoredGroup.self, try row.decode(Data.self, atIndex: 0)) }
            groups.append(g.group(members: members.removeValue(forKey: g.objectId) ?? OrderedIDSet()))
        }
        var recipients: [Recipient] = []
        let recipientRows = try Row.fetchCursor(db, sql: "SELECT data, ord FROM recipients ORDER BY ord")
        while let row = try recipientRows.next() {
            recipients.append(try Self.damaged("recipients", row) { try RowCodec.decodeRecipient(try Self.bytes(row)) })
        }
        var outbox: [MailMessage] = []
        // a format-1 file read without upgrading it (--what-if) has no outbox table
        if try db.tableExists("outbox") {
            let mailRows = try Row.fetchCursor(db, sql: "SELECT data, ord FROM outbox ORDER BY ord")
            while let row = try mailRows.next() {
                outbox.append(try Self.damaged("outbox", row) { try RowCodec.fromJSON(MailMessage.self, try row.decode(Data.self, atIndex: 0)) })
            }
        }
        // products from an export (files before them have none)
        let products = try Data.fetchOne(db, sql: "SELECT value FROM meta WHERE key = 'products'")
            .map { try RowCodec.fromJSON([CustomProduct].self, $0) } ?? []
        return TenantSnapshot(name: identity.name, tenantId: identity.tenantId,
                              settings: try meta("settings", TenantSettings.self),
                              subscribedSkus: try meta("subscriptions", [SubscribedSku].self), users: users, groups: groups,
                              recipients: recipients, queue: try meta("queue", [TenantSnapshot.QueuedGroup].self),
                              outbox: outbox, products: products)
    }

    /// The first column's bytes (a stored row's `data`).
    static func bytes(_ row: Row) throws -> [UInt8] {
        [UInt8](try row.decode(Data.self, atIndex: 0))
    }

    /// Reads one stored row; a row that cannot be read names its table and position (the file is
    /// damaged: it was edited, or written by something else), never ends the process.
    static func damaged<T>(_ table: String, _ row: Row, _ read: () throws -> T) throws -> T {
        do { return try read() } catch {
            let ord = (try? row.decode(Int64?.self, forColumn: "ord")).flatMap { $0 }.map(String.init) ?? "?"
            throw TenantStoreError("row \(ord) of the table '\(table)' cannot be read (\(RowCodec.plainDescription(error)))")
        }
    }

    func writeAll(_ s: TenantSnapshot, _ db: Database) throws {
        try db.execute(sql: "DELETE FROM users; DELETE FROM groups; DELETE FROM recipients; DELETE FROM memberships; DELETE FROM outbox;")
        try setMeta("tenant", TenantIdentity(name: s.name, tenantId: s.tenantId), db)
        try setMeta("settings", s.settings, db)
        try setMeta("subscriptions", s.subscribedSkus, db)
        try setMeta("queue", s.queue, db)
        if s.products.isEmpty {
            try db.execute(sql: "DELETE FROM meta WHERE key = 'products'")
        } else {
            try setMeta("products", s.products, db)
        }
        let user = try db.cachedStatement(sql: "INSERT INTO users(id, data) VALUES (?, ?)")
        for u in s.users { try Self.step(user, u.objectId, RowCodec.encode(u)) }
        let group = try db.cachedStatement(sql: "INSERT INTO groups(id, data) VALUES (?, ?)")
        let member = try db.cachedStatement(sql: "INSERT INTO memberships(group_id, user_id) VALUES (?, ?)")
        for g in s.groups {
            try group.execute(arguments: [g.objectId, try RowCodec.json(StoredGroup(g))])
            for m in g.members { try Self.step(member, g.objectId, m) }
        }
        let recipient = try db.cachedStatement(sql: "INSERT INTO recipients(id, data) VALUES (?, ?)")
        for r in s.recipients { try Self.step(recipient, r.id, RowCodec.encode(r)) }
        let mail = try db.cachedStatement(sql: "INSERT INTO outbox(id, data) VALUES (?, ?)")
        for m in s.outbox { try Self.step(mail, m.id, [UInt8](try RowCodec.json(m))) }
        try log([(.everything, nil, nil)], db)
    }

    // MARK: Whether replacing the tenant loses anything

    /// Whether the file holds a tenant someone made or changed: anything but a tenant LicenseLab
    /// can make again by itself (the demo or empty tenant the file was created or reset with),
    /// unchanged since. Reset-, Import-, Restore- and New-LabTenant ask before replacing it.
    /// False for the in-memory `--demo` store; true when the file cannot be read.
    public var holdsChanges: Bool {
        guard persistsTenant else { return false }
        // calls not yet folded into the database
        if let log = callLog, log.size() > CallLog.headerSize { return true }
        do {
            return try dbQueue.inDatabase { db in
                guard let unchangedAt = try Int64.fetchOne(db, sql: "SELECT CAST(value AS INTEGER) FROM meta WHERE key = 'unchanged_at'") else {
                    return true
                }
                return (try Int64.fetchOne(db, sql: "SELECT max(seq) FROM changes") ?? 0) != unchangedAt
            }
        } catch {
            return true
        }
    }

    /// Records that the tenant now in the file is one LicenseLab can make again (Reset-LabTenant
    /// has just written the demo or the empty tenant): until the next change it holds nothing to lose.
    public func markUnchanged() {
        guard persistsTenant, !transactionOpen else { return }
        do {
            try dbQueue.inDatabase { db in try markUnchanged(db) }
        } catch {
            onWarning?(TenantStoreError("the tenant store could not record that the tenant was reset: \(Self.describe(error))"))
        }
    }

    /// The change log's newest entry marks the moment (it is never deleted while it is the newest).
    func markUnchanged(_ db: Database) throws {
        let newest = try Int64.fetchOne(db, sql: "SELECT max(seq) FROM changes") ?? 0
        try db.execute(sql: "INSERT OR REPLACE INTO meta(key, value) VALUES ('unchanged_at', ?)", arguments: [newest])
    }

    func setMeta<T: Encodable>(_ key: String, _ value: T, _ db: Database) throws {
        try db.execute(sql: "INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)", arguments: [key, try RowCodec.json(value)])
    }

    // MARK: The change log

    func log(_ entries: [(Kind, UUID?, UUID?)], _ db: Database) throws {
        guard !entries.isEmpty else { return }
        let insert = try hot(db).logInsert
        if entries.count > Self.logLimit {
            try Self.stepLog(insert, .everything, nil, nil)
        } else {
            for (kind, id, id2) in entries { try Self.stepLog(insert, kind, id, id2) }
        }
        lastSeq = db.lastInsertedRowID
        // Keep the log short: a process that fell further behind than this reloads everything.
        // (Without AUTOINCREMENT, which would write one more page per commit, seq keeps growing
        // because the newest row is never deleted.)
        if lastSeq % 256 == 0 {
            let floor = lastSeq - 4096
            if floor > 0 {
                try db.execute(sql: "DELETE FROM changes WHERE seq <= ?", arguments: [floor])
                try db.execute(sql: "INSERT OR REPLACE INTO meta(key, value) VALUES ('log_floor', ?)", arguments: [floor])
            }
        }
    }

    /// Binds an id and a blob and runs a cached two-parameter statement through SQLite's C API:
    /// GRDB's argument boxing was most of the cost of writing 100,000 rows in one commit.
    static func step(_ statement: Statement, _ id: UUID, _ bytes: [UInt8]) throws {
        let s = statement.sqliteStatement
        sqlite3_reset(s)
        let rc: Int32 = withUnsafeBytes(of: id.uuid) { idBuffer in
            bytes.withUnsafeBytes { dataBuffer in
                // SQLITE_STATIC (nil): the buffers outlive the step; the bindings are cleared after it.
                sqlite3_bind_blob(s, 1, idBuffer.baseAddress, 16, nil)
                sqlite3_bind_blob(s, 2, dataBuffer.baseAddress, Int32(dataBuffer.count), nil)
                return sqlite3_step(s)
            }
        }
        sqlite3_reset(s)
        sqlite3_clear_bindings(s)
        guard rc == SQLITE_DONE else {
            throw TenantStoreError("SQLite error \(rc) writing a row: \(String(cString: sqlite3_errstr(rc)))")
        }
    }

    static let zeroID = UUID(uuid: (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0))

    /// One change-log row, bound through SQLite's C API.
    static func stepLog(_ statement: Statement, _ kind: Kind, _ id: UUID?, _ id2: UUID?) throws {
        let s = statement.sqliteStatement
        sqlite3_reset(s)
        var a = (id ?? zeroID).uuid, b = (id2 ?? zeroID).uuid
        let rc: Int32 = withUnsafeBytes(of: &a) { first in
            withUnsafeBytes(of: &b) { second in
                sqlite3_bind_int64(s, 1, kind.rawValue)
                if id != nil { sqlite3_bind_blob(s, 2, first.baseAddress, 16, nil) } else { sqlite3_bind_null(s, 2) }
                if id2 != nil { sqlite3_bind_blob(s, 3, second.baseAddress, 16, nil) } else { sqlite3_bind_null(s, 3) }
                return sqlite3_step(s)
            }
        }
        sqlite3_reset(s)
        sqlite3_clear_bindings(s)
        guard rc == SQLITE_DONE else {
            throw TenantStoreError("SQLite error \(rc) writing the change log: \(String(cString: sqlite3_errstr(rc)))")
        }
    }

    static func step(_ statement: Statement, _ a: UUID, _ b: UUID) throws {
        try withUnsafeBytes(of: b.uuid) { try step(statement, a, Array($0)) }
    }

    /// BEGIN, COMMIT and the like, prepared once per connection.
    static func run(_ sql: String, _ db: Database) throws { try db.cachedStatement(sql: sql).execute() }

    /// Closes the file's connection (the kept statements are finalized first; SQLite refuses to
    /// close a connection with statements left). The store cannot be used afterwards.
    func close() throws {
        hotStatements = nil
        callLog?.close()
        try dbQueue.close()
    }

    /// For tests: every write fails (the database is query-only, the call log read-only), as
    /// when the file is made read-only under a running shell; `false` undoes it.
    func refuseWrites(_ refuse: Bool) throws {
        try dbQueue.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA query_only = \(refuse ? 1 : 0)") }
        callLog?.reopen(readOnly: refuse)
    }

    /// Remembers that this connection has seen everything committed so far.
    func noteCaughtUp(_ db: Database) throws {
        lastSeq = try Int64.fetchOne(db, sql: "SELECT max(seq) FROM changes") ?? 0
        callGen = try Self.storedGeneration(db)
        callFileId = UInt64(bitPattern: try Int64.fetchOne(db, sql: "SELECT CAST(value AS INTEGER) FROM meta WHERE key = 'calls_id'") ?? 0)
        callOffset = CallLog.headerSize
        unfolded = TenantChanges()
    }
}
