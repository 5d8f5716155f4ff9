import Licensing
import PowerShellRuntime

/// Reset-LabTenant: back to the demo tenant, or (-Empty) the same name and country with no
/// products, users, groups or recipients. Settings go back to their defaults.
final class ResetLabTenantCommand: Cmdlet {
    static let metadata = CommandMetadata(
        name: "Reset-LabTenant",
        parameters: [
            ParameterMetadata(name: "Empty", type: "switch", helpMessage: "Start from an empty tenant."),
            Lab.passThru,
        ],
        moduleName: Lab.module,
        synopsis: "Resets the lab tenant to the demo tenant (or an empty one).",
        examples: [CommandExample(code: "Reset-LabTenant -Empty", remarks: "An empty contoso tenant, country US.")])

    init() {}

    func process(_ context: CommandContext) throws {
        let state = try context.m365
        let clock = state.tenant.clock
        let fresh = context.switchPresent("Empty") ? DemoTenant.makeEmpty(clock: clock) : DemoTenant.make(clock: clock)
        state.reset(to: fresh)
        if context.switchPresent("PassThru") { try context.writeObject(LabObjects.tenant(state)) }
    }
}
