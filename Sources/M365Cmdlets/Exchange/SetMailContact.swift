import Licensing
import PowerShellRuntime

/// Set-MailContact: changes a contact's addresses (`-EmailAddresses` list or @{Add=...; Remove=...}).
final class SetMailContactCommand: Cmdlet {
    static let metadata = CommandMetadata(
        name: "Set-MailContact",
        parameters: [
            Exo.identityParameter(),
            ParameterMetadata(name: "EmailAddresses", type: "object", helpMessage: "The full list of proxy addresses, or @{Add=...; Remove=...}."),
            ParameterMetadata(name: "ExternalEmailAddress", type: "string", helpMessage: "The contact's email address."),
            ParameterMetadata(name: "DisplayName", type: "string", helpMessage: "Display name."),
            ParameterMetadata(name: "Alias", type: "string", helpMessage: "The alias (Exchange's alias rule)."),
        ],
        supportsShouldProcess: true,
        moduleName: Exo.module,
        synopsis: "Modifies a mail contact.",
        examples: [CommandExample(code: "Set-MailContact 'Wes Young (old)' -EmailAddresses @{Remove='wesy@contoso.onmicrosoft.com'; Add='wes.old@fabrikam.com'}", remarks: "Frees the address the demo tenant's old contact holds, so Wes's mailbox can take it.")])

    init() {}

    func process(_ context: CommandContext) throws {
        try SetMailboxCommand.apply(context, kinds: [.mailContact])
    }
}
