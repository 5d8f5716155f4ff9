import PowerShellRuntime

/// Connect-MsolService: accepts the real parameters and records the connection. The lab tenant
/// counts as connected from the start, so scripts that skip this call still work (docs/cmdlets.md).
final class ConnectMsolServiceCommand: Cmdlet {
    static let metadata = CommandMetadata(
        name: "Connect-MsolService",
        parameters: [
            ParameterMetadata(name: "Credential", type: "object", position: 0, helpMessage: "The account to sign in with (accepted, not checked)."),
            ParameterMetadata(name: "AccessToken", type: "string", helpMessage: "An OAuth access token (accepted, not checked)."),
            ParameterMetadata(name: "AdGraphAccessToken", type: "string", helpMessage: "An Azure AD Graph token (accepted, not checked)."),
            ParameterMetadata(name: "MsGraphAccessToken", type: "string", helpMessage: "A Microsoft Graph token (accepted, not checked)."),
            ParameterMetadata(name: "AzureEnvironment", type: "string", helpMessage: "The cloud (AzureCloud, ...)."),
            ParameterMetadata(name: "CurrentCredentials", type: "switch", helpMessage: "Use the current Windows credentials."),
        ],
        moduleName: Msol.module,
        synopsis: "Connects to the lab tenant as MSOnline would connect to Azure Active Directory.",
        examples: [CommandExample(code: "Connect-MsolService", remarks: "Connects; later MSOnline cmdlets act on the lab tenant.")])

    init() {}

    func process(_ context: CommandContext) throws {
        try context.m365.msolConnected = true
    }
}
