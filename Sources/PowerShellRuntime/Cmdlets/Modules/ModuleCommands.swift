import Foundation

/// PSModuleInfo objects (Get-Module, Import-Module -PassThru) from the session's module table.
enum ModuleInfo {
    /// The PSModuleInfo object Get-Module / Import-Module -PassThru return.
    static func object(_ m: ModuleManifest, _ s: Session) -> Value {
        let o = PSObject(typeNames: ["System.Management.Automation.PSModuleInfo", "System.Object"])
        let script = s.modules.scriptModule(named: m.name)
        let functions = script.map { $0.exportedFunctions.values.map(\.name).sorted { CaseFold.compare($0, $1, caseSensitive: false) < 0 } } ?? []
        let commands = script == nil ? s.modules.exportedCommands(m, s.commands) : functions
        o.setNote("LogPipelineExecutionDetails", .bool(false))
        o.setNote("Name", .string(m.name))
        o.setNote("Path", .string(m.path))
        o.setNote("Definition", .string(""))
        o.setNote("Description", .string(m.description))
        o.setNote("Guid", .guid(UUID(uuidString: "00000000-0000-0000-0000-000000000000") ?? UUID()))
        o.setNote("ModuleBase", .string((m.path as NSString).deletingLastPathComponent))
        o.setNote("ModuleType", .string(m.moduleType))
        o.setNote("PrivateData", .null)
        o.setNote("PreRelease", .string(""))
        o.setNote("Version", .native(VersionObject.parse(m.version) ?? VersionObject(major: 0, minor: 0)))
        o.setNote("PowerShellVersion", .native(VersionObject.parse(m.powerShellVersion) ?? VersionObject(major: 7, minor: 0)))
        o.setNote("CompatiblePSEditions", .array(PSArray([.string("Desktop"), .string("Core")])))
        o.setNote("ExportedCommands", .array(PSArray(commands.map { .string($0) })))
        o.setNote("ExportedCmdlets", .array(PSArray((script == nil ? commands : []).map { .string($0) })))
        o.setNote("ExportedFunctions", .array(PSArray(functions.map { .string($0) })))
        let aliases = s.commands.aliasList.map(\.0).filter { a in s.commands.module(ofAlias: a).map { CaseFold.equal($0, m.name) } ?? false }
        o.setNote("ExportedAliases", .array(PSArray(aliases.map { .string($0) })))
        o.setNote("ExportedVariables", .array(PSArray([])))
        o.add(PSMember(name: "ToString", kind: .codeMethod({ _, _ in .string(m.name) })))
        return .object(o)
    }
}

final class GetModuleCommand: Cmdlet {
    static let metadata = CommandMetadata(
        name: "Get-Module",
        parameters: [
            ParameterMetadata(name: "Name", type: "string[]", position: 0, valueFromPipeline: true),
            ParameterMetadata(name: "ListAvailable", type: "switch", parameterSets: ["Available"]),
            ParameterMetadata(name: "All", type: "switch"),
            ParameterMetadata(name: "Refresh", type: "switch", parameterSets: ["Available"]),
            ParameterMetadata(name: "FullyQualifiedName", type: "object[]"),
            ParameterMetadata(name: "PSEdition", type: "string"),
            ParameterMetadata(name: "SkipEditionCheck", type: "switch"),
        ],
        defaultParameterSet: "Loaded",
        outputTypes: ["System.Management.Automation.PSModuleInfo"],
        moduleName: "Microsoft.PowerShell.Core",
        synopsis: "List the modules imported in the current session or that can be imported from the PSModulePath.",
        examples: [CommandExample(code: "(Get-Module -ListAvailable -Name Microsoft.PowerShell.Utility).Name", remarks: "Whether a module is installed.", expectedOutput: "Microsoft.PowerShell.Utility")])
    init() {}

