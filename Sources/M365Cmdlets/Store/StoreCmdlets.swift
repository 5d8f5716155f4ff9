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
        // checkpoint names where a checkpoint is asked for (read from the store at each Tab)
        let checkpointCommands = [("Restore-LabTenant", "Name"), ("Remove-LabCheckpoint", "Name"), ("Get-LabCheckpoint", "Name"),
                                  ("Checkpoint-LabTenant", "Name"), ("Compare-LabTenant", "Reference"), ("Compare-LabTenant", "Difference")]
        for (command, parameter) in checkpointCommands {
            CompletionProviders.of(session).register(parameters: [parameter], commands: command) { [unowned session] request in
                guard let store = session.slot(StoreState.self)?.store, let all = try? store.checkpoints() else { return [] }
                return TenantCompletion.matching(all.map(\.name), request.wordToComplete)
            }
        }
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

    /// Asks before a command puts another tenant in place of the session's (Reset-, Import-,
    /// Restore- and New-LabTenant). -WhatIf shows what would happen and -Confirm asks, as for any
    /// command. Replacing a tenant file that holds changes is High impact: it asks under pwsh's
    /// default `$ConfirmPreference` unless -Force or -Confirm:$false is given, and a run that
    /// cannot ask (a script or -c without a terminal) is stopped with an error naming `--demo` and
    /// `-Force`, so a scenario never wipes a user's tenant on its own.
    func mayReplaceTenant(named name: String) throws -> Bool {
        let store = try? tenantStore
        let file = store?.path
        let target = file.map { "Tenant '\(name)' in \($0)" } ?? "Tenant '\(name)'"
        guard let store, let file, store.holdsChanges else { return try shouldProcess(target: target) }
        let impact: ConfirmImpact = switchPresent("Force") ? .none : .high
        if !whatIf, asksConfirmation(for: impact), !session.host.isInteractive {
            throw RuntimeError(errorRecord(
                "\(commandName) would replace the tenant in \(file), which holds changes, and this run cannot ask for confirmation. "
                    + "Run scripts that reset the tenant on the demo tenant in memory (licenselab --demo), or add -Force to replace the tenant in the file.",
                errorId: "TenantReplaceNotConfirmed", category: .InvalidOperation, exceptionType: "System.InvalidOperationException",
                targetObject: .string(file)), scriptTerminating: true)
        }
        return try shouldProcess(target: target, impact: impact)
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
