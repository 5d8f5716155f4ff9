import Foundation
import Licensing
import PowerShellRuntime

/// New-AzureADUser: creates a user from the module's parameters. The request is the one Graph
/// reads (`POST /users`, through `GraphBodyDecoding`), so a missing mailNickname or
/// userPrincipalName is refused with the same text however the user is created.
final class NewAzureADUserCommand: Cmdlet {
    static let metadata = CommandMetadata(
        name: "New-AzureADUser",
        parameters: AzureAD.userParameters.map { p in
            var p = p
            if ["AccountEnabled", "DisplayName", "PasswordProfile"].contains(p.name) { p.mandatory = true }
            if p.name == "PasswordProfile" { p.type = AzureADObjects.passwordProfileType }
            return p
        },
        outputTypes: [AzureADObjects.userType],
        moduleName: AzureAD.module,
        synopsis: "Creates an Azure AD user.",
        examples: [
            CommandExample(code: "$PasswordProfile = New-Object -TypeName Microsoft.Open.AzureAD.Model.PasswordProfile\n$PasswordProfile.Password = 'Pa55w.rd-lab'\n$u = New-AzureADUser -DisplayName 'New User' -PasswordProfile $PasswordProfile -UserPrincipalName 'NewUser@contoso.onmicrosoft.com' -AccountEnabled $true -MailNickName 'Newuser'\n$u.UserType",
                           remarks: "Creates a user with a password profile (after Connect-AzureAD).", expectedOutput: "Member",
                           setup: "Connect-AzureAD | Out-Null"),
        ])

    init() {}

    func process(_ context: CommandContext) throws {
        let api = try AzureAD.api(context)
        var body: [(String, JsonValue)] = [
            ("accountEnabled", .bool(AzureAD.accountEnabled(context) ?? false)),
            ("displayName", context.string("DisplayName").map(JsonValue.string) ?? .null),
            ("passwordProfile", context.value("PasswordProfile").map { GraphWire.json($0) } ?? .null),
        ]
        for (parameter, property) in [("UserPrincipalName", "userPrincipalName"), ("MailNickName", "mailNickname"), ("UsageLocation", "usageLocation")] {
            if let text = context.string(parameter) { body.append((property, .string(text))) }
        }
        let extra = AzureAD.attributes(context).filter { $0.value != nil }
        let user = try AzureAD.call(context, operation: "NewUser") { () throws(GraphError) in
            var request = try GraphBodyDecoding.newUser(.object(body))
            request.attributes = extra
            return try api.createUser(request)
        }
        try context.writeObject(AzureADObjects.user(api.tenant, user))
    }
}
