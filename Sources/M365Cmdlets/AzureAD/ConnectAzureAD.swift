import Foundation
import PowerShellRuntime

/// Connect-AzureAD: records the session's connection (the lab signs in as the tenant's admin, or
/// as -AccountId) and returns the context the module prints: Account, Environment, TenantId,
/// TenantDomain, AccountType.
final class ConnectAzureADCommand: Cmdlet {
    static let metadata = CommandMetadata(
        name: "Connect-AzureAD",
        parameters: [
            ParameterMetadata(name: "AzureEnvironmentName", type: "string", helpMessage: "AzureCloud (accepted)."),
            ParameterMetadata(name: "TenantId", type: "string", helpMessage: "The tenant (accepted)."),
            ParameterMetadata(name: "Credential", type: "object", helpMessage: "A PSCredential; its user name becomes the account."),
            ParameterMetadata(name: "AccountId", type: "string", helpMessage: "The account to sign in with."),
            ParameterMetadata(name: "ApplicationId", type: "string", helpMessage: "App-only sign-in (accepted)."),
            ParameterMetadata(name: "CertificateThumbprint", type: "string", helpMessage: "App-only certificate (accepted)."),
            ParameterMetadata(name: "AadAccessToken", type: "string", helpMessage: "A token (accepted)."),
            ParameterMetadata(name: "MsAccessToken", type: "string", helpMessage: "A token (accepted)."),
            ParameterMetadata(name: "LogLevel", type: "string", helpMessage: "Accepted."),
            ParameterMetadata(name: "LogFilePath", type: "string", helpMessage: "Accepted."),
        ],
        outputTypes: [AzureADObjects.contextType],
        moduleName: AzureAD.module,
        synopsis: "Connects with an authenticated account to use Active Directory cmdlet requests (the lab tenant).",
        examples: [CommandExample(code: "Connect-AzureAD | Out-Null\n(Get-AzureADUser -ObjectId priyaq@contoso.onmicrosoft.com).DisplayName",
                                  remarks: "Connects, then reads a user.", expectedOutput: "Priya Quinn")])

    init() {}

    func process(_ context: CommandContext) throws {
        let tenant = try context.tenant
        var account = "admin@\(tenant.initialDomain)"
        if let id = context.string("AccountId"), !id.isEmpty { account = id }
        if let credential = context.value("Credential"), let user = ValueAccess.property(credential, "UserName", session: context.session) {
            account = LanguagePrimitives.toString(user)
        }
        let app = context.has("ApplicationId") && !context.has("AccountId")
        if app { account = context.string("ApplicationId") ?? "" }
        let connection = AzureAD.connection(context)
        connection.account = account
        connection.isApplication = app
        try context.writeObject(AzureADObjects.context(tenant, connection))
    }
}
