import PowerShellRuntime

/// Get-EXOMailboxStatistics: the REST cmdlet; without -Properties it returns the Minimum
/// property set (DeletedItemCount, DisplayName, ItemCount, MailboxGuid, TotalDeletedItemSize,
/// TotalItemSize), which has no view and prints as a list.
final class GetEXOMailboxStatisticsCommand: Cmdlet {
    static let metadata = CommandMetadata(
        name: "Get-EXOMailboxStatistics",
        parameters: [
            ParameterMetadata(name: "Identity", type: "string", position: 0, valueFromPipeline: true, valueFromPipelineByPropertyName: true,
                              helpMessage: "The mailbox: name, alias, display name, address or GUID."),
            ParameterMetadata(name: "UserPrincipalName", type: "string", valueFromPipelineByPropertyName: true, helpMessage: "The mailbox owner's UPN."),
            ParameterMetadata(name: "PrimarySmtpAddress", type: "string", valueFromPipelineByPropertyName: true, helpMessage: "The mailbox's primary address."),
            ParameterMetadata(name: "ExchangeGuid", type: "string", valueFromPipelineByPropertyName: true, helpMessage: "The mailbox's GUID."),
            ParameterMetadata(name: "Properties", type: "string[]", helpMessage: "Properties beyond the minimum set (LastLogonTime, AssociatedItemCount, ...)."),
            ParameterMetadata(name: "PropertySets", type: "string[]", validateSet: ["All", "Minimum"], helpMessage: "All or Minimum."),
            ParameterMetadata(name: "Archive", type: "switch", helpMessage: "The archive mailbox (none in the lab)."),
            ParameterMetadata(name: "IncludeSoftDeletedRecipients", type: "switch", helpMessage: "Soft-deleted mailboxes too."),
            ParameterMetadata(name: "DatabaseGuid", type: "string", helpMessage: "Filter by database."),
            ParameterMetadata(name: "IncludeMoveHistory", type: "switch", helpMessage: "Move history (none in the lab)."),
            ParameterMetadata(name: "IncludeMoveReport", type: "switch", helpMessage: "Move report (none in the lab)."),
        ],
        outputTypes: [MailboxStatistics.exoType],
        moduleName: Exo.module,
        synopsis: "Returns a mailbox's size and item count (REST cmdlet).",
        examples: [CommandExample(code: "Get-EXOMailboxStatistics -Identity hugoi@contoso.onmicrosoft.com -Properties LastLogonTime | Select-Object DisplayName, ItemCount, TotalItemSize, LastLogonTime",
                                  remarks: "The minimum set and the last logon time of Hugo's mailbox.")])

    init() {}

    func process(_ context: CommandContext) throws {
        let tenant = try context.tenant
        guard let r = try Exo.single(context, kinds: [.userMailbox], alternatives: ["UserPrincipalName", "PrimarySmtpAddress", "ExchangeGuid"]) else { return }
        let all = context.strings("PropertySets").contains { $0.lowercased() == "all" }
        try context.writeObject(MailboxStatistics.exoObject(tenant, r, extra: context.strings("Properties"), all: all))
    }
}
