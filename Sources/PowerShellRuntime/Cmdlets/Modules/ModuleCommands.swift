import Foundation

/// The modules a LicenseLab session knows: PowerShell's own (always loaded) and the emulated
/// Microsoft 365 modules (installed; loaded by Import-Module or on first use of their cmdlets).
/// A module's exported commands are the registered cmdlets whose metadata names it.
enum ModuleCatalog {
    struct Module {
        let name: String
        let version: String
        let moduleType: String
        let description: String
        /// Sub-modules whose commands it also exports (Microsoft.Graph → Microsoft.Graph.*).
        let includesPrefix: String?
        let builtIn: Bool
    }

    static let modules: [Module] = [
        Module(name: "Microsoft.PowerShell.Core", version: "7.4.6", moduleType: "Manifest", description: "", includesPrefix: nil, builtIn: true),
        Module(name: "Microsoft.PowerShell.Management", version: "7.0.0.0", moduleType: "Manifest", description: "", includesPrefix: nil, builtIn: true),
        Module(name: "Microsoft.PowerShell.Utility", version: "7.0.0.0", moduleType: "Manifest", description: "", includesPrefix: nil, builtIn: true),
        Module(name: "LicenseLab", version: LicenseLabVersion.string, moduleType: "Binary", description: "The lab's own commands: tenant reset, subscriptions, group licensing processing.", includesPrefix: nil, builtIn: true),
        Module(name: "MSOnline", version: "1.1.183.81", moduleType: "Manifest", description: "Microsoft Azure Active Directory Module for Windows PowerShell", includesPrefix: nil, builtIn: false),
        Module(name: "ExchangeOnlineManagement", version: "3.7.1", moduleType: "Script", description: "This is a General Availability (GA) release of the Exchange Online Powershell V3 module.", includesPrefix: nil, builtIn: false),
        Module(name: "Microsoft.Graph", version: "2.25.0", moduleType: "Manifest", description: "Microsoft Graph PowerShell module", includesPrefix: "Microsoft.Graph.", builtIn: false),
        Module(name: "Microsoft.Graph.Authentication", version: "2.25.0", moduleType: "Script", description: "Microsoft Graph PowerShell Authentication Module.", includesPrefix: nil, builtIn: false),
        Module(name: "Microsoft.Graph.Users", version: "2.25.0", moduleType: "Script", description: "Microsoft Graph PowerShell Cmdlets", includesPrefix: nil, builtIn: false),
        Module(name: "Microsoft.Graph.Users.Actions", version: "2.25.0", moduleType: "Script", description: "Microsoft Graph PowerShell Cmdlets", includesPrefix: nil, builtIn: false),
        Module(name: "Microsoft.Graph.Groups", version: "2.25.0", moduleType: "Script", description: "Microsoft Graph PowerShell Cmdlets", includesPrefix: nil, builtIn: false),
        Module(name: "Microsoft.Graph.Identity.DirectoryManagement", version: "2.25.0", moduleType: "Script", description: "Microsoft Graph PowerShell Cmdlets", includesPrefix: nil, builtIn: false),
        Module(name: "Microsoft.Graph.Beta", version: "2.25.0", moduleType: "Manifest", description: "Microsoft Graph PowerShell module", includesPrefix: "Microsoft.Graph.Beta.", builtIn: false),
        Module(name: "Microsoft.Graph.Beta.Users", version: "2.25.0", moduleType: "Script", description: "Microsoft Graph PowerShell Cmdlets", includesPrefix: nil, builtIn: false),
        Module(name: "Microsoft.Graph.Beta.Groups", version: "2.25.0", moduleType: "Script", description: "Microsoft Graph PowerShell Cmdlets", includesPrefix: nil, builtIn: false),
        Module(name: "Microsoft.Graph.Beta.Identity.DirectoryManagement", version: "2.25.0", moduleType: "Script", description: "Microsoft Graph PowerShell Cmdlets", includesPrefix: nil, builtIn: false),
    ]

    static func find(_ name: String) -> Module? { modules.first { CaseFold.equal($0.name, name) } }

    /// Modules matching a name or wildcard, in catalog order.
    static func matching(_ pattern: String) -> [Module] {
        let p = WildcardPattern(pattern)
        return modules.filter { p.matches($0.name) }
    }

