import PowerShellRuntime

/// Connect-ExchangeOnline: accepts the real parameters and records the connection.
final class ConnectExchangeOnlineCommand: Cmdlet {
    static let metadata = CommandMetadata(
        name: "Connect-ExchangeOnline",
        parameters: [
            ParameterMetadata(name: "UserPrincipalName", type: "string", helpMessage: "The admin account (accepted, not checked)."),
            ParameterMetadata(name: "Credential", type: "object", helpMessage: "Credentials (accepted, not checked)."),
            ParameterMetadata(name: "Organization", type: "string", helpMessage: "The tenant for app-only sign-in."),
            ParameterMetadata(name: "AppId", type: "string", helpMessage: "Application id for app-only sign-in."),
            ParameterMetadata(name: "CertificateThumbprint", type: "string", helpMessage: "Certificate for app-only sign-in."),
            ParameterMetadata(name: "ShowBanner", type: "switch", helpMessage: "Show the connection banner (LicenseLab never does)."),
            ParameterMetadata(name: "ShowProgress", type: "bool", helpMessage: "Show progress."),
            ParameterMetadata(name: "Device", type: "switch", helpMessage: "Device-code sign-in."),
            ParameterMetadata(name: "ManagedIdentity", type: "switch", helpMessage: "Managed identity sign-in."),
            ParameterMetadata(name: "ExchangeEnvironmentName", type: "string", helpMessage: "O365Default, ..."),
        ],
        moduleName: Exo.module,
        synopsis: "Connects to Exchange Online (the lab tenant's recipients).",
        examples: [CommandExample(code: "Connect-ExchangeOnline -UserPrincipalName admin@contoso.onmicrosoft.com -ShowBanner:$false", remarks: "Connects.")])

    init() {}

    func process(_ context: CommandContext) throws { try context.m365.exchangeConnected = true }
}
