import Foundation
import Licensing
import PowerShellRuntime

/// Set-AzureADUser: changes a user's properties in one request (all or nothing, as
/// Update-MgUser); writes nothing. A refused change (an invalid usage location, a prohibited one
/// for the user's licenses, a UPN in use) is thrown in the module's block (`SetUser`).
final class SetAzureADUserCommand: Cmdlet {
    static let metadata = CommandMetadata(
        name: "Set-AzureADUser",
        parameters: [
            ParameterMetadata(name: "ObjectId", type: "string", mandatory: true, valueFromPipeline: true, valueFromPipelineByPropertyName: true,
                              helpMessage: "The user's object id or user principal name."),
        ] + AzureAD.userParameters,
        moduleName: AzureAD.module,
        synopsis: "Updates a user.",
        examples: [
            CommandExample(code: "Set-AzureADUser -ObjectId gwenh@contoso.onmicrosoft.com -UsageLocation US\n(Get-AzureADUser -ObjectId gwenh@contoso.onmicrosoft.com).UsageLocation",
                           remarks: "Gives Gwen a usage location, which licensing needs (after Connect-AzureAD).", expectedOutput: "US",
                           setup: "Connect-AzureAD | Out-Null"),
        ])

    init() {}

    func process(_ context: CommandContext) throws {
        let api = try AzureAD.api(context)
        let id = context.string("ObjectId") ?? ""
        var changes = UserChangesRequest()
        if context.has("UsageLocation") {
            let location = context.string("UsageLocation") ?? ""
            changes.usageLocation = .some(location.isEmpty ? nil : location)
        }
        if context.has("DisplayName") { changes.displayName = context.string("DisplayName") ?? "" }
        if context.has("UserPrincipalName") { changes.userPrincipalName = context.string("UserPrincipalName") ?? "" }
        changes.accountEnabled = AzureAD.accountEnabled(context)
        changes.attributes = AzureAD.attributes(context)
        try AzureAD.call(context, operation: "SetUser") { () throws(GraphError) in try api.updateUser(id, changes) }
    }
}
