import Foundation
import GRDB
import Licensing

// The tenant's audit log in the tenant file (docs/portal.md, "Audit log"): the core records
// group-licensing activities on the tenant object (Licensing/Audit.swift); the store moves them
// into this table as it saves each change, so shells and the server on one file read one log.
// Like the request log it is not part of the tenant: exports and checkpoints leave it out.
extension TenantStore {
    static let auditLogSchema = """
        CREATE TABLE IF NOT EXISTS audit_log(seq INTEGER PRIMARY KEY, time REAL NOT NULL, category TEXT NOT NULL,
            activity TEXT NOT NULL, result TEXT NOT NULL, initiated_by TEXT NOT NULL, target_id TEXT,
            target_name TEXT NOT NULL, detail TEXT NOT NULL)
        """

    /// Writes the records the tenant made since the last change was saved (the caller holds the
    /// write lock); keeps the newest `Tenant.auditLogCapacity`. A failure is a warning: the change
    /// itself is saved either way.
    func saveAuditRecords(of tenant: Tenant) {
        let records = tenant.takeAuditRecords()
        guard !records.isEmpty else { return }
        do {
            try dbQueue.inDatabase { db in
                try db.execute(sql: Self.auditLogSchema)
                try db.inTransaction(.immediate) {
                    let insert = try db.cachedStatement(sql: """
                        INSERT INTO audit_log(time, category, activity, result, initiated_by, target_id, target_name, detail)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                        """)
                    for r in records {
                        try insert.execute(arguments: [r.time.timeIntervalSince1970, r.category, r.activity, r.result, r.initiatedBy,
                                                       r.targetId?.uuidString, r.targetName, r.detail])
                    }
                    try db.execute(sql: "DELETE FROM audit_log WHERE seq <= (SELECT max(seq) FROM audit_log) - ?",
                                   arguments: [Tenant.auditLogCapacity])
                    return .commit
                }
            }
        } catch {
            onWarning?(TenantStoreError("the tenant store could not record the audit log: \(Self.describe(error))"))
        }
    }

    /// The audit log, oldest first (the newest `last` when given): what this file holds, then what
    /// this process's tenant recorded and has not saved yet (all of it for an in-memory tenant).
    public func auditRecords(last: Int? = nil) -> [AuditRecord] {
        var records: [AuditRecord] = []
        if persistsTenant {
            records = (try? dbQueue.inDatabase { db -> [AuditRecord] in
                // asked of SQLite each time: GRDB's schema cache does not see a table another process made
                guard try Bool.fetchOne(db, sql: "SELECT count(*) > 0 FROM sqlite_master WHERE type = 'table' AND name = 'audit_log'") == true else {
                    return []
                }
                let limit = last.map { max(0, $0) } ?? Tenant.auditLogCapacity
                let rows = try Row.fetchAll(db, sql: "SELECT * FROM (SELECT * FROM audit_log ORDER BY seq DESC LIMIT ?) ORDER BY seq",
                                            arguments: [limit])
                return rows.map { row in
                    AuditRecord(category: row["category"], activity: row["activity"], time: Date(timeIntervalSince1970: row["time"]),
                                result: row["result"], initiatedBy: row["initiated_by"],
                                targetId: (row["target_id"] as String?).flatMap(UUID.init(uuidString:)),
                                targetName: row["target_name"], detail: row["detail"])
                }
            }) ?? []
        }
        records += tenant.auditRecords
        if let last, records.count > last { records = Array(records.suffix(max(0, last))) }
        return records
    }

    /// Changes when the tenant does, in this process or (once `refresh` has read them) in another
    /// one: the portal's live refresh compares it (docs/portal.md, "Live refresh").
    public var changeStamp: String { "\(callGen).\(callOffset).\(tenant.changeCount)" }
}
