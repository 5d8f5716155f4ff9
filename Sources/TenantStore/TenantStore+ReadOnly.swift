import Foundation
import GRDB
import GRDBSQLite
import Licensing

extension TenantStore {
    /// The tenant a file holds, read without writing anything beside it (`licenselab --what-if`):
    /// no file or folder is created, no journal is made. A file that does not exist gives
    /// `initial()` (what opening it for real would create). The same refusals as opening it for
    /// real: a folder, an empty file, a file that is not a LicenseLab tenant, a damaged row.
    ///
    /// When no other shell has the file open (no `-wal` beside it) every commit is in the file
    /// itself: its bytes are read and opened in memory. Otherwise SQLite reads it read-only
    /// through the journal the other shell keeps.
    public static func readTenant(path: String, initial: () -> Tenant = { DemoTenant.make() }) throws(TenantStoreError) -> Tenant {
        let fm = FileManager.default
        var isDirectory: ObjCBool = false
        guard fm.fileExists(atPath: path, isDirectory: &isDirectory) else {
            let directory = (path as NSString).deletingLastPathComponent
            if !directory.isEmpty && !fm.fileExists(atPath: directory) && path != defaultPath() {
                throw TenantStoreError("the folder \(directory) does not exist: create it first, or give --tenant a path in an existing folder")
            }
            return initial()
        }
        if isDirectory.boolValue { throw TenantStoreError("the tenant file \(path) is a folder; give the path of a file") }
        // the calls not yet folded into the file, read under the shared lock with the file
        let log = fm.fileExists(atPath: path + "-calls") ? try CallLog(tenantPath: path, readOnly: true) : nil
        try log?.lock(exclusive: false, timeout: defaultBusyTimeout)
        defer { log?.unlock() }
        do {
            let queue: DatabaseQueue
            if fm.fileExists(atPath: path + "-wal") {
                var config = configuration()
                config.readonly = true
                queue = try DatabaseQueue(path: path, configuration: config)
            } else {
                queue = try inMemoryCopy(of: path)
            }
            return try queue.read { db in
                guard try hasSchema(db) else {
                    throw TenantStoreError("\(path) is an SQLite file but not a LicenseLab tenant (it has no tenant in its 'meta' table)")
                }
                let tenant: Tenant
                do { tenant = Tenant(snapshot: try readSnapshot(db)) } catch let e as TenantStoreError {
                    throw TenantStoreError("the tenant file \(path) is damaged: \(e.message)")
                }
                // the log's records apply when its generation is the file's (a header left
                // committing by a killed process: only if that commit did not happen)
                let fileId = UInt64(bitPattern: try Int64.fetchOne(db, sql: "SELECT CAST(value AS INTEGER) FROM meta WHERE key = 'calls_id'") ?? 0)
                if let log, let header = log.header(), header.fileId == fileId, header.generation == (try storedGeneration(db)) {
                    do {
                        for body in log.records(from: CallLog.headerSize).bodies {
                            try CallRecord.apply(body, to: tenant, keeping: TenantChanges())
                        }
                    } catch {
                        throw TenantStoreError("the tenant file \(path) is damaged: its call log cannot be read (\(RowCodec.plainDescription(error)))")
                    }
                }
                return tenant
            }
        } catch let e as TenantStoreError {
            throw TenantStoreError(e.message.contains(path) ? e.message : "the tenant file \(path) \(e.message)")
        } catch {
            throw TenantStoreError("cannot read the tenant file \(path): \(describe(error))")
        }
    }

    /// An in-memory database holding a copy of the file's bytes (marked as a rollback-journal
    /// database, as an in-memory database cannot be in WAL mode).
    private static func inMemoryCopy(of path: String) throws -> DatabaseQueue {
        var bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
        if bytes.isEmpty {
            throw TenantStoreError("the tenant file \(path) is empty (0 bytes), so it holds no tenant")
        }
        guard bytes.count >= 100, bytes.starts(with: Array("SQLite format 3\0".utf8)) else {
            throw TenantStoreError("cannot read the tenant file \(path): file is not a database")
        }
        // the header's write and read versions: 2 (WAL) -> 1 (rollback journal)
        bytes[18] = 1
        bytes[19] = 1
        let queue = try DatabaseQueue(configuration: configuration())
        try queue.inDatabase { db in
            guard let buffer = sqlite3_malloc64(sqlite3_uint64(bytes.count)) else { throw TenantStoreError("out of memory reading \(path)") }
            bytes.withUnsafeBytes { if let base = $0.baseAddress { buffer.copyMemory(from: base, byteCount: bytes.count) } }
            let flags = UInt32(SQLITE_DESERIALIZE_FREEONCLOSE | SQLITE_DESERIALIZE_RESIZEABLE)
            let code = sqlite3_deserialize(db.sqliteConnection, "main", buffer.assumingMemoryBound(to: UInt8.self),
                                           sqlite3_int64(bytes.count), sqlite3_int64(bytes.count), flags)
            guard code == SQLITE_OK else { throw DatabaseError(resultCode: ResultCode(rawValue: code)) }
        }
        return queue
    }
}