    func process(_ context: CommandContext) throws {
        CmdletViews.register(context.session)
        let s = context.session
        let pool = context.switchPresent("ListAvailable") ? s.modules.available : s.modules.loaded
        let names = context.strings("Name").isEmpty ? ["*"] : context.strings("Name")
        var seen = Set<String>()
        for n in names {
            let p = WildcardPattern(n)
            for m in pool where p.matches(m.name) && seen.insert(m.name + "\u{0}" + m.version).inserted {
                try context.writeObject(ModuleInfo.object(m, s))
            }
        }
    }
}

final class ImportModuleCommand: Cmdlet {
    static let metadata = CommandMetadata(
        name: "Import-Module",
        parameters: [
            ParameterMetadata(name: "Name", type: "string[]", position: 0, mandatory: true, valueFromPipeline: true, parameterSets: ["Name"]),
            ParameterMetadata(name: "ModuleInfo", type: "object[]", position: 0, mandatory: true, parameterSets: ["ModuleInfo"]),
            ParameterMetadata(name: "Force", type: "switch"),
            ParameterMetadata(name: "Global", type: "switch"),
            ParameterMetadata(name: "PassThru", type: "switch"),
            ParameterMetadata(name: "Prefix", type: "string"),
            ParameterMetadata(name: "Function", type: "string[]"),
            ParameterMetadata(name: "Cmdlet", type: "string[]"),
            ParameterMetadata(name: "Variable", type: "string[]"),
            ParameterMetadata(name: "Alias", type: "string[]"),
            ParameterMetadata(name: "DisableNameChecking", type: "switch"),
            ParameterMetadata(name: "NoClobber", type: "switch"),
            ParameterMetadata(name: "Scope", type: "string", validateSet: ["Local", "Global"]),
            ParameterMetadata(name: "MinimumVersion", type: "string", aliases: ["Version"]),
            ParameterMetadata(name: "MaximumVersion", type: "string"),
            ParameterMetadata(name: "RequiredVersion", type: "string"),
            ParameterMetadata(name: "ArgumentList", type: "object[]", aliases: ["Args"]),
            ParameterMetadata(name: "UseWindowsPowerShell", type: "switch", aliases: ["UseWinPS"]),
            ParameterMetadata(name: "SkipEditionCheck", type: "switch"),
        ],
        defaultParameterSet: "Name",
        outputTypes: ["System.Management.Automation.PSModuleInfo"],
        moduleName: "Microsoft.PowerShell.Core",
        synopsis: "Adds modules to the current session.",
        examples: [
            CommandExample(code: "Set-Content tools.psm1 'function Get-Greeting { \"Hello, $args\" }'\nImport-Module ./tools.psm1\nGet-Greeting Ann",
                           remarks: "Imports a script module file: its functions become commands of the session, and Get-Module lists it as tools.",
                           expectedOutput: "Hello, Ann"),
            CommandExample(code: "(Import-Module Microsoft.PowerShell.Security -PassThru).Name",
                           remarks: "Imports an installed module by name; -PassThru returns its PSModuleInfo. An installed module is also imported the first time one of its commands runs.",
                           expectedOutput: "Microsoft.PowerShell.Security"),
        ])
    init() {}

    func process(_ context: CommandContext) throws {
        let s = context.session
        var names = context.strings("Name")
        for v in context.values("ModuleInfo") where !v.isNull {
            names.append(LanguagePrimitives.toString(ObjectAccess.property(v, "Name", context: context) ?? v))
        }
        for raw in names {
            let ext = CaseFold.fold((raw as NSString).pathExtension)
            if ext == "psm1" || ext == "ps1" {
                try importScriptModule(raw, context)
                continue
            }
            // a path to a manifest or binary names its module; a dotted name (Contoso.Tools) is a name
            let file = (raw as NSString).lastPathComponent
            let name = ["psd1", "dll"].contains(ext) ? (file as NSString).deletingPathExtension : file
            let candidates = WildcardPattern.containsWildcard(name) ? s.modules.matching(name) : s.modules.manifest(named: name).map { [$0] } ?? []
            // a script module installed along $env:PSModulePath
            if candidates.isEmpty, !WildcardPattern.containsWildcard(name), let file = s.installedScriptModule(named: name) {
                try importScriptModule(file, context)
                continue
            }
            if candidates.isEmpty {
                try context.writeError(context.errorRecord("The specified module '\(raw)' was not loaded because no valid module file was found in any module directory.", errorId: "Modules_ModuleNotFound", category: .ResourceUnavailable, exceptionType: "System.IO.FileNotFoundException", targetObject: .string(raw)))
                continue
            }
            for m in candidates {
                if m.embeddedScript != nil {
                    try importEmbedded(m.name, raw: raw, context)
                    continue
                }
                s.modules.importModule(named: m.name)
                try context.writeVerbose("Importing module '\(m.name)'.")
                if context.switchPresent("PassThru") { try context.writeObject(ModuleInfo.object(m, s)) }
            }
        }
    }
}

