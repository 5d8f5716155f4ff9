import Foundation
import GRDB
import Licensing

/// A named copy of the tenant kept in the same file (`Checkpoint-LabTenant`).
public struct CheckpointInfo: Equatable, Sendable {
    public var name: String
    public var createdDateTime: Date
    public var users: Int
    public var groups: Int
}

// Checkpoints: the whole snapshot as JSON with exact dates (not the tenant file format, whose
// timestamps are to the millisecond), one row per name (case-insensitive).
extension TenantStore {
    @discardableResult
    public func saveCheckpoint(name: String, replace: Bool = false, now: Date = Date()) throws(TenantStoreError) -> CheckpointInfo {
        let snapshot = tenant.snapshot()
        let info = CheckpointInfo(name: name, createdDateTime: now, users: snapshot.users.count, groups: snapshot.groups.count)
        try access { db in
            if !replace, try Int.fetchOne(db, sql: "SELECT 1 FROM checkpoints WHERE name = ?", arguments: [name]) != nil {
                throw TenantStoreError("A checkpoint named '\(name)' already exists. Use -Force to replace it.")
            }
            let data = try JSONEncoder().encode(snapshot)
            try db.execute(sql: "INSERT OR REPLACE INTO checkpoints(name, created, users, groups, data) VALUES (?, ?, ?, ?, ?)",
                           arguments: [name, now.timeIntervalSince1970, info.users, info.groups, data])
        }
        return info
    }

    public func checkpoint(named name: String) throws(TenantStoreError) -> TenantSnapshot? {
        try access { db in
            guard let data = try Data.fetchOne(db, sql: "SELECT data FROM checkpoints WHERE name = ?", arguments: [name]) else {
                return nil
            }
            return try JSONDecoder().decode(TenantSnapshot.self, from: data)
        }
    }

    /// In the order they were taken.
    public func checkpoints() throws(TenantStoreError) -> [CheckpointInfo] {
        try access { db in
            try Row.fetchAll(db, sql: "SELECT name, created, users, groups FROM checkpoints ORDER BY created, name").map { row in
                CheckpointInfo(name: try row.decode(String.self, atIndex: 0), createdDateTime: Date(timeIntervalSince1970: try row.decode(Double.self, atIndex: 1)),
                               users: try row.decode(Int.self, atIndex: 2), groups: try row.decode(Int.self, atIndex: 3))
            }
        }
    }

    @discardableResult
    public func removeCheckpoint(named name: String) throws(TenantStoreError) -> Bool {
        try access { db in
            try db.execute(sql: "DELETE FROM checkpoints WHERE name = ?", arguments: [name])
            return db.changesCount > 0
        }
    }

    /// Runs `body` in its own immediate transaction (or inside the open one).
    func access<T>(_ body: (Database) throws -> T) throws(TenantStoreError) -> T {
        do {
            return try dbQueue.inDatabase { db in
                if transactionOpen { return try body(db) }
                try db.execute(sql: "BEGIN IMMEDIATE")
                do {
                    let result = try body(db)
                    try db.execute(sql: "COMMIT")
                    return result
                } catch {
                    try? db.execute(sql: "ROLLBACK")
                    throw error
                }
            }
        } catch let e as TenantStoreError {
            throw e
        } catch {
            throw TenantStoreError("the tenant store failed: \(Self.describe(error))")
        }
    }
}
