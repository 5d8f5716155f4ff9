import Foundation
import Licensing
import PowerShellRuntime

/// Set-EntraUser (alias Update-EntraUser): `PATCH /users/{id}` with the given properties, sent as
/// the module sends it (Invoke-MgGraphRequest). A refusal is not thrown: the module catches it
/// and writes a non-terminating `Failed to update user properties: <the HTTP error>`.
final class SetEntraUserCommand: Cmdlet {
    static let metadata = CommandMetadata(
        name: "Set-EntraUser",
        parameters: [
            ParameterMetadata(name: "UserId", type: "string", aliases: ["ObjectId", "UPN", "Identity"], mandatory: true,
                              valueFromPipeline: true, valueFromPipelineByPropertyName: true, helpMessage: "The user's id or user principal name."),
        ] + SetEntraUserCommand.properties.map { ParameterMetadata(name: $0.parameter, type: $0.parameter == "AccountEnabled" ? "bool" : "string",
                                                                   helpMessage: "Sets \($0.property).") },
        moduleName: Entra.module,
        synopsis: "Updates a user.",
        examples: [
            CommandExample(code: "Set-EntraUser -UserId gwenh@contoso.onmicrosoft.com -UsageLocation US\n(Get-EntraUser -UserId gwenh@contoso.onmicrosoft.com).UsageLocation",
                           remarks: "Gives Gwen a usage location before licensing (after Connect-Entra).", expectedOutput: "US",
                           setup: "Connect-Entra -NoWelcome"),
        ])

    /// Parameter → Graph property: the user properties the lab's Graph PATCH stores (docs/cmdlets.md).
    static let properties: [(parameter: String, property: String)] = [
        ("DisplayName", "displayName"), ("UsageLocation", "usageLocation"), ("AccountEnabled", "accountEnabled"),
        ("Department", "department"), ("JobTitle", "jobTitle"), ("GivenName", "givenName"), ("Surname", "surname"),
        ("UserPrincipalName", "userPrincipalName"),
    ]

    init() {}

    func process(_ context: CommandContext) throws {
        let api = try Entra.api(context, scopes: "User.ReadWrite.All")
        let id = context.string("UserId") ?? ""
        var body: [(String, JsonValue)] = []
        for p in SetEntraUserCommand.properties where context.has(p.parameter) {
            body.append((p.property, GraphWire.json(context.value(p.parameter) ?? .null)))
        }
        if body.isEmpty {
            try context.writeWarning("No properties provided for update. Exiting.")
            return
        }
        do {
            _ = try Entra.send(context, api, method: "PATCH", path: "users/\(id)", body: .object(body))
        } catch let failure as RuntimeError {
            let http = failure.record.errorDetailsMessage ?? failure.record.exception.message
            try context.writeError(context.errorRecord("Failed to update user properties: \(http)", errorId: "Microsoft.PowerShell.Commands.WriteErrorException",
                                                       exceptionType: "Microsoft.PowerShell.Commands.WriteErrorException"))
        }
    }
}
