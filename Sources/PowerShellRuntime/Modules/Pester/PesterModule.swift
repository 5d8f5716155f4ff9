import Foundation

/// LicenseLab's built-in Pester: one implementation, written in PowerShell (the `PesterScript`
/// parts), that `Get-Module -ListAvailable` lists as Pester 6.0.0 and 5.7.1. Import-Module picks
/// the highest version that meets -RequiredVersion/-MinimumVersion/-MaximumVersion, as pwsh
/// does; the two differ as the real ones do: 6.0.0 exports the `Should-*` commands and no
/// `Assert-MockCalled`/`Assert-VerifiableMock`, 5.7.1 the reverse. Running `Invoke-Pester` (or
/// another of its commands) imports it when it is not imported yet, as module autoloading does.
/// Its functions run in their caller's scope (so a test's blocks see the variables of the blocks
/// around them, as in Pester, whose blocks run in the test file's scope) while `$script:` is the
/// module's own state; an import never replaces a function the session defined itself (a test
/// harness's own Describe/It keep winning).
enum PesterModule {
    static let name = "Pester"
    static let versions = ["6.0.0", "5.7.1"]

    /// The commands whose first use imports Pester (when no function of that name exists).
    static let autoloadedCommands: Set<String> = [
        "invoke-pester", "new-pesterconfiguration", "describe", "context", "it", "should", "mock",
        "beforeall", "afterall", "beforeeach", "aftereach", "beforediscovery", "set-itresult",
        "assert-mockcalled", "assert-verifiablemock", "export-nunitreport", "export-junitreport",
        "convertto-nunitreport", "convertto-junitreport",
    ]

    static func manifest(version: String) -> ModuleManifest {
        var m = ModuleManifest(name: name, version: version, moduleType: "Script",
                               description: "Pester provides a framework for running BDD style Tests to execute and validate PowerShell commands inside of PowerShell and offers a powerful set of Mocking Functions that allow tests to mimic and mock the functionality of any command inside of a piece of PowerShell code being tested. Pester tests can execute any command or script that is accessible to a pester test file. This can include functions, Cmdlets, Modules and scripts.",
                               powerShellVersion: "5.1", author: "Pester Team", importedAtStart: false, inGallery: false)
        m.embeddedScript = PesterScript.text
        return m
    }

    static var modules: [ShellModule] {
        [ShellModule(manifest(version: versions[0]), commands: [.init(InModuleScopeCommand.self)],
                     descriptions: ["InModuleScope": "Runs a script block inside the scope of an imported script module, where the module's unexported functions and its script variables are in reach, as Pester's InModuleScope does for testing a module's internals. -Parameters sets variables for the block and -ArgumentList passes it arguments. A module that is not imported fails with \"No modules named 'NAME' are currently loaded.\"; a compiled module has no scope of its own, and the block runs in a child of the caller's scope."]),
         ShellModule(manifest(version: versions[1]))]
    }
}

extension Session {
    /// Imports one version of a module whose script is built in (Pester): runs it in a module
    /// scope of its own and puts its exported functions in the global scope. A function defined
    /// by anything but the module itself is left in place.
    func importEmbeddedModule(_ manifest: ModuleManifest) throws {
        guard let script = manifest.embeddedScript else { return }
        if let current = modules.loaded.first(where: { CaseFold.equal($0.name, manifest.name) }) {
            if current.version == manifest.version, modules.scriptModule(named: manifest.name) != nil { return }
            _ = modules.remove(current.name)
        }
        let body = script
        let text = "$script:PesterVersion = '\(manifest.version)'\n" + body
        let module = try loadScriptModule(name: manifest.name, path: manifest.path, text: text, runsInCallerScope: true)
        for (key, f) in module.exportedFunctions {
            if let existing = globalScope.functions[key], existing.moduleName.map({ !CaseFold.equal($0, manifest.name) }) ?? true { continue }
            globalScope.functions[key] = f
        }
        modules.importScriptModule(module, manifest: manifest, into: globalScope)
    }

    /// Autoloading: the built-in module that defines `name`, imported; false when there is none.
    func autoloadEmbeddedModule(for name: String) -> Bool {
        guard PesterModule.autoloadedCommands.contains(NameKey.fold(name)),
              let m = modules.embeddedManifests(named: PesterModule.name).first else { return false }
        return (try? importEmbeddedModule(m)) != nil
    }
}
