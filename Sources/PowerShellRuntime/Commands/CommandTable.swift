/// Cmdlets and aliases known to a session (functions live in scopes). Modules register theirs here.
public final class CommandTable {
    private var cmdlets: [NameKey: any Cmdlet.Type] = [:]
    private var order: [NameKey] = []
    private var aliases: [NameKey: (String, String)] = [:]
    /// The module that exports an alias (none for the session's built-in aliases).
    private var aliasModules: [NameKey: String] = [:]
    private var fqNames: [NameKey: String] = [:]

    public init() {}

    /// Registers a cmdlet type. `fullyQualifiedName` is the .NET type name used in FQEIDs
    /// (a module's own, e.g. `Contoso.Tools.Commands.GetProbe`); default
    /// `Microsoft.PowerShell.Commands.<Verb><Noun>Command`.
    public func register(_ type: any Cmdlet.Type, fullyQualifiedName: String? = nil) {
        let md = type.metadata
        let k = NameKey(md.name)
        if cmdlets[k] == nil { order.append(k) }
        cmdlets[k] = type
        if let fq = fullyQualifiedName { fqNames[k] = fq }
    }

    /// Takes a cmdlet away (a sandboxed session without the commands that write files).
    public func unregister(_ name: String) {
        let k = NameKey(name)
        cmdlets[k] = nil
        order.removeAll { $0 == k }
    }

    /// Registers an alias (`select` → `Select-Object`).
    public func register(alias: String, for command: String) {
        aliases[NameKey(alias)] = (alias, command)
        aliasModules[NameKey(alias)] = nil
    }

    public func cmdlet(named name: String) -> (any Cmdlet.Type)? { cmdlets[NameKey(name)] }
    public func alias(_ name: String) -> String? { aliases[NameKey(name)]?.1 }

    /// Registers an alias a module exports (Get-Command shows the module as its Source).
    func register(alias: String, for command: String, module: String) {
        register(alias: alias, for: command)
        aliasModules[NameKey(alias)] = module
    }

    /// The module that exports a registered alias; nil for built-in and script aliases.
    func module(ofAlias name: String) -> String? { aliasModules[NameKey(name)] }

    /// Metadata of every registered cmdlet, in registration order.
    public var allMetadata: [CommandMetadata] { order.compactMap { cmdlets[$0]?.metadata } }
    public var aliasList: [(String, String)] { aliases.values.sorted { NameKey.fold($0.0) < NameKey.fold($1.0) } }

    func fullyQualifiedName(for md: CommandMetadata) -> String {
        let k = NameKey(md.name)
        if let f = fqNames[k] { return f }
        if cmdlets[k] == nil { return md.name }
        return "Microsoft.PowerShell.Commands." + md.verb + md.noun + "Command"
    }
}