    static func exportedCommands(_ m: Module, _ s: Session) -> [String] {
        s.commands.allMetadata.filter { md in
            CaseFold.equal(md.moduleName, m.name) || (m.includesPrefix.map { CaseFold.fold(md.moduleName).hasPrefix(CaseFold.fold($0)) } ?? false)
        }.map(\.name).sorted { CaseFold.compare($0, $1, caseSensitive: false) < 0 }
    }

    static func path(_ m: Module) -> String {
        m.builtIn ? "/opt/licenselab/Modules/\(m.name)/\(m.name).psd1" : "/opt/licenselab/Modules/\(m.name)/\(m.version)/\(m.name).psd1"
    }

    /// The PSModuleInfo object Get-Module / Import-Module -PassThru return.
    static func info(_ m: Module, _ s: Session) -> Value {
        let o = PSObject(typeNames: ["System.Management.Automation.PSModuleInfo", "System.Object"])
        let commands = exportedCommands(m, s)
        o.setNote("LogPipelineExecutionDetails", .bool(false))
        o.setNote("Name", .string(m.name))
        o.setNote("Path", .string(path(m)))
        o.setNote("Definition", .string(""))
        o.setNote("Description", .string(m.description))
        o.setNote("Guid", .guid(UUID(uuidString: "00000000-0000-0000-0000-000000000000") ?? UUID()))
        o.setNote("ModuleBase", .string((path(m) as NSString).deletingLastPathComponent))
        o.setNote("ModuleType", .string(m.moduleType))
        o.setNote("PrivateData", .null)
        o.setNote("PreRelease", .string(""))
        o.setNote("Version", .native(VersionObject.parse(m.version) ?? VersionObject(major: 0, minor: 0)))
        o.setNote("PowerShellVersion", .native(VersionObject(major: m.name == "MSOnline" ? 5 : 7, minor: m.name == "MSOnline" ? 1 : 0)))
        o.setNote("CompatiblePSEditions", .array(PSArray([.string("Desktop"), .string("Core")])))
        o.setNote("ExportedCommands", .array(PSArray(commands.map { .string($0) })))
        o.setNote("ExportedCmdlets", .array(PSArray(commands.map { .string($0) })))
        o.setNote("ExportedFunctions", .array(PSArray([])))
        o.setNote("ExportedAliases", .array(PSArray([])))
        o.setNote("ExportedVariables", .array(PSArray([])))
        o.add(PSMember(name: "ToString", kind: .codeMethod({ _, _ in .string(m.name) })))
        return .object(o)
    }

    // MARK: loaded modules (a hidden global list in the session)

    static let loadedVariable = "__LicenseLabLoadedModules"

    static func loaded(_ s: Session) -> [String] {
        guard case .native(let n)? = s.globalScope.variables[NameKey(loadedVariable)]?.value, let l = n as? PSList else { return [] }
        return l.items.map { LanguagePrimitives.toString($0) }
    }

    static func markLoaded(_ name: String, _ s: Session) {
        var names = loaded(s)
        if names.contains(where: { CaseFold.equal($0, name) }) { return }
        names.append(name)
        s.globalScope.variables[NameKey(loadedVariable)] = PSVariable(name: loadedVariable, value: .native(PSList(names.map { .string($0) }, elementType: nil, isArrayList: true)), isPrivate: true)
    }

    static func unload(_ name: String, _ s: Session) -> Bool {
        let names = loaded(s)
        guard names.contains(where: { CaseFold.equal($0, name) }) else { return false }
        s.globalScope.variables[NameKey(loadedVariable)] = PSVariable(name: loadedVariable, value: .native(PSList(names.filter { !CaseFold.equal($0, name) }.map { .string($0) }, elementType: nil, isArrayList: true)), isPrivate: true)
        return true
    }

    /// Loaded modules: the built-in ones plus those imported (in import order).
    static func loadedModules(_ s: Session) -> [Module] {
        modules.filter(\.builtIn) + loaded(s).map { name in
            // A script module imported from a file has no manifest: version 0.0.
            find(name) ?? Module(name: name, version: "0.0", moduleType: "Script", description: "", includesPrefix: nil, builtIn: false)
        }
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
        examples: [CommandExample(code: "(Get-Module -ListAvailable -Name MSOnline).Name", remarks: "An emulated module is installed.", expectedOutput: "MSOnline")])
    init() {}

