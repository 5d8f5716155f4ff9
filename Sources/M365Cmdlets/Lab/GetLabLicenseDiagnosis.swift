import Licensing
import PowerShellRuntime

/// Get-LabLicenseDiagnosis: why a user's license assignments are in error, in the words of the
/// portal's Why? page (LicenseDiagnosis): the rule that failed, which sources give which plans,
/// and what to do.
final class GetLabLicenseDiagnosisCommand: Cmdlet {
    static let metadata = CommandMetadata(
        name: "Get-LabLicenseDiagnosis",
        parameters: [
            ParameterMetadata(name: "UserPrincipalName", type: "string", position: 0, mandatory: true, valueFromPipelineByPropertyName: true,
                              helpMessage: "The user's UPN (or object id)."),
        ],
        outputTypes: ["System.String"],
        moduleName: Lab.module,
        synopsis: "Explains why a user's license assignments are in error, as the portal's Why? page does.",
        examples: [
            CommandExample(code: "Get-LabLicenseDiagnosis -UserPrincipalName liamm@contoso.onmicrosoft.com",
                           remarks: "The rule that failed for each assignment in error, the sources of the user's plans, and what to do."),
            CommandExample(code: "Get-MsolUser -All -HasErrorsOnly | Get-LabLicenseDiagnosis",
                           remarks: "Every user in error, explained."),
        ])

    init() {}

    func process(_ context: CommandContext) throws {
        let tenant = try context.tenant
        let identity = context.string("UserPrincipalName") ?? ""
        let user: User
        do { user = try tenant.resolveUser(identity) } catch {
            try context.writeError(M365Errors.lab(error, context, target: .string(identity)))
            return
        }
        let found = LicenseDiagnosis.diagnose(tenant, user: user)
        if found.isEmpty {
            try context.writeObject(.string("No license assignment of \(user.userPrincipalName) is in error."))
        }
        for d in found { try context.writeObject(.string(d.text)) }
    }
}
