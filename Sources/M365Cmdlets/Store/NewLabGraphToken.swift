import Foundation
import Licensing
import PowerShellRuntime
import TenantStore

/// New-LabGraphToken: an access token for `licenselab serve` on this tenant file
/// (docs/graph-server.md). With -Scopes it is a delegated token (`scp`) for -UserPrincipalName;
/// otherwise an app-only token (`roles`: -Roles, or what an app-only Graph connection is granted
/// in the lab). The token is signed with the tenant file's key, so any server on the same file
/// accepts it; the scopes matter only with `Set-LabTenant -EnforceGraphScopes $true`.
final class NewLabGraphTokenCommand: Cmdlet {
    static let metadata = CommandMetadata(
        name: "New-LabGraphToken",
        parameters: [
            ParameterMetadata(name: "Scopes", type: "string[]", position: 0,
                              helpMessage: "Delegated permissions (the token's scp claim), e.g. User.Read.All, LicenseAssignment.ReadWrite.All."),
            ParameterMetadata(name: "Roles", type: "string[]", helpMessage: "Application permissions (the roles claim) of an app-only token."),
            ParameterMetadata(name: "UserPrincipalName", type: "string", helpMessage: "The signed-in user a delegated token names (upn, oid)."),
            ParameterMetadata(name: "ValidForMinutes", type: "int", validateRange: 1...525_600,
                              helpMessage: "How long the token is valid (60 minutes by default).", defaultValueText: "60"),
        ],
        outputTypes: ["System.String"],
        moduleName: Lab.module,
        synopsis: "Makes a bearer token for the lab's Microsoft Graph server (licenselab serve).",
        examples: [
            CommandExample(code: "$token = New-LabGraphToken -Scopes User.Read.All, LicenseAssignment.ReadWrite.All\n$token.Split('.').Count",
                           remarks: "A delegated token: a JWT of three parts, for the Authorization: Bearer header.", expectedOutput: "3"),
            CommandExample(code: "New-LabGraphToken -Roles User.ReadWrite.All -ValidForMinutes 480 | Set-Content token.txt",
                           remarks: "An app-only token valid for eight hours, kept for a client program."),
        ])

    init() {}

    func process(_ context: CommandContext) throws {
        let tenant = try context.tenant
        let store = try context.tenantStore
        let key: [UInt8]
        do { key = try store.secret(named: GraphToken.keyName) } catch {
            try context.writeStoreError(error.message, errorId: "GraphTokenKeyUnavailable", category: .ReadError)
            return
        }
        var user: Licensing.User?
        if let upn = context.string("UserPrincipalName") {
            guard let found = tenant.user(userPrincipalName: upn), !found.isDeleted else {
                try context.writeError(context.errorRecord("The user '\(upn)' does not exist in the lab tenant.", errorId: "UserNotFound",
                                                           category: .ObjectNotFound, exceptionType: "System.ArgumentException",
                                                           targetObject: .string(upn)))
                return
            }
            user = found
        }
        let scopes = context.strings("Scopes")
        let delegated = context.value("Scopes") != nil || user != nil
        let roles = context.value("Roles") != nil ? context.strings("Roles") : (delegated ? [] : GraphPermissions.appOnly)
        let now = Date()
        let minutes = context.int("ValidForMinutes") ?? 60
        let token = GraphToken(scopes: scopes, roles: roles, tenantId: tenant.tenantId, userPrincipalName: user?.userPrincipalName,
                               objectId: user?.objectId, issuedAt: now, expiresAt: now.addingTimeInterval(Double(minutes) * 60))
        try context.writeObject(.string(token.encoded(key: key)))
    }
}
