import Foundation
import Glibc
import Licensing
import PowerShellRuntime
import TenantStore

/// The Lab module's persistence cmdlets (docs/persistence.md): tenant files, checkpoints, diffs
/// and generated tenants. They work on the session's tenant (the M365 module must be installed)
/// and on a `TenantStore`: the SQLite file, or an in-memory store for `--demo` sessions.
public enum StoreCmdlets {
    /// Gives the session's tenant-file cmdlets their store (`M365Module.install(…, store:)` calls
    /// it; the store must hold the session's tenant). A change the store could not save (it undid
    /// it) fails the call that made it with a script-terminating `TenantStoreCommitFailed` error;
    /// failures that lose nothing are warnings.
    public static func install(into session: Session, store: TenantStore) {
        store.onError = { [unowned session] error in
            session.failCurrentCommand(RuntimeError(message: error.message, errorId: "TenantStoreCommitFailed", category: .WriteError,
                                                    exceptionType: "System.IO.IOException", targetObject: .string(error.path)))
        }
        store.onWarning = { [unowned session] error in session.writeToHost("WARNING: \(error.message)\n", to: .error) }
        session.setSlot(StoreState(store: store))
    }
}

/// The session's store (a session slot).
final class StoreState {
    let store: TenantStore

    init(store: TenantStore) { self.store = store }
}

extension CommandContext {
    var tenantStore: TenantStore {
        get throws {
            guard let s = session.slot(StoreState.self) else {
                throw terminatingError("The LicenseLab tenant store is not available in this session.", errorId: "TenantStoreNotInstalled",
                                       category: .ResourceUnavailable)
            }
            return s.store
        }
    }

    /// A file path relative to the session's current location, `~` for the home directory.
    func fileSystemPath(_ path: String) -> String {
        var p = path
        if p == "~" || p.hasPrefix("~/") { p = (ProcessInfo.processInfo.environment["HOME"] ?? NSHomeDirectory()) + p.dropFirst() }
        if !p.hasPrefix("/") { p = (session.currentLocation as NSString).appendingPathComponent(p) }
        return (p as NSString).standardizingPath
    }

    /// Writes a non-terminating error from the store cmdlets.
    func writeStoreError(_ message: String, errorId: String, category: ErrorCategory, target: Value = .null) throws {
        try writeError(errorRecord(message, errorId: errorId, category: category, exceptionType: "System.InvalidOperationException",
                                   targetObject: target))
    }
}

enum StoreObjects {
    static let checkpointType = "LicenseLab.Checkpoint"
    static let changeType = "LicenseLab.TenantChange"

    static func checkpoint(_ c: CheckpointInfo) -> Value {
        Emit.object(checkpointType, [("Name", .string(c.name)), ("CreatedDateTime", Emit.dateTime(c.createdDateTime)),
                                     ("Users", .int(c.users)), ("Groups", .int(c.groups))], toString: c.name)
    }

    static func change(_ e: TenantDiff.Entry) -> Value {
        Emit.object(changeType, [("Change", .string(e.change.rawValue)), ("Target", .string(e.target)), ("Sku", .string(e.sku)),
                                 ("Detail", .string(e.detail))])
    }

    /// `*` and `?` wildcards, case-insensitive (Get-LabCheckpoint -Name).
    static func matches(_ name: String, pattern: String) -> Bool {
        fnmatch(pattern.lowercased(), name.lowercased(), 0) == 0
    }
}
