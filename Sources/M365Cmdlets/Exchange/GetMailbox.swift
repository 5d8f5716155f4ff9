import PowerShellRuntime

/// Get-Mailbox: user mailboxes (created when an Exchange plan is enabled for a user).
final class GetMailboxCommand: Cmdlet {
    static let parameters: [ParameterMetadata] = [
        Exo.identityParameter(), Exo.filter, Exo.resultSize,
        ParameterMetadata(name: "RecipientTypeDetails", type: "string[]", helpMessage: "UserMailbox, SharedMailbox, ..."),
        ParameterMetadata(name: "UserPrincipalName", type: "string", helpMessage: "The mailbox owner's UPN."),
        ParameterMetadata(name: "Properties", type: "string[]", helpMessage: "Extra properties (all are returned in the lab)."),
        ParameterMetadata(name: "PropertySets", type: "string[]", helpMessage: "Property sets (all are returned in the lab)."),
    ]
    static let metadata = CommandMetadata(
        name: "Get-Mailbox",
        parameters: parameters,
        outputTypes: [ExchangeObjects.mailboxType],
        moduleName: Exo.module,
        synopsis: "Views mailbox objects.",
        examples: [CommandExample(code: "Get-Mailbox -ResultSize Unlimited | Select-Object DisplayName, PrimarySmtpAddress", remarks: "Lists mailboxes.")])

    init() {}

    func process(_ context: CommandContext) throws { try GetMailboxCommand.run(context) }

    static func run(_ context: CommandContext) throws {
        let tenant = try context.tenant
        var mailboxes = tenant.recipients.filter { $0.recipientType == .userMailbox }
        if let upn = context.string("UserPrincipalName") {
            let id = tenant.user(userPrincipalName: upn)?.objectId
            mailboxes = mailboxes.filter { $0.externalDirectoryObjectId == id && id != nil }
        }
        guard let list = try Exo.select(context, from: mailboxes) else { return }
        for r in list { try context.writeObject(ExchangeObjects.mailbox(tenant, r)) }
    }
}