extension ImportModuleCommand {
    /// A built-in script module (Pester): the highest installed version that meets
    /// -RequiredVersion, -MinimumVersion and -MaximumVersion, as pwsh chooses.
    func importEmbedded(_ name: String, raw: String, _ context: CommandContext) throws {
        let s = context.session
        let required = context.string("RequiredVersion"), minimum = context.string("MinimumVersion"), maximum = context.string("MaximumVersion")
        let chosen = s.modules.embeddedManifests(named: name).first { m in
            if let r = required, ModuleVersionOrder.parts(r) != ModuleVersionOrder.parts(m.version) { return false }
            if let lo = minimum, ModuleVersionOrder.less(m.version, lo) { return false }
            if let hi = maximum, ModuleVersionOrder.less(hi, m.version) { return false }
            return true
        }
        guard let m = chosen else {
            let version = required ?? minimum ?? maximum ?? ""
            try context.writeError(context.errorRecord("The specified module '\(raw)' with version '\(version)' was not loaded because no valid module file was found in any module directory.", errorId: "Modules_ModuleWithVersionNotFound", category: .ResourceUnavailable, exceptionType: "System.IO.FileNotFoundException", targetObject: .string(raw)))
            return
        }
        if context.switchPresent("Force") { _ = s.modules.remove(m.name) }
        try s.importEmbeddedModule(m)
        try context.writeVerbose("Importing module '\(m.name)'.")
        if context.switchPresent("PassThru") { try context.writeObject(ModuleInfo.object(m, s)) }
    }

    /// A script module file runs in a scope of its own; what it exports (Export-ModuleMember, or
    /// every function and alias) goes into the global scope, or the caller's with `-Scope Local`.
    /// A module imported already is not run again unless `-Force` is given.
    func importScriptModule(_ raw: String, _ context: CommandContext) throws {
        let s = context.session
        let path = FileSystemSupport.resolve(raw, context)
        guard context.files.exists(path), !context.files.isDirectory(path) else {
            try context.writeError(context.errorRecord("The specified module '\(raw)' was not loaded because no valid module file was found in any module directory.", errorId: "Modules_ModuleNotFound", category: .ResourceUnavailable, exceptionType: "System.IO.FileNotFoundException", targetObject: .string(raw)))
            return
        }
        let name = ((path as NSString).lastPathComponent as NSString).deletingPathExtension
        let module: LoadedScriptModule
        if let loaded = s.modules.scriptModule(named: name), !context.switchPresent("Force") {
            module = loaded
        } else {
            let text: String
            do { text = try FileSystemSupport.readText(path, context.files) } catch {
                throw RuntimeError(FileSystemSupport.ioError(error, path: path, errorId: "Modules_ModuleFileNotFound", context))
            }
            if context.switchPresent("Force") { _ = s.modules.remove(name) }
            module = try s.loadScriptModule(name: name, path: path, text: text)
        }
        let local = context.string("Scope").map { CaseFold.equal($0, "Local") } ?? false
        let target = local && !context.switchPresent("Global") ? s.currentScope : s.globalScope
        let prefix = context.string("Prefix") ?? ""
        for (key, f) in module.exportedFunctions {
            if prefix.isEmpty { target.functions[key] = f; continue }
            // Get-Thing with -Prefix Lab is Get-LabThing
            let parts = f.name.split(separator: "-", maxSplits: 1)
            let renamed = parts.count == 2 ? "\(parts[0])-\(prefix)\(parts[1])" : prefix + f.name
            target.functions[NameKey(renamed)] = f
        }
        for (key, a) in module.exportedAliases { target.aliases[key] = a }
        for (key, v) in module.exportedVariables { target.variables[key] = v }
        s.modules.importScriptModule(module, path: path, into: target)
        try context.writeVerbose("Importing module '\(name)'.")
        if context.switchPresent("PassThru"), let m = s.modules.manifest(named: name) ?? s.modules.loaded.first(where: { CaseFold.equal($0.name, name) }) {
            try context.writeObject(ModuleInfo.object(m, s))
        }
    }
}

