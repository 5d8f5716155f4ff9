/// Get-PSRepository / Set-PSRepository (PowerShellGet): the one registered gallery, whose
/// installation policy scripts commonly set to Trusted before Install-Module.
final class GalleryState {
    private var policy = "Untrusted"

    static func policy(_ s: Session) -> String {
        s.slot(GalleryState.self)?.policy ?? "Untrusted"
    }

    static func setPolicy(_ p: String, _ s: Session) {
        s.slot(orMake: GalleryState.init).policy = p
    }

    static func repository(_ s: Session) -> Value {
        let o = PSObject(typeNames: ["Microsoft.PowerShell.Commands.PSRepository", "System.Object"])
        o.setNote("Name", .string("PSGallery"))
        o.setNote("SourceLocation", .string("https://www.powershellgallery.com/api/v2"))
        o.setNote("Trusted", .bool(policy(s) == "Trusted"))
        o.setNote("Registered", .bool(true))
        o.setNote("InstallationPolicy", .string(policy(s)))
        o.setNote("PackageManagementProvider", .string("NuGet"))
        o.setNote("PublishLocation", .string("https://www.powershellgallery.com/api/v2/package/"))
        return .object(o)
    }

    static func notFound(_ name: String, _ context: CommandContext) -> ErrorRecord {
        let ex = context.session.types.exception("System.Exception", message: "Unable to find repository '\(name)'. Use Get-PSRepository to see all available repositories.")
        return ErrorRecord(exception: ex, errorId: "SourceNotFound,Microsoft.PowerShell.PackageManagement.Cmdlets.GetPackageSource", category: .ObjectNotFound, targetObject: .string(name))
    }
}

final class GetPSRepositoryCommand: Cmdlet {
    static let metadata = CommandMetadata(
        name: "Get-PSRepository",
        parameters: [ParameterMetadata(name: "Name", type: "string[]", position: 0, valueFromPipelineByPropertyName: true)],
        outputTypes: ["Microsoft.PowerShell.Commands.PSRepository"],
        moduleName: "PowerShellGet",
        synopsis: "Gets PowerShell repositories.",
        examples: [
            CommandExample(code: "Get-PSRepository", remarks: "The registered repositories: the PowerShell Gallery, untrusted until Set-PSRepository says otherwise.",
                           expectedOutput: "\nName                      InstallationPolicy SourceLocation\n----                      ------------------ --------------\nPSGallery                 Untrusted          https://www.powershellgallery.com/api/v2\n"),
            CommandExample(code: "(Get-PSRepository -Name PSGallery).InstallationPolicy", remarks: "One property of one repository.", expectedOutput: "Untrusted"),
        ])
    init() {}
    func end(_ context: CommandContext) throws {
        context.session.views.register(FormatView(typeName: "Microsoft.PowerShell.Commands.PSRepository", shape: .table,
                                                  columns: [ViewColumn("Name", alignment: .left, width: 25), ViewColumn("InstallationPolicy", alignment: .left, width: 18), ViewColumn("SourceLocation", alignment: .left)]))
        let names = context.strings("Name")
        if names.isEmpty || names.contains(where: { WildcardPattern($0).matches("PSGallery") }) {
            try context.writeObject(GalleryState.repository(context.session))
            return
        }
        for n in names { try context.writeError(GalleryState.notFound(n, context)) }
    }
}

final class SetPSRepositoryCommand: Cmdlet {
    static let metadata = CommandMetadata(
        name: "Set-PSRepository",
        parameters: [
            ParameterMetadata(name: "Name", type: "string", position: 0, mandatory: true, valueFromPipelineByPropertyName: true),
            ParameterMetadata(name: "SourceLocation", type: "string", position: 1),
            ParameterMetadata(name: "PublishLocation", type: "string"),
            ParameterMetadata(name: "InstallationPolicy", type: "string", validateSet: ["Trusted", "Untrusted"]),
            ParameterMetadata(name: "Credential", type: "object"),
            ParameterMetadata(name: "Proxy", type: "string"),
            ParameterMetadata(name: "PackageManagementProvider", type: "string"),
        ],
        moduleName: "PowerShellGet",
        synopsis: "Sets values for a registered repository.",
        examples: [CommandExample(code: "Set-PSRepository -Name PSGallery -InstallationPolicy Trusted\n(Get-PSRepository -Name PSGallery).Trusted",
                                  remarks: "Trusts the gallery, so Install-Module no longer asks for confirmation; scripts commonly do this before installing. LicenseLab keeps the setting for the session.",
                                  expectedOutput: "True")])
    init() {}
    func end(_ context: CommandContext) throws {
        guard let name = context.string("Name") else { return }
        guard CaseFold.equal(name, "PSGallery") else {
            try context.writeError(GalleryState.notFound(name, context))
            return
        }
        if let p = context.string("InstallationPolicy") {
            GalleryState.setPolicy(CaseFold.equal(p, "trusted") ? "Trusted" : "Untrusted", context.session)
        }
    }
}
