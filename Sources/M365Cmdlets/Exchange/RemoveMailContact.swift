import Licensing
import PowerShellRuntime

/// Remove-MailContact: deletes a contact (and frees its addresses).
final class RemoveMailContactCommand: Cmdlet {
    static let metadata = CommandMetadata(
        name: "Remove-MailContact",
        parameters: [Exo.identityParameter()],
        supportsShouldProcess: true,
        moduleName: Exo.module,
        synopsis: "Removes a mail contact.",
        examples: [CommandExample(code: "Remove-MailContact -Identity 'Old Jo' -Confirm:$false", remarks: "Deletes the contact.")])

    init() {}

    func process(_ context: CommandContext) throws {
        let tenant = try context.tenant
        let identity = context.string("Identity") ?? ""
        let contacts = tenant.recipients(matchingIdentity: identity).filter { $0.recipientType == .mailContact }
        guard let contact = contacts.first else {
            try context.writeError(M365Errors.exchange(Exo.notFound(identity), context, target: .string(identity)))
            return
        }
        guard try context.shouldProcess(target: contact.name, action: "Remove Mail Contact") else { return }
        try Exo.perform(context, target: .string(identity)) { try tenant.removeMailContact(id: contact.id) }
    }
}
