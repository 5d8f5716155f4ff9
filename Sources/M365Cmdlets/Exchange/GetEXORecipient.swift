import PowerShellRuntime

/// Get-EXORecipient: the REST-based Get-Recipient of the V3 module.
final class GetEXORecipientCommand: Cmdlet {
    static let metadata = CommandMetadata(
        name: "Get-EXORecipient",
        parameters: GetRecipientCommand.parameters,
        outputTypes: [ExchangeObjects.recipientType],
        moduleName: Exo.module,
        synopsis: "Views existing recipient objects (REST cmdlet).",
        examples: [CommandExample(code: "Get-EXORecipient -Filter \"EmailAddresses -eq 'smtp:wesy@contoso.onmicrosoft.com'\" | ForEach-Object Name",
                                  remarks: "Who holds this address: in the demo tenant an old contact, which keeps Wes from getting his mailbox.",
                                  expectedOutput: "Wes Young (old)", setup: "Connect-ExchangeOnline -ShowBanner:$false")])

    init() {}

    func process(_ context: CommandContext) throws { try GetRecipientCommand.run(context) }
}
