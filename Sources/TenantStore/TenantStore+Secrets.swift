import Foundation
import GRDB

// Secrets kept in the tenant file beside the tenant (docs/graph-server.md): the key that signs
// the lab's Graph access tokens. A secret is made once, on first use, and then read by every
// process that opens the file, so a token `New-LabGraphToken` made in a shell is accepted by a
// `licenselab serve` on the same file. It is not part of the tenant: exports, checkpoints and
// imports leave it alone. An in-memory store (`--demo`) keeps it for its own life.
extension TenantStore {
    /// The secret named `name`: `length` random bytes made the first time it is asked for.
    public func secret(named name: String, length: Int = 32) throws(TenantStoreError) -> [UInt8] {
        let key = "secret." + name
        do {
            return try dbQueue.inDatabase { db in
                if let stored = try Data.fetchOne(db, sql: "SELECT value FROM meta WHERE key = ?", arguments: [key]), stored.count == length {
                    return [UInt8](stored)
                }
                var bytes = [UInt8](repeating: 0, count: length)
                var generator = SystemRandomNumberGenerator()
                for i in bytes.indices { bytes[i] = UInt8.random(in: .min ... .max, using: &generator) }
                // two processes asking at once agree: the first insert wins and both read it back
                try db.execute(sql: "INSERT OR IGNORE INTO meta(key, value) VALUES (?, ?)", arguments: [key, Data(bytes)])
                guard let kept = try Data.fetchOne(db, sql: "SELECT value FROM meta WHERE key = ?", arguments: [key]), kept.count == length else {
                    throw TenantStoreError("the tenant file holds a damaged \(name) (expected \(length) bytes)")
                }
                return [UInt8](kept)
            }
        } catch let error as TenantStoreError {
            throw error
        } catch {
            throw TenantStoreError("the tenant store could not read its \(name): \(Self.describe(error))")
        }
    }
}
