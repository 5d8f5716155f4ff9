import Foundation
import PowerShellSyntax

/// Script modules installed along `$env:PSModulePath` (colon-separated folders): a module `Name`
/// is `FOLDER/Name/Name.psm1`, `FOLDER/Name/VERSION/Name.psm1` (the highest version) or
/// `FOLDER/Name.psm1`. `Import-Module Name` and `using module Name` find them there, and a command
/// one of them defines imports it on first use (module auto-loading).
extension Session {
    /// The folders of `$env:PSModulePath`, in order.
    var modulePathFolders: [String] {
        (environment["PSModulePath"] ?? "").split(separator: ":").map(String.init).filter { !$0.isEmpty }.map { resolvePath($0) }
    }

    /// The .psm1 file of the module `name` along PSModulePath, nil when there is none.
    func installedScriptModule(named name: String) -> String? {
        guard !name.isEmpty, !name.contains("/") else { return nil }
        for folder in modulePathFolders {
            let dir = (folder as NSString).appendingPathComponent(name)
            let direct = (dir as NSString).appendingPathComponent(name + ".psm1")
            if fileSystem.status(direct)?.kind == .file { return direct }
            // version folders: the highest version that has the file
            if let entries = try? fileSystem.contents(ofDirectory: dir) {
                let versions = entries.compactMap { v -> (VersionObject, String)? in
                    guard let parsed = VersionObject.parse(v) else { return nil }
                    let file = ((dir as NSString).appendingPathComponent(v) as NSString).appendingPathComponent(name + ".psm1")
                    return fileSystem.status(file)?.kind == .file ? (parsed, file) : nil
                }
                if let best = versions.max(by: { $0.0.compare($1.0) < 0 }) { return best.1 }
            }
            let flat = (folder as NSString).appendingPathComponent(name + ".psm1")
            if fileSystem.status(flat)?.kind == .file { return flat }
        }
        return nil
    }

    /// The installed script module that defines a function `command`, for auto-loading; the
    /// files' function names are read once per file (and again when the file changes).
    func scriptModuleDefining(_ command: String) -> String? {
        let key = NameKey.fold(command)
        for folder in modulePathFolders {
            guard let entries = try? fileSystem.contents(ofDirectory: folder) else { continue }
            for entry in entries.sorted() {
                let name = (entry as NSString).deletingPathExtension
                guard let file = installedScriptModule(named: name) else { continue }
                if moduleFunctionNames(file).contains(key) { return file }
            }
        }
        return nil
    }

    private func moduleFunctionNames(_ file: String) -> Set<String> {
        let stamp = fileSystem.status(file)?.modified
        if let hit = moduleFunctionCache[file], hit.stamp == stamp { return hit.names }
        var names = Set<String>()
        if let text = try? readTextFile(file) {
            for s in Parser.parse(text, fileName: file).scriptBlock.endBlock?.statements ?? [] {
                if case .functionDefinition(let f) = s { names.insert(NameKey.fold(f.name)) }
            }
        }
        moduleFunctionCache[file] = (stamp, names)
        return names
    }

    /// `using module X` at the top of a script: X imported before the script runs (a path is
    /// taken from the script's folder; a name is looked up as Import-Module looks it up).
    func importUsingModules(_ usings: [UsingStatementAst], scriptFolder: String) throws {
        for u in usings where u.kind == .module {
            var target = u.name
            if target.contains("/") || target.hasSuffix(".psm1") || target.hasSuffix(".ps1") {
                if !target.hasPrefix("/") { target = ((scriptFolder as NSString).appendingPathComponent(target) as NSString).standardizingPath }
            }
            let quoted = "'" + target.replacingOccurrences(of: "'", with: "''") + "'"
            _ = try invokeExpression("Import-Module \(quoted) -ErrorAction Stop")
        }
    }
}
