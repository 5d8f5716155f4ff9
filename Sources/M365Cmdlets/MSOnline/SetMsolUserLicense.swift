import Foundation
import Licensing
import PowerShellRuntime

/// Set-MsolUserLicense: direct assignment, synchronous and atomic (docs/licensing.md "Direct
/// assignment"). Adds, removes and -LicenseOptions changes are one operation; a failure changes
/// nothing and is written at once with the documented message and the licensing code as
/// Exception.ErrorCode.
final class SetMsolUserLicenseCommand: Cmdlet {
    static let metadata = CommandMetadata(
        name: "Set-MsolUserLicense",
        parameters: [
            ParameterMetadata(name: "ObjectId", type: "guid", mandatory: true, valueFromPipelineByPropertyName: true,
                              parameterSets: ["SetUserLicenses__0"], helpMessage: "The user's object id."),
            ParameterMetadata(name: "UserPrincipalName", type: "string", mandatory: true, valueFromPipelineByPropertyName: true,
                              parameterSets: ["SetUserLicensesByUpn__0"], helpMessage: "The user's UPN."),
            ParameterMetadata(name: "AddLicenses", type: "string[]", valueFromPipelineByPropertyName: true,
                              helpMessage: "AccountSkuIds (tenant:SKUPARTNUMBER) to assign."),
            ParameterMetadata(name: "RemoveLicenses", type: "string[]", valueFromPipelineByPropertyName: true,
                              helpMessage: "AccountSkuIds to remove."),
            ParameterMetadata(name: "LicenseOptions", type: "object[]", valueFromPipelineByPropertyName: true,
                              helpMessage: "LicenseOption objects: plans to disable, for added or already assigned products."),
            Msol.tenantId,
        ],
        defaultParameterSet: "SetUserLicenses__0",
        moduleName: Msol.module,
        synopsis: "Updates the license assignment for a user.",
        examples: [
            CommandExample(code: "Set-MsolUserLicense -UserPrincipalName priyaq@contoso.onmicrosoft.com -AddLicenses contoso:ENTERPRISEPACK", remarks: "Assigns E3 to Priya directly (the demo tenant's last free E3 seat)."),
            CommandExample(code: "Get-MsolUser -All -UnlicensedUsersOnly | Where-Object UsageLocation -eq 'US' |\n    Set-MsolUserLicense -AddLicenses contoso:STANDARDPACK -ErrorAction SilentlyContinue -ErrorVariable failed\n$failed.Count", remarks: "Licenses every unlicensed user in the US with E1 and keeps the failures in $failed: Wes cannot be licensed while an old contact holds his address.", expectedOutput: "1"),
        ])

    init() {}

    func process(_ context: CommandContext) throws {
        let tenant = try context.tenant
        guard let user = try Msol.user(context) else { return }
        let changes = Msol.licenseChanges(context)
        if changes.isEmpty { return }
        try Msol.perform(context, target: .string(user.userPrincipalName)) {
            try tenant.assignLicenses(userId: user.objectId, add: changes.add, remove: changes.remove, update: changes.update)
        }
    }
}
