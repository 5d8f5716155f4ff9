import Foundation
import Glibc
import Licensing
import PowerShellRuntime
import TenantStore

/// The Lab module's persistence cmdlets (docs/persistence.md): tenant files, checkpoints, diffs
/// and generated tenants. They work on the session's tenant (the M365 module must be installed)
/// and on a `TenantStore`: the SQLite file, or an in-memory store for `--demo` sessions.
public enum StoreCmdlets {
    static let commands: [(any Cmdlet.Type, String)] = [
        (ExportLabTenantCommand.self, "ExportLabTenant"), (ImportLabTenantCommand.self, "ImportLabTenant"),
        (NewLabTenantCommand.self, "NewLabTenant"), (CheckpointLabTenantCommand.self, "CheckpointLabTenant"),
        (RestoreLabTenantCommand.self, "RestoreLabTenant"), (GetLabCheckpointCommand.self, "GetLabCheckpoint"),
        (RemoveLabCheckpointCommand.self, "RemoveLabCheckpoint"), (CompareLabTenantCommand.self, "CompareLabTenant"),
    ]

    /// Registers the cmdlets; call after `M365Module.install` with the store holding the same tenant.
    /// A change the store could not save (it undid it) fails the call that made it with a
    /// script-terminating `TenantStoreCommitFailed` error; failures that lose nothing are warnings.
    public static func install(into session: Session, store: TenantStore) {
        store.onError = { [unowned session] error in
            session.failCurrentCommand(RuntimeError(message: error.message, errorId: "TenantStoreCommitFailed", category: .WriteError,
                                                    exceptionType: "System.IO.IOException", targetObject: .string(error.path)))
        }
        store.onWarning = { [unowned session] error in session.writeToHost("WARNING: \(error.message)\n", to: .error) }
        let state = StoreState(store: store)
        session.types.register(TypeRegistry.EmulatedType(fullName: StoreState.holderType, staticProperties: ["State": { .native(state) }]))
        for (type, className) in commands { session.commands.register(type, fullyQualifiedName: CmdletCatalog.lab + className) }
    }

    public static var commandNames: [String] { commands.map { $0.0.metadata.name } }
}

/// The session's store, found the same way as the M365 module's state.
final class StoreState: NativeObject {
    static let holderType = "LicenseLab.Store"
    let store: TenantStore

    init(store: TenantStore) { self.store = store }

    var typeName: String { "LicenseLab.StoreState" }
    func toString() -> String { "LicenseLab store \(store.path ?? "(memory)")" }

    static func find(in session: Session) -> StoreState? {
        guard let getter = session.types.emulatedType(holderType)?.staticProperties["State"],
              case .native(let n) = getter(), let s = n as? StoreState else { return nil }
        return s
    }
}

extension CommandContext {
    var tenantStore: TenantStore {
        get throws {
            guard let s = StoreState.find(in: session) else {
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
