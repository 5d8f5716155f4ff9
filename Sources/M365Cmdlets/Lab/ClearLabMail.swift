import Licensing
import PowerShellRuntime

/// Clear-LabMail: empties the lab's outbox (High impact: it asks first unless -Confirm:$false).
final class ClearLabMailCommand: Cmdlet {
    static let metadata = CommandMetadata(
            name: "Clear-LabMail",
            parameters: [ParameterMetadata(name: "PassThru", type: "switch", helpMessage: "Writes how many messages were removed.")],
            outputTypes: ["System.Int32"],
            supportsShouldProcess: true,
            confirmImpact: .high,
            moduleName: Lab.module,
            synopsis: "Empties the lab's outbox.",
            examples: [CommandExample(code: "Clear-LabMail -Confirm:$false; (Get-LabMail).Count", remarks: "Removes every message; nothing is left.",
                                      expectedOutput: "0")])

    init() {}

    func process(_ context: CommandContext) throws {
        let tenant = try context.tenant
        guard try context.shouldProcess(target: "the lab outbox (\(tenant.outbox.count) messages)") else { return }
        let removed = tenant.clearOutbox()
        if context.switchPresent("PassThru") { try context.writeObject(.int(removed)) }
    }
}
