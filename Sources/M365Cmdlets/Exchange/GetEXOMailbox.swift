import PowerShellRuntime

/// Get-EXOMailbox: the REST-based Get-Mailbox of the V3 module.
final class GetEXOMailboxCommand: Cmdlet {
    static let metadata = CommandMetadata(
        name: "Get-EXOMailbox",
        parameters: GetMailboxCommand.parameters,
        outputTypes: [ExchangeObjects.mailboxType],
        moduleName: Exo.module,
        synopsis: "Views mailbox objects (REST cmdlet).",
        examples: [CommandExample(code: "Get-EXOMailbox -Identity hugoi@contoso.onmicrosoft.com", remarks: "One mailbox.")])

    init() {}

    func process(_ context: CommandContext) throws { try GetMailboxCommand.run(context) }
}
