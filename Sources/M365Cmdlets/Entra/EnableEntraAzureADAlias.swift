import PowerShellRuntime

/// Enable-EntraAzureADAlias: makes the AzureAD cmdlet names aliases of their Entra counterparts
/// for the session (the module sets them with `Set-Alias -Scope Global -Force`), so an AzureAD
/// script runs unchanged on Microsoft Graph. Aliases win over the AzureAD module's own cmdlets,
/// as PowerShell resolves aliases first. Only names whose Entra cmdlet the lab has are set.
final class EnableEntraAzureADAliasCommand: Cmdlet {
    static let metadata = CommandMetadata(
        name: "Enable-EntraAzureADAlias",
        moduleName: Entra.module,
        synopsis: "Enables aliases for AzureAD commands.",
        examples: [
            CommandExample(code: "Enable-EntraAzureADAlias\n(Get-Alias Get-AzureADUser).Definition",
                           remarks: "Get-AzureADUser now runs Get-EntraUser.", expectedOutput: "Get-EntraUser"),
        ])

    static let aliases: [(azureAD: String, entra: String)] = [
        ("Connect-AzureAD", "Connect-Entra"), ("Disconnect-AzureAD", "Disconnect-Entra"),
        ("Get-AzureADUser", "Get-EntraUser"), ("Set-AzureADUser", "Set-EntraUser"),
        ("Set-AzureADUserLicense", "Set-EntraUserLicense"), ("Get-AzureADUserLicenseDetail", "Get-EntraUserLicenseDetail"),
        ("Get-AzureADSubscribedSku", "Get-EntraSubscribedSku"), ("Get-AzureADGroup", "Get-EntraGroup"),
        ("Get-AzureADGroupMember", "Get-EntraGroupMember"),
    ]

    init() {}

    func process(_ context: CommandContext) throws {
        for a in EnableEntraAzureADAliasCommand.aliases { context.session.commands.register(alias: a.azureAD, for: a.entra) }
    }
}
