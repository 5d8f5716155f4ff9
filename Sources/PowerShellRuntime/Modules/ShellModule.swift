import Foundation

/// What a module says about itself (its .psd1 manifest): Get-Module, Get-Command's Version and
/// Source, and the gallery cmdlets read it.
public struct ModuleManifest: Sendable {
    public var name: String
    public var version: String
    /// `Manifest`, `Script` or `Binary`, as Get-Module's ModuleType column shows it.
    public var moduleType: String
    public var description: String
    /// The PowerShell version the manifest asks for (`PowerShellVersion`).
    public var powerShellVersion: String
    public var author: String
    /// Modules a meta-module brings along (importing `Contoso` imports `Contoso.Users`, `Contoso.Groups`;
    /// its ExportedCommands are theirs).
    public var nestedModules: [String]
    /// PowerShell's own modules are there from the start; the others are imported by
    /// Import-Module or on first use of one of their commands, as PowerShell's module autoloading does.
    public var importedAtStart: Bool
    /// Published in the gallery: Find-Module, Install-Module and Get-InstalledModule know it.
    public var inGallery: Bool
    /// For a script module imported from a file: that file.
    public var scriptPath: String?
    /// For a script module built into LicenseLab (Pester): its text, run by Import-Module. Such a
    /// module may be installed in several versions, each a manifest of its own.
    public var embeddedScript: String?

    public init(name: String, version: String, moduleType: String = "Script", description: String = "",
                powerShellVersion: String = "7.0", author: String = "Microsoft Corporation", nestedModules: [String] = [],
                importedAtStart: Bool = false, inGallery: Bool = true) {
        self.name = name
        self.version = version
        self.moduleType = moduleType
        self.description = description
        self.powerShellVersion = powerShellVersion
        self.author = author
        self.nestedModules = nestedModules
        self.importedAtStart = importedAtStart
        self.inGallery = inGallery
    }

    /// Where the module would live on disk (Get-Module's Path, ModuleBase).
    public var path: String {
        if let scriptPath { return scriptPath }
        return importedAtStart ? "/opt/licenselab/Modules/\(name)/\(name).psd1" : "/opt/licenselab/Modules/\(name)/\(version)/\(name).psd1"
    }
}

/// A cmdlet as its module exports it, with the .NET class name its errors' FullyQualifiedErrorId
/// ends with (nil: PowerShell's own `Microsoft.PowerShell.Commands.<Verb><Noun>Command`).
public struct ModuleCommand: @unchecked Sendable {  // a metatype and a string: immutable
    public let type: any Cmdlet.Type
    public let className: String?

    public init(_ type: any Cmdlet.Type, className: String? = nil) {
        self.type = type
        self.className = className
    }
}

/// A module installed into a session: everything it adds is declared here, in one place — its
/// manifest, cmdlets, aliases and conceptual help topics, and in `setUp` whatever else it needs in
/// each session (default views, argument completers, per-session state in a slot, hooks).
/// `Session.install(_:)` puts it in a session; adding a cmdlet is its file plus one line in its
/// module's `commands`. Several modules may share one name: the later ones add their commands
/// to the first (a host adding its own web cmdlets to `Microsoft.PowerShell.Utility`).
public struct ShellModule {
    public var manifest: ModuleManifest
    public var commands: [ModuleCommand]
    /// (alias, command) pairs the module exports.
    public var aliases: [(alias: String, command: String)]
    public var helpTopics: [HelpTopic]
    /// Get-Help's DESCRIPTION of its cmdlets by name, kept apart from the code as a module's help
    /// file keeps it (a cmdlet's own `CommandMetadata.description`, when it has one, comes first).
    public var descriptions: [String: String]
    /// Called once when the module is installed into a session.
    public var setUp: ((Session) -> Void)?

    public init(_ manifest: ModuleManifest, commands: [ModuleCommand] = [], aliases: [(alias: String, command: String)] = [],
                helpTopics: [HelpTopic] = [], descriptions: [String: String] = [:], setUp: ((Session) -> Void)? = nil) {
        self.manifest = manifest
        self.commands = commands
        self.aliases = aliases
        self.helpTopics = helpTopics
        self.descriptions = descriptions
        self.setUp = setUp
    }
}

extension Session {
    /// Installs a module: registers its commands, aliases and help topics, records its manifest
    /// (Get-Module -ListAvailable lists it) and runs its `setUp`.
    public func install(_ module: ShellModule) {
        modules.add(module.manifest, commands: module.commands)
        for c in module.commands { commands.register(c.type, fullyQualifiedName: c.className) }
        for a in module.aliases { commands.register(alias: a.alias, for: a.command, module: module.manifest.name) }
        modules.add(helpTopics: module.helpTopics)
        modules.add(descriptions: module.descriptions)
        module.setUp?(self)
    }
}
