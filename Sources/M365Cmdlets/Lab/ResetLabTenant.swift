import Licensing
import PowerShellRuntime

/// Reset-LabTenant: back to the demo tenant, or (-Empty) the same name and country with no
/// products, users, groups or recipients. Settings go back to their defaults. A tenant file that
/// holds changes is replaced only when confirmed (CommandContext.mayReplaceTenant).
final class ResetLabTenantCommand: Cmdlet {
    static let metadata = CommandMetadata(
        name: "Reset-LabTenant",
        parameters: [
            ParameterMetadata(name: "Empty", type: "switch", helpMessage: "Start from an empty tenant."),
            Lab.forceReplace,
            Lab.passThru,
        ],
        supportsShouldProcess: true,
        moduleName: Lab.module,
        synopsis: "Resets the lab tenant to the demo tenant (or an empty one).",
        description: """
            Replaces the session's tenant with the demo tenant, or with -Empty a tenant of the same name and country \
            with no products, users, groups or recipients. On a tenant file that holds changes (anything but an \
            unchanged demo or empty tenant) it asks first, as pwsh's High-impact commands do; -Force or \
            -Confirm:$false replaces without asking, and a script run that cannot ask stops with an error. The \
            in-memory tenant of licenselab --demo is replaced without asking: run scenario scripts there.
            """,
        examples: [CommandExample(code: "Reset-LabTenant -Empty", remarks: "An empty contoso tenant, country US.")])

    init() {}

    func process(_ context: CommandContext) throws {
        let state = try context.m365
        let clock = state.tenant.clock
        guard try context.mayReplaceTenant(named: state.tenant.name) else { return }
        let fresh = context.switchPresent("Empty") ? DemoTenant.makeEmpty(clock: clock) : DemoTenant.make(clock: clock)
        state.reset(to: fresh)
        // the demo and the empty tenant can be made again: replacing them later loses nothing
        (try? context.tenantStore)?.markUnchanged()
        if context.switchPresent("PassThru") { try context.writeObject(LabObjects.tenant(state)) }
    }
}
