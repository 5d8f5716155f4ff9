import Licensing
import PowerShellRuntime

/// Set-LabTenant: the tenant settings of docs/licensing.md "Tenant settings".
final class SetLabTenantCommand: Cmdlet {
    static let metadata = CommandMetadata(
        name: "Set-LabTenant",
        parameters: [
            ParameterMetadata(name: "CountryLetterCode", type: "string", validatePattern: "^[A-Za-z]{2}$",
                              helpMessage: "The directory's location, used for members without a usage location."),
            ParameterMetadata(name: "ProcessingMode", type: "string", validateSet: ["Immediate", "Deferred"],
                              helpMessage: "Immediate: queued groups are processed before the next command reaches the tenant; Deferred: on Wait-LabLicenseProcessing."),
            ParameterMetadata(name: "DuplicateProxyAddressError", type: "string", validateSet: ["None", "UniquenessViolation"],
                              helpMessage: "What a duplicate proxy address records: nothing (as the group-licensing article describes it) or UniquenessViolation."),
            ParameterMetadata(name: "ProcessingDelaySeconds", type: "double",
                              helpMessage: "Deferred mode: queued groups are processed once this many seconds have passed ($null: only on Wait-LabLicenseProcessing)."),
            ParameterMetadata(name: "EnforceGraphScopes", type: "bool",
                              helpMessage: "$true: Graph cmdlets need the permission scopes Connect-MgGraph requested."),
            ParameterMetadata(name: "GraphThrottling", type: "string", validateSet: ["Off", "Documented"],
                              helpMessage: "Documented: licenselab serve applies Graph's identity budgets (429 with Retry-After)."),
            ParameterMetadata(name: "GraphRequestLogSize", type: "int", validateRange: 0...10_000_000,
                              helpMessage: "How many of licenselab serve's newest requests the tenant file keeps (10000 by default)."),
            ParameterMetadata(name: "RequireMsolConnection", type: "bool",
                              helpMessage: "$true: MSOnline cmdlets fail until Connect-MsolService, as the real module does."),
            ParameterMetadata(name: "ExchangePlansConflict", type: "bool",
                              helpMessage: "Whether Exchange Online Plan 1 and Plan 2 are mutually exclusive."),
            ParameterMetadata(name: "DisplayName", type: "string", helpMessage: "The company display name."),
            Lab.passThru,
        ],
        moduleName: Lab.module,
        synopsis: "Changes the lab tenant's settings.",
        examples: [CommandExample(code: "Set-LabTenant -ProcessingMode Deferred", remarks: "Group changes wait for Wait-LabLicenseProcessing.")])

    init() {}

    func process(_ context: CommandContext) throws {
        let state = try context.m365
        let tenant = try context.tenant
        // an ISO 3166-1 alpha-2 code, checked first: a refused code changes no setting
        if let c = context.string("CountryLetterCode") {
            guard try Lab.perform(context, target: .string(c), { try tenant.setCountryLetterCode(c) }) else { return }
        }
        if let m = context.string("ProcessingMode"), let mode = ProcessingMode.allCases.first(where: { $0.rawValue.lowercased() == m.lowercased() }) {
            tenant.settings.processingMode = mode
        }
        if let d = context.string("DuplicateProxyAddressError"),
           let b = DuplicateProxyAddressBehavior.allCases.first(where: { $0.rawValue.lowercased() == d.lowercased() }) {
            tenant.settings.duplicateProxyAddressError = b
        }
        if let v = context.value("ProcessingDelaySeconds") {
            tenant.settings.deferredProcessingDelay = v.isNull ? nil : max(0, (try? LanguagePrimitives.toDouble(v)) ?? 0)
        }
        if let v = context.value("EnforceGraphScopes") { tenant.settings.enforceGraphScopes = LanguagePrimitives.isTrue(v) }
        if let g = context.string("GraphThrottling"), let mode = GraphThrottling.allCases.first(where: { $0.rawValue.lowercased() == g.lowercased() }) {
            tenant.settings.graphThrottling = mode
        }
        if let n = context.int("GraphRequestLogSize") { tenant.settings.graphRequestLogSize = n }
        if let v = context.value("ExchangePlansConflict") { tenant.settings.exchangePlansConflict = LanguagePrimitives.isTrue(v) }
        if let n = context.string("DisplayName") { state.tenantDisplayName = n }
        if let v = context.value("RequireMsolConnection") { state.requireMsolConnection = LanguagePrimitives.isTrue(v) }
        if context.switchPresent("PassThru") { try context.writeObject(LabObjects.tenant(state)) }
    }
}
