import Foundation
import Licensing
import PowerShellRuntime

/// Get-EntraUser: the Graph SDK's user objects with the module's AzureAD-era aliases (ObjectId,
/// Mobile, TelephoneNumber, DeletionTimestamp) and its wider default selection (licenses and
/// usage location included). -UserId (aliases ObjectId, UPN, Identity, UserPrincipalName),
/// -SearchString (display name or UPN starting with it), or -Filter (Graph's $filter);
/// -All is a switch here: AzureAD's `-All $true` is refused as a stray argument.
final class GetEntraUserCommand: Cmdlet {
    static let metadata = CommandMetadata(
        name: "Get-EntraUser",
        parameters: [
            ParameterMetadata(name: "UserId", type: "string", aliases: ["ObjectId", "UPN", "Identity", "UserPrincipalName"], mandatory: true,
                              valueFromPipeline: true, valueFromPipelineByPropertyName: true, parameterSets: ["GetById"],
                              helpMessage: "The user's id or user principal name."),
            ParameterMetadata(name: "SearchString", type: "string", valueFromPipelineByPropertyName: true, parameterSets: ["GetByValue"],
                              helpMessage: "Users whose DisplayName or UserPrincipalName starts with this text."),
        ] + Entra.listParameters + [Entra.property],
        defaultParameterSet: "GetQuery",
        outputTypes: [GraphObjects.userType],
        moduleName: Entra.module,
        synopsis: "Gets a user.",
        examples: [
            CommandExample(code: "Get-EntraUser -Filter \"usageLocation eq 'DE'\" | Select-Object -ExpandProperty DisplayName",
                           remarks: "Users in Germany (after Connect-Entra).", expectedOutput: "Ines Jansen\nJonas Keller\nMara Novak",
                           setup: "Connect-Entra -NoWelcome"),
            CommandExample(code: "(Get-EntraUser -UserId farahg@contoso.onmicrosoft.com).UsageLocation", remarks: "Farah's usage location (after Connect-Entra).",
                           expectedOutput: "GB", setup: "Connect-Entra -NoWelcome"),
        ])

    init() {}

    func process(_ context: CommandContext) throws {
        let api = try Entra.api(context, scopes: "User.Read.All")
        let selection = GraphSelection(context.strings("Property"), defaults: GetEntraUserCommand.defaults)
        func write(_ u: Licensing.User) throws {
            try context.writeObject(Entra.withAliases(GraphObjects.user(api.tenant, u, selection), Entra.userAliases))
        }
        try Entra.query(context, idParameter: "UserId", collection: "users",
                        one: { (id) throws(GraphError) in try api.user(id) }, all: { (q) throws(GraphError) in try api.users(q) },
                        searched: { [$0.displayName, $0.userPrincipalName] }, write: write)
    }

    /// The properties the module selects when -Property is not given: Graph's defaults plus the
    /// ones AzureAD scripts read (Get-EntraUser.ps1's `$select`).
    static let defaults: Set<String> = GraphSelection.userDefaults.union([
        "accountenabled", "assignedlicenses", "assignedplans", "city", "country", "department", "usagelocation",
        "createddatetime", "proxyaddresses", "mailnickname", "usertype", "licenseassignmentstates",
    ])
}
