import PowerShellRuntime

/// Get-Recipient: every mail-enabled object (mailboxes, mail users, contacts, groups).
final class GetRecipientCommand: Cmdlet {
    static let parameters: [ParameterMetadata] = [
        Exo.identityParameter(),
        Exo.filter,
        ParameterMetadata(name: "RecipientType", type: "string[]", helpMessage: "UserMailbox, MailUser, MailContact, MailUniversalSecurityGroup, ..."),
        ParameterMetadata(name: "RecipientTypeDetails", type: "string[]", helpMessage: "UserMailbox, SharedMailbox, MailContact, ..."),
        Exo.resultSize,
        ParameterMetadata(name: "SortBy", type: "string", helpMessage: "Name, DisplayName or Alias."),
        ParameterMetadata(name: "Anr", type: "string", helpMessage: "Ambiguous name resolution (name, alias, display name prefix)."),
        ParameterMetadata(name: "Properties", type: "string[]", helpMessage: "Extra properties (all are returned in the lab)."),
        ParameterMetadata(name: "PropertySets", type: "string[]", helpMessage: "Property sets (all are returned in the lab)."),
        ParameterMetadata(name: "IncludeSoftDeletedRecipients", type: "switch", helpMessage: "Include soft-deleted recipients (none in the lab)."),
    ]
    static let metadata = CommandMetadata(
        name: "Get-Recipient",
        parameters: parameters,
        outputTypes: [ExchangeObjects.recipientType],
        moduleName: Exo.module,
        synopsis: "Views existing recipient objects.",
        examples: [CommandExample(code: "Get-Recipient -ResultSize unlimited | where {$_.EmailAddresses -match \"user@contoso.onmicrosoft.com\"} | fL Name, RecipientType,emailaddresses",
                                  remarks: "Finds which recipient holds an address (the duplicate proxy address diagnosis)."),
                   CommandExample(code: "(Get-Recipient -Filter \"EmailAddresses -eq 'wesy@contoso.onmicrosoft.com'\").RecipientType", remarks: "The demo tenant's duplicate: a contact holds Wes's future address.", expectedOutput: "MailContact")])

    init() {}

    func process(_ context: CommandContext) throws {
        try GetRecipientCommand.run(context)
    }

    static func run(_ context: CommandContext) throws {
        let tenant = try context.tenant
        var all = tenant.recipients
        if let anr = context.string("Anr")?.lowercased() {
            all = all.filter { $0.name.lowercased().hasPrefix(anr) || $0.alias.lowercased().hasPrefix(anr) || $0.displayName.lowercased().hasPrefix(anr) }
        }
        guard var list = try Exo.select(context, from: all) else { return }
        if let sort = context.string("SortBy")?.lowercased() {
            list.sort { a, b in
                let x = sort == "alias" ? a.alias : (sort == "displayname" ? a.displayName : a.name)
                let y = sort == "alias" ? b.alias : (sort == "displayname" ? b.displayName : b.name)
                return x.lowercased() < y.lowercased()
            }
        }
        for r in list { try context.writeObject(ExchangeObjects.recipient(r)) }
    }
}