/// Export-ModuleMember: names what the script module being loaded exports (wildcards allowed).
/// Called outside a module it fails, as in PowerShell.
final class ExportModuleMemberCommand: Cmdlet {
    static let metadata = CommandMetadata(
        name: "Export-ModuleMember",
        parameters: [
            ParameterMetadata(name: "Function", type: "string[]", position: 0, valueFromPipeline: true, valueFromPipelineByPropertyName: true),
            ParameterMetadata(name: "Cmdlet", type: "string[]", valueFromPipelineByPropertyName: true),
            ParameterMetadata(name: "Variable", type: "string[]", valueFromPipelineByPropertyName: true),
            ParameterMetadata(name: "Alias", type: "string[]", valueFromPipelineByPropertyName: true),
        ],
        moduleName: "Microsoft.PowerShell.Core",
        synopsis: "Specifies the module members that are exported.",
        examples: [CommandExample(code: "Set-Content tools.psm1 'function Get-Greeting { \"Hello, $(Get-Name)\" }', 'function Get-Name { \"Ann\" }', 'Export-ModuleMember -Function Get-Greeting'\nImport-Module ./tools.psm1\nGet-Greeting\n[bool](Get-Command Get-Name -ErrorAction SilentlyContinue)",
                                  remarks: "Written in a .psm1 file, it names the members the module exports. Get-Greeting is exported and can still call the module's own Get-Name; the caller cannot.",
                                  expectedOutput: "Hello, Ann\nFalse")])
    init() {}

    func process(_ context: CommandContext) throws {
        guard let load = context.session.moduleLoads.last else {
            throw RuntimeError(context.errorRecord("The Export-ModuleMember cmdlet can only be called from inside a module.", errorId: "Modules_CanOnlyExecuteExportModuleMemberInsideAModule", category: .PermissionDenied, exceptionType: "System.InvalidOperationException"))
        }
        load.export(functions: context.strings("Function"), variables: context.strings("Variable"), aliases: context.strings("Alias"))
    }
}

final class RemoveModuleCommand: Cmdlet {
    static let metadata = CommandMetadata(
        name: "Remove-Module",
        parameters: [
            ParameterMetadata(name: "Name", type: "string[]", position: 0, mandatory: true, valueFromPipelineByPropertyName: true),
            ParameterMetadata(name: "Force", type: "switch"),
        ],
        supportsShouldProcess: true,
        moduleName: "Microsoft.PowerShell.Core",
        synopsis: "Removes modules from the current session.",
        examples: [CommandExample(code: "Set-Content tools.psm1 'function Get-Greeting { \"Hello\" }'\nImport-Module ./tools.psm1\nRemove-Module tools\n[bool](Get-Command Get-Greeting -ErrorAction SilentlyContinue)",
                                  remarks: "The module leaves the session with the functions it brought; its file stays. Import it again to load a module you are editing afresh.",
                                  expectedOutput: "False")])
    init() {}

    func process(_ context: CommandContext) throws {
        for n in context.strings("Name") where !context.session.modules.remove(n) {
            try context.writeError(context.errorRecord("No modules were removed. Verify that the specification of modules to remove is correct and those modules exist in the runspace.", errorId: "Modules_NoModulesRemoved", category: .ResourceUnavailable, exceptionType: "System.InvalidOperationException", targetObject: .string(n)))
        }
    }
}

