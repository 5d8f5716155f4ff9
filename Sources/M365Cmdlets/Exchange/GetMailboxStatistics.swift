import PowerShellRuntime

/// Get-MailboxStatistics: a mailbox's size, item count and last logon, generated from its id
/// (the lab keeps no mail in mailboxes). View: DisplayName, ItemCount, StorageLimitStatus,
/// LastLogonTime, as Exchange's format file has it.
final class GetMailboxStatisticsCommand: Cmdlet {
    static let metadata = CommandMetadata(
        name: "Get-MailboxStatistics",
        parameters: [
            ParameterMetadata(name: "Identity", type: "string", position: 0, mandatory: true, valueFromPipeline: true, valueFromPipelineByPropertyName: true,
                              helpMessage: "The mailbox: name, alias, display name, address or GUID."),
            ParameterMetadata(name: "Archive", type: "switch", helpMessage: "The archive mailbox (none in the lab)."),
            ParameterMetadata(name: "IncludeMoveHistory", type: "switch", helpMessage: "Move history (none in the lab)."),
            ParameterMetadata(name: "IncludeMoveReport", type: "switch", helpMessage: "Move report (none in the lab)."),
        ],
        outputTypes: [MailboxStatistics.type],
        moduleName: Exo.module,
        synopsis: "Returns a mailbox's size, item count and last logon time.",
        examples: [CommandExample(code: "Get-Mailbox -ResultSize Unlimited | Get-MailboxStatistics | Sort-Object DisplayName | Select-Object -First 2 DisplayName, ItemCount, TotalItemSize",
                                  remarks: "Sizes of the first two mailboxes (the same every run).")])

    init() {}

    func process(_ context: CommandContext) throws {
        let tenant = try context.tenant
        guard let r = try Exo.single(context, kinds: [.userMailbox]) else { return }
        try context.writeObject(MailboxStatistics.object(tenant, r))
    }
}
