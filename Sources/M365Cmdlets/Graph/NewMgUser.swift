import Licensing
import PowerShellRuntime

/// New-MgUser: creates a user (AccountEnabled, DisplayName, MailNickname, PasswordProfile and
/// UserPrincipalName are required by Graph).
final class NewMgUserCommand: Cmdlet {
    static let metadata = CommandMetadata(
        name: "New-MgUser",
        parameters: [
            ParameterMetadata(name: "DisplayName", type: "string", helpMessage: "Display name."),
            ParameterMetadata(name: "UserPrincipalName", type: "string", helpMessage: "user@domain."),
            ParameterMetadata(name: "MailNickname", type: "string", helpMessage: "Mail alias."),
            ParameterMetadata(name: "AccountEnabled", type: "switch", helpMessage: "Sign-in enabled."),
            ParameterMetadata(name: "UsageLocation", type: "string", helpMessage: "Two-letter country code."),
            ParameterMetadata(name: "PasswordProfile", type: "object", helpMessage: "@{ Password = '...'; ForceChangePasswordNextSignIn = $true }."),
            ParameterMetadata(name: "GivenName", type: "string", helpMessage: "First name."),
            ParameterMetadata(name: "Surname", type: "string", helpMessage: "Last name."),
            ParameterMetadata(name: "JobTitle", type: "string", helpMessage: "Job title."),
            ParameterMetadata(name: "Department", type: "string", helpMessage: "Department."),
            ParameterMetadata(name: "BodyParameter", type: "object", parameterSets: ["Create"], helpMessage: "The whole user as a hashtable."),
        ],
        defaultParameterSet: "CreateExpanded",
        outputTypes: [GraphObjects.userType],
        moduleName: Graph.usersModule,
        synopsis: "Creates a user.",
        examples: [CommandExample(code: "New-MgUser -DisplayName 'Kim' -UserPrincipalName kim@contoso.onmicrosoft.com -MailNickname kim -AccountEnabled -UsageLocation US -PasswordProfile @{ Password = 'P@ssw0rd!x1' }", remarks: "Creates Kim (after Connect-MgGraph).", setup: "Connect-MgGraph -NoWelcome")])

    init() {}

    /// The parameters that are properties of the user Graph receives.
    static let bodyProperties = ["DisplayName", "UserPrincipalName", "MailNickname", "AccountEnabled", "UsageLocation", "PasswordProfile",
                                 "GivenName", "Surname", "JobTitle", "Department"]

    func process(_ context: CommandContext) throws {
        guard let api = try Graph.api(context) else { return }
        let body = GraphWire.body(context, properties: NewMgUserCommand.bodyProperties)
        guard let user = try Graph.call(context, { () throws(GraphError) in try api.createUser(try GraphBodyDecoding.newUser(body)) }) else { return }
        try context.writeObject(GraphObjects.user(api.tenant, user))
    }
}
