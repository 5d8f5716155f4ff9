import PowerShellRuntime

/// Get-AzureADTenantDetail: the tenant as a TenantDetail (ObjectId, DisplayName, VerifiedDomains
/// in the default view). Scripts also call it to find out whether Connect-AzureAD has run: before
/// it, it fails with AadNeedAuthenticationException like every cmdlet of the module.
final class GetAzureADTenantDetailCommand: Cmdlet {
    static let metadata = CommandMetadata(
        name: "Get-AzureADTenantDetail",
        parameters: [
            ParameterMetadata(name: "All", type: "bool", helpMessage: "$true: every tenant detail (there is one)."),
            ParameterMetadata(name: "Top", type: "int", helpMessage: "At most this many (there is one)."),
        ],
        outputTypes: [AzureADObjects.tenantDetailType],
        moduleName: AzureAD.module,
        synopsis: "Gets the details of a tenant.",
        examples: [
            CommandExample(code: "(Get-AzureADTenantDetail).VerifiedDomains | Select-Object Name, Initial",
                           remarks: "The tenant's domains, the initial one first (after Connect-AzureAD).", setup: "Connect-AzureAD | Out-Null"),
            CommandExample(code: "try { Get-AzureADTenantDetail | Out-Null; 'connected' }\ncatch [Microsoft.Open.Azure.AD.CommonLibrary.AadNeedAuthenticationException] { 'not connected' }",
                           remarks: "The check scripts make before they call Connect-AzureAD.", expectedOutput: "not connected"),
        ])

    init() {}

    func process(_ context: CommandContext) throws {
        let api = try AzureAD.api(context)
        if let top = context.int("Top"), top < 1 { return }
        let state = try context.m365
        try context.writeObject(AzureADObjects.tenantDetail(api.tenant, displayName: state.tenantDisplayName))
    }
}
