import Foundation
import GRDB

/// One request `licenselab serve` answered, as `Get-LabGraphRequest` shows it.
public struct GraphRequestRecord: Sendable, Equatable {
    public var time: Date
    public var method: String
    /// The request target as sent: path and query (`/v1.0/users?$top=5`).
    public var target: String
    public var status: Int
    public var durationMilliseconds: Double
    /// Who sent it: the token's user (`upn`), or its application (`app:<name> (<appId>)`), or
    /// `(no valid token)`.
    public var caller: String
    public var requestId: String
    public var clientRequestId: String

    public init(time: Date, method: String, target: String, status: Int, durationMilliseconds: Double, caller: String,
                requestId: String, clientRequestId: String) {
        self.time = time
        self.method = method
        self.target = target
        self.status = status
        self.durationMilliseconds = durationMilliseconds
        self.caller = caller
        self.requestId = requestId
        self.clientRequestId = clientRequestId
    }
}

// The Graph server's request log, kept in the tenant file beside the tenant (docs/graph-server.md,
// "The request log"): the newest N requests (10,000 unless the tenant says otherwise), so a shell
// on the file sees what a program sent. Not part of the tenant: exports and checkpoints leave it out.
extension TenantStore {
    static let requestLogSchema = """
        CREATE TABLE IF NOT EXISTS graph_requests(seq INTEGER PRIMARY KEY, time REAL NOT NULL, method TEXT NOT NULL,
            target TEXT NOT NULL, status INTEGER NOT NULL, duration REAL NOT NULL, caller TEXT NOT NULL,
            request_id TEXT NOT NULL, client_request_id TEXT NOT NULL)
        """

    /// Appends requests to the log (one transaction) and drops all but the newest `keep`.
    public func appendGraphRequests(_ records: [GraphRequestRecord], keep: Int) throws(TenantStoreError) {
        guard !records.isEmpty else { return }
        do {
            try dbQueue.inDatabase { db in
                try db.execute(sql: Self.requestLogSchema)
                try db.inTransaction(.immediate) {
                    let insert = try db.cachedStatement(sql: """
                        INSERT INTO graph_requests(time, method, target, status, duration, caller, request_id, client_request_id)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                        """)
                    for r in records {
                        try insert.execute(arguments: [r.time.timeIntervalSince1970, r.method, r.target, r.status, r.durationMilliseconds,
                                                       r.caller, r.requestId, r.clientRequestId])
                    }
                    try db.execute(sql: "DELETE FROM graph_requests WHERE seq <= (SELECT max(seq) FROM graph_requests) - ?",
                                   arguments: [max(0, keep)])
                    return .commit
                }
            }
        } catch {
            throw TenantStoreError("the tenant store could not record Graph requests: \(Self.describe(error))")
        }
    }

    /// The logged requests, oldest first (the newest `last` when given).
    public func graphRequests(last: Int? = nil) throws(TenantStoreError) -> [GraphRequestRecord] {
        do {
            return try dbQueue.inDatabase { db in
                guard try db.tableExists("graph_requests") else { return [] }
                let rows: [Row]
                if let last {
                    rows = try Row.fetchAll(db, sql: "SELECT * FROM (SELECT * FROM graph_requests ORDER BY seq DESC LIMIT ?) ORDER BY seq",
                                            arguments: [max(0, last)])
                } else {
                    rows = try Row.fetchAll(db, sql: "SELECT * FROM graph_requests ORDER BY seq")
                }
                return rows.map { row in
                    GraphRequestRecord(time: Date(timeIntervalSince1970: row["time"]), method: row["method"], target: row["target"],
                                       status: row["status"], durationMilliseconds: row["duration"], caller: row["caller"],
                                       requestId: row["request_id"], clientRequestId: row["client_request_id"])
                }
            }
        } catch {
            throw TenantStoreError("the tenant store could not read the Graph request log: \(Self.describe(error))")
        }
    }
}
