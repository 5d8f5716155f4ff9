import Foundation
import Synchronization
import PowerShellSyntax

/// What Get-Command / Get-Help / completion see for a command name.
public struct CommandEntry {
    public enum Kind: String, Sendable { case alias = "Alias", function = "Function", filter = "Filter", cmdlet = "Cmdlet", externalScript = "ExternalScript" }
    public let name: String
    public let kind: Kind
    /// The binder's metadata (for an alias: its target's).
    public let metadata: CommandMetadata?
    /// Script text of a function, the target of an alias, or the cmdlet name.
    public let definition: String
    /// For an alias: the command it points to.
    public let aliasTarget: String?
}

/// Cooperative stop request (Ctrl-C): the interpreter checks it between statements, loop
/// iterations and pipeline objects and stops the running pipeline.
public final class StopRequest: Sendable {
    // an atomic flag: the interpreter reads it before every statement (a lock was 3% of a loop)
    private let requested = Atomic<Bool>(false)
    public init() {}
    public func request() { requested.store(true, ordering: .releasing) }
    public func reset() { requested.store(false, ordering: .releasing) }
    public var isRequested: Bool { requested.load(ordering: .acquiring) }
}

extension Session {
    /// What an alias finally names, following aliases of aliases; nil when the chain comes back
    /// on itself (`Set-Alias a b; Set-Alias b a`), as AliasInfo.ResolvedCommand is null in pwsh.
    /// A name that is no alias is its own resolution.
    func resolveAliasChain(_ name: String) -> String? {
        var n = name
        var seen: Set<NameKey> = []
        while let target = currentScope.lookupAlias(NameKey(n)) ?? commands.alias(n) {
            guard seen.insert(NameKey(n)).inserted else { return nil }
            n = target
        }
        return n
    }

    /// Resolves a name the way the command lookup does (aliases, functions, cmdlets).
    public func lookupCommand(_ name: String) -> CommandEntry? {
        let key = NameKey(name)
        if let target = currentScope.lookupAlias(key) ?? commands.alias(name) {
            // the alias is listed even when its chain loops; it then resolves to nothing
            let resolved = resolveAliasChain(target).flatMap { lookupCommand($0) }
            let display = commands.aliasList.first { NameKey($0.0) == key }?.0 ?? name
            return CommandEntry(name: display, kind: .alias, metadata: resolved?.metadata, definition: target, aliasTarget: resolved?.name ?? target)
        }
        if let f = currentScope.lookupFunction(key) {
            return CommandEntry(name: f.name, kind: f.isFilter ? .filter : .function, metadata: f.metadata, definition: f.scriptBlock.text, aliasTarget: nil)
        }
        if let c = commands.cmdlet(named: name) {
            return CommandEntry(name: c.metadata.name, kind: .cmdlet, metadata: c.metadata, definition: c.metadata.name, aliasTarget: nil)
        }
        return nil
    }

    /// Every command visible now: aliases, functions (innermost scope first), cmdlets.
    public func allCommands() -> [CommandEntry] {
        var out: [CommandEntry] = []
        var seen = Set<NameKey>()
        for (a, _) in commands.aliasList {
            if let e = lookupCommand(a), seen.insert(NameKey(a)).inserted { out.append(e) }
        }
        var s: Scope? = currentScope
        while let sc = s {
            for f in sc.functions.values.sorted(by: { NameKey.fold($0.name) < NameKey.fold($1.name) }) where seen.insert(NameKey(f.name)).inserted {
                out.append(CommandEntry(name: f.name, kind: f.isFilter ? .filter : .function, metadata: f.metadata, definition: f.scriptBlock.text, aliasTarget: nil))
            }
            s = sc.parent
        }
        for m in commands.allMetadata where seen.insert(NameKey(m.name)).inserted {
            out.append(CommandEntry(name: m.name, kind: .cmdlet, metadata: m, definition: m.name, aliasTarget: nil))
        }
        return out
    }

    /// Defines or replaces a script alias in the current scope (Set-Alias / New-Alias).
    public func setAlias(_ name: String, to target: String, global: Bool = false) {
        (global ? globalScope : currentScope).aliases[NameKey(name)] = target
    }

    /// Throws PipelineStoppedException when a stop (Ctrl-C) was requested.
    func checkStop() throws {
        if stopRequest.isRequested {
            stopRequest.reset()
            let rec = ErrorRecord(message: "The pipeline has been stopped.", errorId: "PipelineStopped", category: .OperationStopped, exceptionType: "System.Management.Automation.PipelineStoppedException")
            throw RuntimeError(rec, scriptTerminating: true)
        }
    }
}
