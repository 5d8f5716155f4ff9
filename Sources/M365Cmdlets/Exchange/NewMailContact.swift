import Licensing
import PowerShellRuntime

/// New-MailContact: an external contact; its address must be unused by any recipient.
final class NewMailContactCommand: Cmdlet {
    static let metadata = CommandMetadata(
        name: "New-MailContact",
        parameters: [
            ParameterMetadata(name: "Name", type: "string", position: 0, mandatory: true, helpMessage: "The contact's unique name."),
            ParameterMetadata(name: "ExternalEmailAddress", type: "string", mandatory: true, helpMessage: "The contact's email address."),
            ParameterMetadata(name: "DisplayName", type: "string", helpMessage: "Display name (default: Name)."),
            ParameterMetadata(name: "Alias", type: "string", helpMessage: "Alias (default: Name without spaces)."),
            ParameterMetadata(name: "FirstName", type: "string", helpMessage: "First name."),
            ParameterMetadata(name: "LastName", type: "string", helpMessage: "Last name."),
        ],
        outputTypes: [ExchangeObjects.mailContactType],
        supportsShouldProcess: true,
        moduleName: Exo.module,
        synopsis: "Creates a mail contact.",
        examples: [CommandExample(code: "New-MailContact -Name 'Old Jo' -ExternalEmailAddress 'jo@contoso.onmicrosoft.com'", remarks: "A contact holding jo's address.")])

    init() {}

    func process(_ context: CommandContext) throws {
        let state = try context.m365
        let tenant = state.tenant
        let name = context.string("Name") ?? ""
        guard try context.shouldProcess(target: name, action: "New-MailContact") else { return }
        var created: Recipient?
        try Exo.perform(context, target: .string(name)) {
            created = try tenant.createMailContact(name: name, externalEmailAddress: context.string("ExternalEmailAddress") ?? "",
                                                   displayName: context.string("DisplayName"), alias: context.string("Alias"),
                                                   id: state.newObjectId(name))
        }
        if let r = created { try context.writeObject(ExchangeObjects.mailContact(r)) }
    }
}
