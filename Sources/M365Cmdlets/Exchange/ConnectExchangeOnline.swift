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
            ParameterMetadata(name: "CertificateFilePath", type: "string", helpMessage: "Certificate file for app-only sign-in."),
            ParameterMetadata(name: "CertificatePassword", type: "object", helpMessage: "Password of the certificate file."),
            ParameterMetadata(name: "Certificate", type: "object", helpMessage: "Certificate object for app-only sign-in."),
            ParameterMetadata(name: "AccessToken", type: "string", helpMessage: "An OAuth token (accepted)."),
            ParameterMetadata(name: "DelegatedOrganization", type: "string", helpMessage: "A customer tenant (partners)."),
            ParameterMetadata(name: "Prefix", type: "string", helpMessage: "Noun prefix (not applied in the lab)."),
            ParameterMetadata(name: "CommandName", type: "string[]", helpMessage: "Cmdlets to import (all are available in the lab)."),
            ParameterMetadata(name: "SkipLoadingFormatData", type: "switch", helpMessage: "Skip format data."),
            ParameterMetadata(name: "SkipLoadingCmdletHelp", type: "switch", helpMessage: "Skip cmdlet help."),
            ParameterMetadata(name: "InlineCredential", type: "switch", helpMessage: "Prompt for credentials inline."),
            ParameterMetadata(name: "DisableWAM", type: "switch", helpMessage: "Do not use the Web Account Manager."),
        ],
        moduleName: Exo.module,
        synopsis: "Connects to Exchange Online (the lab tenant's recipients).",
        examples: [CommandExample(code: "Connect-ExchangeOnline -UserPrincipalName admin@contoso.onmicrosoft.com -ShowBanner:$false", remarks: "Connects.")])

    init() {}

    func process(_ context: CommandContext) throws { try context.m365.exchangeConnected = true }
}