    func process(_ context: CommandContext) throws {
        CmdletViews.register(context.session)
        let s = context.session
        let pool = context.switchPresent("ListAvailable") ? ModuleCatalog.modules : ModuleCatalog.loadedModules(s)
        let names = context.strings("Name").isEmpty ? ["*"] : context.strings("Name")
        var seen = Set<String>()
        for n in names {
            let p = WildcardPattern(n)
            for m in pool where p.matches(m.name) && seen.insert(m.name).inserted {
                try context.writeObject(ModuleCatalog.info(m, s))
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
        synopsis: "Adds modules to the current session.")
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
            let name = ((raw as NSString).lastPathComponent as NSString).deletingPathExtension
            let candidates = WildcardPattern.containsWildcard(name) ? ModuleCatalog.matching(name) : ModuleCatalog.find(name).map { [$0] } ?? []
            if candidates.isEmpty {
                try context.writeError(context.errorRecord("The specified module '\(raw)' was not loaded because no valid module file was found in any module directory.", errorId: "Modules_ModuleNotFound", category: .ResourceUnavailable, exceptionType: "System.IO.FileNotFoundException", targetObject: .string(raw)))
                continue
            }
            for m in candidates {
                if !m.builtIn { ModuleCatalog.markLoaded(m.name, s) }
                if let prefix = m.includesPrefix {
                    for sub in ModuleCatalog.modules where sub.name.hasPrefix(prefix) { ModuleCatalog.markLoaded(sub.name, s) }
                }
                try context.writeVerbose("Importing module '\(m.name)'.")
                if context.switchPresent("PassThru") { try context.writeObject(ModuleCatalog.info(m, s)) }
            }
        }
    }
}

extension ImportModuleCommand {
    /// A script module file: its functions and variables land in the session (every function is
    /// exported; Export-ModuleMember is accepted).
    func importScriptModule(_ raw: String, _ context: CommandContext) throws {
        let path = FileSystemSupport.resolve(raw, context)
        guard context.files.exists(path), !context.files.isDirectory(path) else {
            try context.writeError(context.errorRecord("The specified module '\(raw)' was not loaded because no valid module file was found in any module directory.", errorId: "Modules_ModuleNotFound", category: .ResourceUnavailable, exceptionType: "System.IO.FileNotFoundException", targetObject: .string(raw)))
            return
        }
        let text: String
        do { text = try FileSystemSupport.readText(path, context.files) } catch {
            throw RuntimeError(FileSystemSupport.ioError(error, path: path, errorId: "Modules_ModuleFileNotFound", context))
        }
        _ = try context.session.invokeExpression(text)
        ModuleCatalog.markLoaded(((path as NSString).lastPathComponent as NSString).deletingPathExtension, context.session)
    }
}

/// Export-ModuleMember: accepted inside script modules (Import-Module exports every function).
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
        synopsis: "Specifies the module members that are exported.")
    init() {}
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
        synopsis: "Removes modules from the current session.")
    init() {}

    func process(_ context: CommandContext) throws {
        for n in context.strings("Name") where !ModuleCatalog.unload(n, context.session) {
            try context.writeError(context.errorRecord("No modules were removed. Verify that the specification of modules to remove is correct and those modules exist in the runspace.", errorId: "Modules_NoModulesRemoved", category: .ResourceUnavailable, exceptionType: "System.InvalidOperationException", targetObject: .string(n)))
        }
    }
}

/// Install-Module / Update-Module / Uninstall-Module (PowerShellGet): the emulated modules are
/// always installed, so installing them succeeds silently; other names are not in the gallery.
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
        synopsis: "Downloads one or more modules from a repository, and installs them on the local computer.")
    init() {}

    func process(_ context: CommandContext) throws {
        var names = context.strings("Name")
        for v in context.values("InputObject") where !v.isNull {
            names.append(LanguagePrimitives.toString(ObjectAccess.property(v, "Name", context: context) ?? v))
        }
        for n in names {
            guard let m = ModuleCatalog.find(n), !m.builtIn else {
                let ex = context.session.types.exception("System.Exception", message: "No match was found for the specified search criteria and module name '\(n)'. Try Get-PSRepository to see all available registered module repositories.")
                try context.writeError(ErrorRecord(exception: ex, errorId: "NoMatchFoundForCriteria,Microsoft.PowerShell.PackageManagement.Cmdlets.InstallPackage", category: .ObjectNotFound, targetObject: .string(n)))
                continue
            }
            guard try context.shouldProcess(target: "Version '\(m.version)' of module '\(m.name)'", action: "Install-Module") else { continue }
            if context.switchPresent("PassThru") { try context.writeObject(ModuleCatalog.info(m, context.session)) }
        }
    }
}
