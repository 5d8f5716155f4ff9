import Foundation
import Licensing
import PowerShellRuntime

/// Get-AzureADUser: one user by -ObjectId (object id or UPN), users whose display name or UPN
/// starts with -SearchString, or users matching an Azure AD Graph -Filter; 100 unless
/// `-All $true` (a Boolean, not a switch) or -Top.
final class GetAzureADUserCommand: Cmdlet {
    static let metadata = CommandMetadata(
        name: "Get-AzureADUser",
        parameters: [
            ParameterMetadata(name: "ObjectId", type: "string", mandatory: true, valueFromPipeline: true, valueFromPipelineByPropertyName: true,
                              parameterSets: ["GetById"], helpMessage: "The user's object id or user principal name."),
            ParameterMetadata(name: "SearchString", type: "string", valueFromPipelineByPropertyName: true, parameterSets: ["GetVague"],
                              helpMessage: "Users whose DisplayName or UserPrincipalName starts with this text."),
            ParameterMetadata(name: "Filter", type: "string", valueFromPipelineByPropertyName: true, parameterSets: ["GetQuery"],
                              helpMessage: "An OData v3 filter: eq ne ge le, and or not, startswith(), any()."),
            ParameterMetadata(name: "All", type: "bool", valueFromPipelineByPropertyName: true,
                              helpMessage: "$true: every user; otherwise the first 100 (or -Top)."),
            ParameterMetadata(name: "Top", type: "int", valueFromPipelineByPropertyName: true, parameterSets: ["GetQuery"],
                              helpMessage: "At most this many users."),
        ],
        defaultParameterSet: "GetQuery",
        outputTypes: [AzureADObjects.userType],
        moduleName: AzureAD.module,
        synopsis: "Gets a user.",
        examples: [
            CommandExample(code: "Get-AzureADUser -Filter \"usageLocation eq 'DE'\" | Select-Object -ExpandProperty DisplayName",
                           remarks: "Users whose usage location is Germany (after Connect-AzureAD).",
                           expectedOutput: "Ines Jansen\nJonas Keller\nMara Novak", setup: "Connect-AzureAD | Out-Null"),
            CommandExample(code: "(Get-AzureADUser -All $true | Where-Object { $_.AssignedLicenses.Count -eq 0 }).Count",
                           remarks: "Counts unlicensed users; -All takes a Boolean (after Connect-AzureAD).", setup: "Connect-AzureAD | Out-Null"),
        ])

    init() {}

    func process(_ context: CommandContext) throws {
        let api = try AzureAD.api(context)
        let tenant = api.tenant
        try AzureAD.query(context, noun: "User", resource: "User", one: { (id) throws(GraphError) in try api.user(id) }, all: { () throws(GraphError) in try api.users() },
                          entity: { AzureADFilter.user(tenant, $0) }, searched: { [$0.displayName, $0.userPrincipalName] },
                          write: { try context.writeObject(AzureADObjects.user(tenant, $0)) })
    }
}
