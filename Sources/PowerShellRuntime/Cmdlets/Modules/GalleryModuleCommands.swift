import Foundation

/// PowerShellGet's Get-InstalledModule, Find-Module and Update-Module for the installed modules
/// whose manifests say they come from the gallery (installed, already current). Other names give
/// PowerShellGet's "No match was found" errors.
enum GalleryModules {
    static let itemType = "Microsoft.PowerShell.Commands.PSRepositoryItemInfo"

    static func item(_ m: ModuleManifest, _ s: Session) -> Value {
        s.views.register(FormatView(typeName: itemType, shape: .table,
                                    columns: [ViewColumn("Version", alignment: .left, width: 10), ViewColumn("Name", alignment: .left, width: 35),
                                              ViewColumn("Repository", alignment: .left, width: 20), ViewColumn("Description", alignment: .left)]))
        let o = PSObject(typeNames: [itemType, "System.Object"])
        o.setNote("Name", .string(m.name))
        o.setNote("Version", .native(VersionObject.parse(m.version) ?? VersionObject(major: 0, minor: 0)))
        o.setNote("Type", .string("Module"))
        o.setNote("Description", .string(m.description))
        o.setNote("Author", .string(m.author))
        o.setNote("CompanyName", .string(m.author))
        o.setNote("Repository", .string("PSGallery"))
        o.setNote("InstalledLocation", .string((m.path as NSString).deletingLastPathComponent))
        return .object(o)
    }

    /// Gallery modules matching the names (wildcards allowed); errors for names that match none.
    static func matches(_ names: [String], _ context: CommandContext, errorId: String, message: (String) -> String) throws -> [ModuleManifest] {
        let gallery = context.session.modules.available.filter(\.inGallery)
        if names.isEmpty { return gallery }
        var out: [ModuleManifest] = []
        for n in names {
            let p = WildcardPattern(n)
            let found = gallery.filter { p.matches($0.name) }
            if found.isEmpty && !WildcardPattern.containsWildcard(n) {
                let ex = context.session.types.exception("System.Exception", message: message(n))
                try context.writeError(ErrorRecord(exception: ex, errorId: errorId, category: .ObjectNotFound, targetObject: .string(n)))
            }
            out += found.filter { f in !out.contains { $0.name == f.name } }
        }
        return out
    }

    static func nameParameters() -> [ParameterMetadata] {
        [
            ParameterMetadata(name: "Name", type: "string[]", position: 0, valueFromPipelineByPropertyName: true),
            ParameterMetadata(name: "MinimumVersion", type: "string"),
            ParameterMetadata(name: "RequiredVersion", type: "string"),
            ParameterMetadata(name: "MaximumVersion", type: "string"),
            ParameterMetadata(name: "AllVersions", type: "switch"),
            ParameterMetadata(name: "AllowPrerelease", type: "switch"),
        ]
    }
}


final class GetInstalledModuleCommand: Cmdlet {
    static let metadata = CommandMetadata(name: "Get-InstalledModule", parameters: GalleryModules.nameParameters(),
                                          outputTypes: [GalleryModules.itemType], moduleName: "PowerShellGet",
                                          synopsis: "Gets a list of modules on the computer that were installed by PowerShellGet.",
                                          examples: [
                                              CommandExample(code: "Get-InstalledModule", remarks: "The modules installed from the gallery, with their versions, repository and description."),
                                              CommandExample(code: "if (-not (Get-InstalledModule -Name Some.Module -ErrorAction SilentlyContinue)) { 'Some.Module is not installed.' }",
                                                             remarks: "A module that is not installed is an error; hidden, the empty result reads as false.",
                                                             expectedOutput: "Some.Module is not installed."),
                                          ])
    init() {}
    func end(_ context: CommandContext) throws {
        let found = try GalleryModules.matches(context.strings("Name"), context, errorId: "NoMatchFound,Microsoft.PowerShell.PackageManagement.Cmdlets.GetPackage") {
            "No match was found for the specified search criteria and module names '\($0)'."
        }
        for m in found { try context.writeObject(GalleryModules.item(m, context.session)) }
    }
}

final class FindModuleCommand: Cmdlet {
    static let metadata = CommandMetadata(name: "Find-Module", parameters: GalleryModules.nameParameters() + [ParameterMetadata(name: "Repository", type: "string[]")],
                                          outputTypes: [GalleryModules.itemType], moduleName: "PowerShellGet",
                                          synopsis: "Finds modules in a repository that match specified criteria.",
                                          examples: [
                                              CommandExample(code: "Find-Module | Format-Table Name, Version", remarks: "Every module of the gallery with its newest version (in LicenseLab: the modules it emulates)."),
                                              CommandExample(code: "@(Find-Module -Name 'NoSuch*').Count",
                                                             remarks: "A wildcard that matches nothing finds nothing, without an error; a plain name that matches nothing is an error.",
                                                             expectedOutput: "0"),
                                          ])
    init() {}
    func end(_ context: CommandContext) throws {
        let found = try GalleryModules.matches(context.strings("Name"), context, errorId: "NoMatchFoundForCriteria,Microsoft.PowerShell.PackageManagement.Cmdlets.FindPackage") {
            "No match was found for the specified search criteria and module name '\($0)'. Try Get-PSRepository to see all available registered module repositories."
        }
        for m in found { try context.writeObject(GalleryModules.item(m, context.session)) }
    }
}

/// Update-Module: the emulated modules are already the current versions (nothing to do).
final class UpdateModuleCommand: Cmdlet {
    static let metadata = CommandMetadata(name: "Update-Module", parameters: GalleryModules.nameParameters() + [ParameterMetadata(name: "Force", type: "switch"), ParameterMetadata(name: "Scope", type: "string"), ParameterMetadata(name: "AcceptLicense", type: "switch"), ParameterMetadata(name: "PassThru", type: "switch")],
                                          supportsShouldProcess: true, moduleName: "PowerShellGet",
                                          synopsis: "Downloads and installs the newest version of specified modules from an online gallery to the local computer.",
                                          examples: [CommandExample(code: "Update-Module",
                                                                    remarks: "Updates every module installed from the gallery to its newest version. The modules LicenseLab emulates are the newest already, so nothing changes.",
                                                                    expectedOutput: "")])
    init() {}
    func end(_ context: CommandContext) throws {
        let found = try GalleryModules.matches(context.strings("Name"), context, errorId: "ModuleNotInstalledOnThisMachine,Update-Module") {
            "Module '\($0)' was not updated because no valid module was found in the module directory. Verify that the module is located in the folder specified by $env:PSModulePath."
        }
        if context.switchPresent("PassThru") { for m in found { try context.writeObject(GalleryModules.item(m, context.session)) } }
    }
}
