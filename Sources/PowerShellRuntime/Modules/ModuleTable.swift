import Foundation

/// Orders module versions ("5.7.1" < "6.0.0" < "6.0.10") by their numeric parts.
enum ModuleVersionOrder {
    static func parts(_ v: String) -> [Int] { v.split(separator: ".").map { Int($0) ?? 0 } }
    static func less(_ a: String, _ b: String) -> Bool {
        let x = parts(a), y = parts(b)
        for i in 0..<max(x.count, y.count) {
            let l = i < x.count ? x[i] : 0, r = i < y.count ? y[i] : 0
            if l != r { return l < r }
        }
        return false
    }
}

/// The modules of a session: every installed one (Get-Module -ListAvailable), which of them are
/// imported (Get-Module), and the conceptual help topics they brought. A module that is not
/// imported at start is imported by Import-Module or the first time one of its commands runs,
/// as PowerShell's module autoloading does (after a module's first command ran, Get-Module
/// lists the module).
public final class ModuleTable {
    private var manifests: [ModuleManifest] = []
    private var byName: [NameKey: Int] = [:]
    /// Modules imported during the session, in import order (script modules too).
    private var imported: [ModuleManifest] = []
    /// The module each command of an autoloaded module belongs to.
    private var autoloaded: [ObjectIdentifier: Int] = [:]
    private var topics: [HelpTopic] = []
    /// The modules' description tables, kept as given (keyed by the cmdlets' own spelling) so that
    /// installing a module does no work for them; Get-Help looks a name up.
    private var descriptionTables: [[String: String]] = []
    /// Each imported script module, and the scope its exports went into.
    private var scriptModules: [NameKey: (target: Scope, module: LoadedScriptModule)] = [:]

    init() {}

    /// Every installed module, in installation order.
    public var available: [ModuleManifest] { manifests }

    /// The imported modules: those there from the start, then those imported, in import order.
    public var loaded: [ModuleManifest] { manifests.filter(\.importedAtStart) + imported }

    public func manifest(named name: String) -> ModuleManifest? {
        byName[NameKey(name)].map { manifests[$0] }
    }

    /// Installed modules whose names match a name or wildcard, in installation order.
    func matching(_ pattern: String) -> [ModuleManifest] {
        let p = WildcardPattern(pattern)
        return manifests.filter { p.matches($0.name) }
    }

    func add(_ manifest: ModuleManifest, commands: [ModuleCommand]) {
        let index: Int
        if let existing = byName[NameKey(manifest.name)], manifests[existing].embeddedScript == nil || manifests[existing].version == manifest.version {
            index = existing
        } else if byName[NameKey(manifest.name)] != nil {
            // another version of a built-in script module: listed after the first
            index = manifests.count
            manifests.append(manifest)
        } else {
            index = manifests.count
            manifests.append(manifest)
            byName[NameKey(manifest.name)] = index
        }
        if !manifests[index].importedAtStart, manifests[index].embeddedScript == nil {
            for c in commands { autoloaded[ObjectIdentifier(c.type)] = index }
        }
    }

    func add(helpTopics: [HelpTopic]) { topics += helpTopics }

    func add(descriptions more: [String: String]) {
        if !more.isEmpty { descriptionTables.append(more) }
    }

    /// Get-Help's DESCRIPTION of a command: its metadata's own, else its module's help text.
    public func description(of md: CommandMetadata) -> String {
        guard md.description.isEmpty else { return md.description }
        for table in descriptionTables.reversed() { if let text = table[md.name] { return text } }
        return ""
    }

    public func isImported(_ name: String) -> Bool {
        manifest(named: name)?.importedAtStart == true || imported.contains { CaseFold.equal($0.name, name) }
    }

    /// Imports an installed module (and the modules it nests). False when none has that name.
    @discardableResult
    func importModule(named name: String) -> Bool {
        guard let m = manifest(named: name) else { return false }
        if !isImported(m.name) { imported.append(m) }
        for nested in m.nestedModules { importModule(named: nested) }
        return true
    }

    /// Records a script module imported from a file (it has no manifest: version 0.0) and what
    /// it exported into `target`, which Remove-Module takes away again.
    func importScriptModule(_ module: LoadedScriptModule, path: String, into target: Scope) {
        scriptModules[NameKey(module.name)] = (target, module)
        guard !isImported(module.name) else { return }
        var m = ModuleManifest(name: module.name, version: "0.0", author: "", inGallery: false)
        m.scriptPath = path
        imported.append(m)
    }

    /// Records a built-in script module (Pester) imported in one of its versions.
    func importScriptModule(_ module: LoadedScriptModule, manifest: ModuleManifest, into target: Scope) {
        scriptModules[NameKey(module.name)] = (target, module)
        if !isImported(module.name) { imported.append(manifest) }
    }

    /// The installed versions of a built-in script module, highest first.
    func embeddedManifests(named name: String) -> [ModuleManifest] {
        manifests.filter { $0.embeddedScript != nil && CaseFold.equal($0.name, name) }
            .sorted { ModuleVersionOrder.less($1.version, $0.version) }
    }

    /// The script module imported under that name, if any.
    func scriptModule(named name: String) -> LoadedScriptModule? { scriptModules[NameKey(name)]?.module }

    /// Remove-Module: false when no imported module has that name. A script module's functions,
    /// aliases and variables go with it (unless something has redefined them since), as in PowerShell.
    func remove(_ name: String) -> Bool {
        guard let i = imported.firstIndex(where: { CaseFold.equal($0.name, name) }) else { return false }
        imported.remove(at: i)
        if let (scope, module) = scriptModules.removeValue(forKey: NameKey(name)) {
            for (key, info) in module.exportedFunctions where scope.functions[key] === info { scope.functions[key] = nil }
            for (key, target) in module.exportedAliases where scope.aliases[key] == target { scope.aliases[key] = nil }
            for (key, v) in module.exportedVariables where scope.variables[key] === v { scope.variables[key] = nil }
        }
        return true
    }

    /// Called when a cmdlet runs: imports its module if it was not imported yet.
    @inline(__always)
    func noteUse(of type: any Cmdlet.Type) {
        guard !autoloaded.isEmpty, let index = autoloaded[ObjectIdentifier(type)] else { return }
        let m = manifests[index]
        if !imported.contains(where: { $0.name == m.name }) { imported.append(m) }
    }

    /// The names of the commands a module exports (its nested modules' too), sorted.
    func exportedCommands(_ m: ModuleManifest, _ table: CommandTable) -> [String] {
        let names = [m.name] + m.nestedModules
        return table.allMetadata.filter { md in names.contains { CaseFold.equal(md.moduleName, $0) } }
            .map(\.name).sorted { CaseFold.compare($0, $1, caseSensitive: false) < 0 }
    }

    // MARK: conceptual help

    /// The about_ topics of the installed modules.
    public var helpTopics: [HelpTopic] { topics }

    /// Case-insensitive exact name.
    public func helpTopic(named name: String) -> HelpTopic? {
        let key = NameKey.fold(name)
        return topics.first { NameKey.fold($0.name) == key }
    }

    /// Topics whose names match a wildcard (`about_*`).
    public func helpTopics(matching pattern: String) -> [HelpTopic] {
        let p = WildcardPattern(pattern)
        return topics.filter { p.matches($0.name) }
    }
}
