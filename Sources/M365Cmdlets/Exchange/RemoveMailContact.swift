import Licensing
import PowerShellRuntime

/// Remove-MailContact: deletes a contact (and frees its addresses).
final class RemoveMailContactCommand: Cmdlet {
    static let metadata = CommandMetadata(
        name: "Remove-MailContact",
        parameters: [Exo.identityParameter()],
        supportsShouldProcess: true,
        // Exchange Online's Remove cmdlets are ConfirmImpact High: they ask under the default
        // $ConfirmPreference unless -Confirm:$false
        confirmImpact: .high,
        moduleName: Exo.module,
        synopsis: "Removes a mail contact.",
        examples: [CommandExample(code: "Remove-MailContact -Identity 'Wes Young (old)' -Confirm:$false", remarks: "Deletes the demo tenant's old contact.")])

    init() {}

    func process(_ context: CommandContext) throws {
        let tenant = try context.tenant
        let identity = context.string("Identity") ?? ""
        guard let contact = try Exo.single(context, kinds: [.mailContact]) else { return }
        guard try context.shouldProcess(target: contact.name, action: "Remove Mail Contact") else { return }
        try Exo.perform(context, target: .string(identity)) { try tenant.removeMailContact(id: contact.id) }
    }
}
