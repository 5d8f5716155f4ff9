import Foundation
import PowerShellRuntime
import TenantStore

/// New-LabTenant: replaces the tenant with a generated one (the same for the same arguments).
final class NewLabTenantCommand: Cmdlet {
    static let metadata = CommandMetadata(
        name: "New-LabTenant",
        parameters: [
            ParameterMetadata(name: "Users", type: "int", position: 0, mandatory: true, validateRange: 0...2_000_000,
                              helpMessage: "How many users."),
            ParameterMetadata(name: "Groups", type: "int", position: 1, validateRange: 0...100_000,
                              helpMessage: "How many groups (default: one per 1,000 users, at least 6)."),
            ParameterMetadata(name: "Seed", type: "int", helpMessage: "The same seed gives the same tenant (default 1)."),
            ParameterMetadata(name: "Name", type: "string", validatePattern: "^[A-Za-z0-9-]+$", helpMessage: "The tenant name (default contoso)."),
            Lab.forceReplace,
            Lab.passThru,
        ],
        supportsShouldProcess: true,
        moduleName: Lab.module,
        synopsis: "Replaces the lab tenant with a large generated one, processed by the licensing rules.",
        examples: [CommandExample(code: "New-LabTenant -Users 10000 -Groups 20 -Seed 7",
                                  remarks: "10,000 users in 20 licensed groups, some in error; the same tenant every time.")])

    init() {}

    func process(_ context: CommandContext) throws {
        let state = try context.m365
        let users = context.int("Users") ?? 0
        let groups = context.int("Groups") ?? max(6, users / 1000)
        let seed = UInt64(truncatingIfNeeded: Int64(context.int("Seed") ?? 1))
        let name = context.string("Name") ?? state.tenant.name
        guard try context.mayReplaceTenant(named: state.tenant.name) else { return }
        let tenant = TenantGenerator.make(users: users, groups: groups, seed: seed, name: name, clock: state.tenant.clock)
        state.reset(to: tenant)
        if context.switchPresent("PassThru") { try context.writeObject(LabObjects.tenant(state)) }
    }
}