/// Install-Module / Update-Module / Uninstall-Module (PowerShellGet): the installed gallery
/// modules are always installed, so installing them succeeds silently; other names are not in the gallery.
final class InstallModuleCommand: Cmdlet {
    static let metadata = CommandMetadata(
        name: "Install-Module",
        parameters: [
            ParameterMetadata(name: "Name", type: "string[]", position: 0, mandatory: true, valueFromPipelineByPropertyName: true, parameterSets: ["NameParameterSet"]),
            ParameterMetadata(name: "InputObject", type: "psobject[]", position: 0, mandatory: true, valueFromPipeline: true, parameterSets: ["InputObject"]),
            ParameterMetadata(name: "MinimumVersion", type: "string"),
            ParameterMetadata(name: "MaximumVersion", type: "string"),
            ParameterMetadata(name: "RequiredVersion", type: "string"),
            ParameterMetadata(name: "Repository", type: "string[]"),
            ParameterMetadata(name: "Credential", type: "object"),
            ParameterMetadata(name: "Scope", type: "string", validateSet: ["CurrentUser", "AllUsers"]),
            ParameterMetadata(name: "Proxy", type: "string"),
            ParameterMetadata(name: "ProxyCredential", type: "object"),
            ParameterMetadata(name: "AllowClobber", type: "switch"),
            ParameterMetadata(name: "SkipPublisherCheck", type: "switch"),
            ParameterMetadata(name: "Force", type: "switch"),
            ParameterMetadata(name: "AllowPrerelease", type: "switch"),
            ParameterMetadata(name: "AcceptLicense", type: "switch"),
            ParameterMetadata(name: "PassThru", type: "switch"),
        ],
        defaultParameterSet: "NameParameterSet",
        supportsShouldProcess: true,
        moduleName: "PowerShellGet",
        synopsis: "Downloads one or more modules from a repository, and installs them on the local computer.",
        examples: [
            CommandExample(code: "Set-PSRepository -Name PSGallery -InstallationPolicy Trusted\nFind-Module | Select-Object -First 1 | Install-Module -Scope CurrentUser",
                           remarks: "Trusts the gallery (no confirmation is asked), then installs the first module it lists, for the current user only. LicenseLab has no network: its gallery holds the modules it emulates, which are installed already, so this succeeds quietly.",
                           expectedOutput: ""),
            CommandExample(code: "Install-Module -Name No.Such.Module -ErrorAction SilentlyContinue -ErrorVariable failed\n$failed[0].Exception.Message",
                           remarks: "A name the gallery does not have is an error; here it is kept in $failed instead of shown.",
                           expectedOutput: "No match was found for the specified search criteria and module name 'No.Such.Module'. Try Get-PSRepository to see all available registered module repositories."),
        ])
    init() {}

    func process(_ context: CommandContext) throws {
        var names = context.strings("Name")
        for v in context.values("InputObject") where !v.isNull {
            names.append(LanguagePrimitives.toString(ObjectAccess.property(v, "Name", context: context) ?? v))
        }
        for n in names {
            guard let m = context.session.modules.manifest(named: n), m.inGallery else {
                let ex = context.session.types.exception("System.Exception", message: "No match was found for the specified search criteria and module name '\(n)'. Try Get-PSRepository to see all available registered module repositories.")
                try context.writeError(ErrorRecord(exception: ex, errorId: "NoMatchFoundForCriteria,Microsoft.PowerShell.PackageManagement.Cmdlets.InstallPackage", category: .ObjectNotFound, targetObject: .string(n)))
                continue
            }
            guard try context.shouldProcess(target: "Version '\(m.version)' of module '\(m.name)'", action: "Install-Module") else { continue }
            if context.switchPresent("PassThru") { try context.writeObject(ModuleInfo.object(m, context.session)) }
        }
    }
}
