import PowerShellRuntime

/// New-MsolLicenseOptions: a LicenseOption naming an AccountSkuId and the service plans (by
/// name) to disable; nothing is checked until it is used.
final class NewMsolLicenseOptionsCommand: Cmdlet {
    static let metadata = CommandMetadata(
        name: "New-MsolLicenseOptions",
        parameters: [
            ParameterMetadata(name: "AccountSkuId", type: "string", mandatory: true, valueFromPipelineByPropertyName: true,
                              helpMessage: "The product, as tenant:SKUPARTNUMBER."),
            ParameterMetadata(name: "DisabledPlans", type: "string[]", valueFromPipelineByPropertyName: true,
                              helpMessage: "Service plan names to disable ($null enables all)."),
        ],
        outputTypes: [MsolObjects.licenseOptionType],
        moduleName: Msol.module,
        synopsis: "Creates a License Options object, to disable service plans of a product.",
        examples: [CommandExample(code: "$o = New-MsolLicenseOptions -AccountSkuId contoso:ENTERPRISEPACK -DisabledPlans SWAY, YAMMER_ENTERPRISE",
                                  remarks: "E3 without Sway and Yammer, for Set-MsolUserLicense -LicenseOptions.")])

    init() {}

    func process(_ context: CommandContext) throws {
        let tenant = try context.tenant
        let id = context.string("AccountSkuId") ?? ""
        let part = id.split(separator: ":", maxSplits: 1).dropFirst().first.map(String.init) ?? id
        try context.writeObject(MsolObjects.licenseOption(tenant, partNumber: part, accountSkuId: id, disabled: context.strings("DisabledPlans")))
    }
}
