import Foundation
import Licensing
import PowerShellRuntime

/// Set-EntraUserLicense: takes AzureAD's `AssignedLicenses` object and sends
/// `POST /users/{id}/microsoft.graph.assignLicense` as the module does (Set-EntraUserLicense.ps1):
/// both lists always present (an unset one empty), and each added license's skuId only — its
/// DisabledPlans are not sent. Returns the response as a hashtable (the user); a refusal is
/// Invoke-MgGraphRequest's HttpResponseException with Graph's JSON error.
final class SetEntraUserLicenseCommand: Cmdlet {
    static let metadata = CommandMetadata(
        name: "Set-EntraUserLicense",
        parameters: [
            ParameterMetadata(name: "UserId", type: "string", aliases: ["ObjectId", "UPN", "Identity", "UserPrincipalName"], mandatory: true,
                              valueFromPipeline: true, valueFromPipelineByPropertyName: true, helpMessage: "The user's id or user principal name."),
            ParameterMetadata(name: "AssignedLicenses", type: AzureADObjects.assignedLicensesType, mandatory: true, valueFromPipelineByPropertyName: true,
                              helpMessage: "A Microsoft.Open.AzureAD.Model.AssignedLicenses (AddLicenses, RemoveLicenses)."),
        ],
        moduleName: Entra.module,
        synopsis: "Adds or removes licenses for a Microsoft online service to the list of assigned licenses for a user.",
        examples: [
            CommandExample(code: "$License = New-Object -TypeName Microsoft.Open.AzureAD.Model.AssignedLicense\n$License.SkuId = (Get-EntraSubscribedSku | Where-Object SkuPartNumber -eq 'ENTERPRISEPACK').SkuId\n$Licenses = New-Object -TypeName Microsoft.Open.AzureAD.Model.AssignedLicenses\n$Licenses.AddLicenses = $License\n(Set-EntraUserLicense -UserId priyaq@contoso.onmicrosoft.com -AssignedLicenses $Licenses).userPrincipalName",
                           remarks: "Assigns E3 to Priya (the demo tenant's last free E3 seat), after Connect-Entra; the answer is the user.",
                           expectedOutput: "priyaq@contoso.onmicrosoft.com", setup: "Connect-Entra -NoWelcome"),
        ])

    init() {}

    func process(_ context: CommandContext) throws {
        let api = try Entra.api(context, scopes: "User.ReadWrite.All")
        let id = context.string("UserId") ?? ""
        let body = SetEntraUserLicenseCommand.body(context.value("AssignedLicenses") ?? .null, session: context.session)
        guard let answer = try Entra.send(context, api, method: "POST", path: "users/\(id)/microsoft.graph.assignLicense", body: body) else { return }
        try context.writeObject(GraphWire.hashtable(answer))
    }

    /// `{addLicenses: [{skuId}], removeLicenses: [...]}`: the module keeps only each license's SkuId.
    static func body(_ licenses: Value, session: Session) -> JsonValue {
        func property(_ v: Value, _ name: String) -> Value? { ValueAccess.property(v, name, session: session) }
        let adds: [JsonValue] = ValueAccess.items(property(licenses, "AddLicenses")).map { license in
            .object([("skuId", GraphWire.json(property(license, "SkuId") ?? .null))])
        }
        let removes = ValueAccess.items(property(licenses, "RemoveLicenses")).map { GraphWire.json($0) }
        return .object([("addLicenses", .array(adds)), ("removeLicenses", .array(removes))])
    }
}
