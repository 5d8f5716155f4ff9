import Foundation
import Licensing
import PowerShellRuntime

/// Set-AzureADUserLicense: direct assignment from an `AssignedLicenses` object (its AddLicenses
/// list of `AssignedLicense` with SkuId and DisabledPlans, its RemoveLicenses list of SKU ids).
/// It is the request Graph's assignLicense reads (`GraphBodyDecoding`, `GraphAPI.assignLicense`),
/// so its refusals are the directory's texts, shown in the module's block (`SetUserLicenses`).
/// A list left unset is sent empty: the module's own example sets only AddLicenses.
final class SetAzureADUserLicenseCommand: Cmdlet {
    static let metadata = CommandMetadata(
        name: "Set-AzureADUserLicense",
        parameters: [
            ParameterMetadata(name: "ObjectId", type: "string", mandatory: true, valueFromPipeline: true, valueFromPipelineByPropertyName: true,
                              helpMessage: "The user's object id or user principal name."),
            ParameterMetadata(name: "AssignedLicenses", type: AzureADObjects.assignedLicensesType, mandatory: true, valueFromPipelineByPropertyName: true,
                              helpMessage: "A Microsoft.Open.AzureAD.Model.AssignedLicenses: AddLicenses (AssignedLicense objects) and RemoveLicenses (SKU ids)."),
        ],
        moduleName: AzureAD.module,
        synopsis: "Adds or removes licenses for a Microsoft online service to the list of assigned licenses for a user.",
        examples: [
            CommandExample(code: "$License = New-Object -TypeName Microsoft.Open.AzureAD.Model.AssignedLicense\n$License.SkuId = (Get-AzureADSubscribedSku | Where-Object SkuPartNumber -eq 'ENTERPRISEPACK').SkuId\n$Licenses = New-Object -TypeName Microsoft.Open.AzureAD.Model.AssignedLicenses\n$Licenses.AddLicenses = $License\nSet-AzureADUserLicense -ObjectId priyaq@contoso.onmicrosoft.com -AssignedLicenses $Licenses\n(Get-AzureADUserLicenseDetail -ObjectId priyaq@contoso.onmicrosoft.com).SkuPartNumber",
                           remarks: "Assigns E3 to Priya (the demo tenant's last free E3 seat), after Connect-AzureAD.",
                           expectedOutput: "ENTERPRISEPACK", setup: "Connect-AzureAD | Out-Null"),
            CommandExample(code: "$Licenses = New-Object -TypeName Microsoft.Open.AzureAD.Model.AssignedLicenses\n$Licenses.RemoveLicenses = (Get-AzureADSubscribedSku | Where-Object SkuPartNumber -eq 'STANDARDPACK').SkuId\nSet-AzureADUserLicense -ObjectId hugoi@contoso.onmicrosoft.com -AssignedLicenses $Licenses",
                           remarks: "Removes Hugo's direct E1 (after Connect-AzureAD).", setup: "Connect-AzureAD | Out-Null"),
        ])

    init() {}

    func process(_ context: CommandContext) throws {
        let api = try AzureAD.api(context)
        let id = context.string("ObjectId") ?? ""
        let body = SetAzureADUserLicenseCommand.body(context.value("AssignedLicenses") ?? .null, session: context.session)
        _ = try AzureAD.call(context, operation: "SetUserLicenses") { () throws(GraphError) in
            try api.assignLicense(toUser: id, try GraphBodyDecoding.assignLicense(body, resource: "User"))
        }
    }

    /// The assignLicense body an AssignedLicenses object makes (a scalar where the model has a
    /// list is a one-item list, as .NET converts it on assignment).
    static func body(_ licenses: Value, session: Session) -> JsonValue {
        func property(_ v: Value, _ name: String) -> Value? { ValueAccess.property(v, name, session: session) }
        let adds: [JsonValue] = ValueAccess.items(property(licenses, "AddLicenses")).map { license in
            let plans = ValueAccess.items(property(license, "DisabledPlans")).map { GraphWire.json($0) }
            return .object([("skuId", GraphWire.json(property(license, "SkuId") ?? .null)), ("disabledPlans", .array(plans))])
        }
        let removes = ValueAccess.items(property(licenses, "RemoveLicenses")).map { GraphWire.json($0) }
        return .object([("addLicenses", .array(adds)), ("removeLicenses", .array(removes))])
    }
}
