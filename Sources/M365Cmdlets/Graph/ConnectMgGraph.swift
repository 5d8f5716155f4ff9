import Foundation
import PowerShellRuntime

/// Connect-MgGraph: records the requested scopes (Get-MgContext shows them). -NoWelcome
/// suppresses the welcome line, as in Graph PowerShell 2.x.
final class ConnectMgGraphCommand: Cmdlet {
    static let metadata = CommandMetadata(
        name: "Connect-MgGraph",
        parameters: [
            ParameterMetadata(name: "Scopes", type: "string[]", position: 0, helpMessage: "Delegated permissions to request (User.ReadWrite.All, ...)."),
            ParameterMetadata(name: "ClientId", type: "string", aliases: ["AppId", "ApplicationId"], helpMessage: "App registration (accepted)."),
            ParameterMetadata(name: "TenantId", type: "string", aliases: ["Audience", "Tenant"], helpMessage: "The tenant (accepted)."),
            ParameterMetadata(name: "CertificateThumbprint", type: "string", helpMessage: "App-only certificate (accepted)."),
            ParameterMetadata(name: "ClientSecretCredential", type: "object", helpMessage: "App-only secret (accepted)."),
            ParameterMetadata(name: "AccessToken", type: "object", helpMessage: "A token (accepted)."),
            ParameterMetadata(name: "Identity", type: "switch", aliases: ["ManagedIdentity"], helpMessage: "Managed identity (accepted)."),
            ParameterMetadata(name: "UseDeviceCode", type: "switch", aliases: ["UseDeviceAuthentication", "DeviceCode"], helpMessage: "Device code flow (accepted)."),
            ParameterMetadata(name: "ContextScope", type: "string", helpMessage: "Process or CurrentUser."),
            ParameterMetadata(name: "Environment", type: "string", helpMessage: "Global, ..."),
            ParameterMetadata(name: "NoWelcome", type: "switch", helpMessage: "Do not print the welcome message."),
        ],
        moduleName: Graph.authModule,
        synopsis: "Connects to Microsoft Graph (the lab tenant).",
        examples: [CommandExample(code: "Connect-MgGraph -Scopes 'User.ReadWrite.All', 'Group.ReadWrite.All' -NoWelcome", remarks: "Connects with two permissions.")])

    init() {}

    func process(_ context: CommandContext) throws {
        let state = try context.m365
        let app = context.has("ClientId") && !context.has("Scopes")
        let scopes = app ? [".default"] : (["openid", "profile", "email"] + context.strings("Scopes")).reduce(into: [String]()) { acc, s in
            if !acc.contains(where: { $0.lowercased() == s.lowercased() }) { acc.append(s) }
        }
        state.graph = GraphConnection(scopes: app ? GraphPermissions.appOnly : scopes,
                                      account: app ? "" : "admin@\(state.tenant.initialDomain)", connectedAt: Date())
        if !context.switchPresent("NoWelcome") {
            // Graph PowerShell 2.x writes this banner to the host, not to the output.
            let access = app ? "app-only access" : "delegated access"
            context.writeHost("Welcome to Microsoft Graph!\n\nConnected via \(access) using 14d82eec-204b-4c2f-b7e8-296a70dab67e\nReadme: https://aka.ms/graph/sdk/powershell\nSDK Docs: https://aka.ms/graph/sdk/powershell/docs\nAPI Docs: https://aka.ms/graph/docs\n\nNOTE: You can use the -NoWelcome parameter to suppress this message.\n")
        }
    }
}
