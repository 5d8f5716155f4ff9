import PowerShellRuntime

/// Get-MailContact: the mail contacts.
final class GetMailContactCommand: Cmdlet {
    static let metadata = CommandMetadata(
        name: "Get-MailContact",
        parameters: [Exo.identityParameter(), Exo.filter, Exo.resultSize],
        outputTypes: [ExchangeObjects.mailContactType],
        moduleName: Exo.module,
        synopsis: "Views mail contacts.",
        examples: [CommandExample(code: "Get-MailContact | Select-Object Name, ExternalEmailAddress", remarks: "Lists contacts.")])

    init() {}

    func process(_ context: CommandContext) throws {
        let tenant = try context.tenant
        let contacts = tenant.recipients.filter { $0.recipientType == .mailContact }
        guard let list = try Exo.select(context, from: contacts) else { return }
        for r in list { try context.writeObject(ExchangeObjects.mailContact(r)) }
    }
}
