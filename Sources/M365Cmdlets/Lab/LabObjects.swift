import PowerShellRuntime

/// The object `-PassThru` on the tenant setters writes.
enum LabObjects {
    static func tenant(_ state: M365State) -> Value {
        let t = state.tenant
        return Emit.object("LicenseLab.Tenant", [
            ("Name", .string(t.name)), ("InitialDomain", .string(t.initialDomain)),
            ("CountryLetterCode", .string(t.settings.countryLetterCode)),
            ("ProcessingMode", .string(t.settings.processingMode.rawValue)),
            ("ProcessingDelaySeconds", t.settings.deferredProcessingDelay.map { .double($0) } ?? .null),
            ("DuplicateProxyAddressError", .string(t.settings.duplicateProxyAddressError.rawValue)),
            ("EnforceGraphScopes", .bool(t.settings.enforceGraphScopes)),
            ("GraphThrottling", .string(t.settings.graphThrottling.rawValue)),
            ("GraphRequestLogSize", .int(t.settings.graphRequestLogSize)),
            ("ExchangePlansConflict", .bool(t.settings.exchangePlansConflict)),
            ("RequireMsolConnection", .bool(state.requireMsolConnection)),
        ])
    }
}
