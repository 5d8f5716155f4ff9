import PowerShellRuntime

/// Get-AzureADCurrentSessionInfo: the context Connect-AzureAD returned (Account, Environment,
/// TenantId, TenantDomain, AccountType); before Connect-AzureAD, the module's
/// AadNeedAuthenticationException.
final class GetAzureADCurrentSessionInfoCommand: Cmdlet {
    static let metadata = CommandMetadata(
        name: "Get-AzureADCurrentSessionInfo",
        outputTypes: [AzureADObjects.contextType],
        moduleName: AzureAD.module,
        synopsis: "Gets information about the current session.",
        examples: [
            CommandExample(code: "Connect-AzureAD -AccountId admin@contoso.onmicrosoft.com | Out-Null\n(Get-AzureADCurrentSessionInfo).Account.Id",
                           remarks: "The account the session signed in with.", expectedOutput: "admin@contoso.onmicrosoft.com"),
        ])

    init() {}

    func process(_ context: CommandContext) throws {
        let api = try AzureAD.api(context)
        try context.writeObject(AzureADObjects.context(api.tenant, AzureAD.connection(context)))
    }
}
