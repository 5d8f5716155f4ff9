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
    /// Script text of a function, the name an alias points to, or the cmdlet name.
    public let definition: String
    /// For an alias: the command it finally runs; nil when its chain loops or ends nowhere.
    public let aliasTarget: String?
    /// The script module a function came from.
    public var moduleName: String? = nil
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

/// The one command lookup: invocation, Get-Command, Get-Help, Tab completion and the history's
/// secret detection all resolve names here, so they agree, and an alias loop
/// (`Set-Alias a b; Set-Alias b a`) is bounded in one place.
extension Session {
    /// What an alias finally names, following aliases of aliases; nil when the chain comes back
    /// on itself (`Set-Alias a b; Set-Alias b a`), as AliasInfo.ResolvedCommand is null in pwsh.
    /// A name that is no alias is its own resolution.
    func resolveAliasChain(_ name: String) -> String? {
        var n = name
        var seen: Set<NameKey> = []
        while let target = aliasTarget(n) {
            guard seen.insert(NameKey(n)).inserted else { return nil }
            n = target
        }
        return n
    }

    /// The direct target of an alias: script aliases (innermost scope first), then built-in ones.
    func aliasTarget(_ name: String) -> String? {
        currentScope.lookupAlias(NameKey(name)) ?? commands.alias(name)
    }

    /// The function or cmdlet a name that is not an alias denotes (functions shadow cmdlets).
    private func functionOrCmdlet(_ name: String) -> ResolvedCommand? {
        let key = NameKey(name)
        if let f = currentScope.lookupFunction(key) { return .function(f) }
        if scriptScope.isCallerScopedModule, let f = scriptScope.functions[key] { return .function(f) }
        if let c = commands.cmdlet(named: name) { return .cmdlet(c) }
        return nil
    }

    /// What running `name` runs: aliases followed, then functions, cmdlets, a `.ps1` path, and as
    /// pwsh does for a bare noun, the `Get-` command of that noun (`date` → `Get-Date`).
    func resolveCommand(_ name: String) -> ResolvedCommand? {
        guard let n = resolveAliasChain(name) else { return nil }
        if let found = functionOrCmdlet(n) { return found }
        if n.contains("/") || n.contains("\\") || NameKey.fold(n).hasSuffix(".ps1") {
            let path = resolvePath(n)
            // a path to anything but a .ps1 file is a native program (commandNotFound says so)
            if NameKey.fold(path).hasSuffix(".ps1"), fileSystem.exists(path) { return .script(path) }
        }
        if !n.contains("-"), !n.contains("/"), let found = functionOrCmdlet("Get-" + n) { return found }
        // module auto-loading: a script module along PSModulePath that defines the command
        if !n.contains("/"), environment["PSModulePath"] != nil, let file = scriptModuleDefining(n) {
            let quoted = "'" + file.replacingOccurrences(of: "'", with: "''") + "'"
            if (try? invokeExpression("Import-Module \(quoted) -ErrorAction Stop")) != nil, let found = functionOrCmdlet(n) { return found }
        }
        // a built-in script module (Pester) that defines the command
        if autoloadEmbeddedModule(for: n), let found = functionOrCmdlet(n) { return found }
        return nil
    }

    /// A name as Get-Command and Get-Help see it: an alias is listed as an alias (even when its
    /// chain loops: it then resolves to nothing), with the metadata of what it finally runs.
    public func lookupCommand(_ name: String) -> CommandEntry? {
        if let target = aliasTarget(name) {
            let final = resolveAliasChain(target).flatMap { functionOrCmdlet($0) }.map(entry)
            let display = commands.aliasList.first { NameKey($0.0) == NameKey(name) }?.0 ?? name
            return CommandEntry(name: display, kind: .alias, metadata: final?.metadata, definition: target, aliasTarget: final?.name)
        }
        return functionOrCmdlet(name).map(entry)
    }

    private func entry(_ r: ResolvedCommand) -> CommandEntry {
        switch r {
        case .function(let f):
            return CommandEntry(name: f.name, kind: f.isFilter ? .filter : .function, metadata: f.metadata, definition: f.scriptBlock.text, aliasTarget: nil, moduleName: f.moduleName)
        case .cmdlet(let c):
            return CommandEntry(name: c.metadata.name, kind: .cmdlet, metadata: c.metadata, definition: c.metadata.name, aliasTarget: nil)
        case .script(let path):
            return CommandEntry(name: (path as NSString).lastPathComponent, kind: .externalScript, metadata: nil, definition: path, aliasTarget: nil)
        case .scriptBlock(let sb):
            return CommandEntry(name: "", kind: .function, metadata: nil, definition: sb.text, aliasTarget: nil)
        }
    }

    /// The metadata of what `name` runs (aliases followed); nil for an unknown name or a loop.
    func resolveCommandMetadata(_ name: String) -> CommandMetadata? {
        lookupCommand(name)?.metadata
    }

    /// Every command visible now: aliases (script ones, innermost scope first, then built-in
    /// ones), functions (innermost scope first), cmdlets in registration order.
    public func allCommands() -> [CommandEntry] {
        var out: [CommandEntry] = []
        var seen = Set<NameKey>()
        var scope: Scope? = currentScope
        while let sc = scope {
            for (k, _) in sc.aliases where seen.insert(k).inserted {
                if let e = lookupCommand(k.folded) { out.append(e) }
            }
            scope = sc.parent
        }
        for (a, _) in commands.aliasList where seen.insert(NameKey(a)).inserted {
            if let e = lookupCommand(a) { out.append(e) }
        }
        seen = []
        scope = currentScope
        while let sc = scope {
            for f in sc.functions.values.sorted(by: { NameKey.fold($0.name) < NameKey.fold($1.name) }) where seen.insert(NameKey(f.name)).inserted {
                out.append(entry(.function(f)))
            }
            scope = sc.parent
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
            throw Session.pipelineStopped()
        }
    }

    static func pipelineStopped() -> RuntimeError {
        let rec = ErrorRecord(message: "The pipeline has been stopped.", errorId: "PipelineStopped", category: .OperationStopped, exceptionType: "System.Management.Automation.PipelineStoppedException")
        return RuntimeError(rec, scriptTerminating: true)
    }

    /// After the host gave no line: Ctrl-C at a Read-Host or confirmation prompt stops the
    /// pipeline, as in pwsh (the caller reports end of input otherwise).
    func stopIfReadWasInterrupted() throws {
        if host.lastReadWasInterrupted {
            stopRequest.reset()
            throw Session.pipelineStopped()
        }
    }
}
