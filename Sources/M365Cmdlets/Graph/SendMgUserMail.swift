import Licensing
import PowerShellRuntime

/// Send-MgUserMail: Graph's sendMail (`POST /users/{id}/sendMail`). The message goes to the lab's
/// outbox (Get-LabMail), never to the network. Writes nothing, or `True` with -PassThru.
final class SendMgUserMailCommand: Cmdlet {
    static let metadata = CommandMetadata(
        name: "Send-MgUserMail",
        parameters: [
            ParameterMetadata(name: "UserId", type: "string", mandatory: true, valueFromPipelineByPropertyName: true,
                              helpMessage: "The sender: id, UPN or address of a user with a mailbox."),
            ParameterMetadata(name: "Message", type: "object", parameterSets: ["SendExpanded"],
                              helpMessage: "@{Subject=...; Body=@{ContentType='Text'|'HTML'; Content=...}; ToRecipients=@(@{EmailAddress=@{Address=...}}); CcRecipients; BccRecipients; Attachments}."),
            ParameterMetadata(name: "SaveToSentItems", type: "switch", parameterSets: ["SendExpanded"],
                              helpMessage: "Keep a copy in Sent Items (Graph's default when the body does not say)."),
            ParameterMetadata(name: "BodyParameter", type: "object", mandatory: true, parameterSets: ["Send"],
                              helpMessage: "@{ Message = @{...}; SaveToSentItems = $true }."),
            ParameterMetadata(name: "AdditionalProperties", type: "hashtable", parameterSets: ["SendExpanded"], helpMessage: "Extra body properties."),
            ParameterMetadata(name: "PassThru", type: "switch", helpMessage: "Writes True when the message was sent."),
            ParameterMetadata(name: "Headers", type: "object", helpMessage: "Extra HTTP headers."),
            ParameterMetadata(name: "ResponseHeadersVariable", type: "string", aliases: ["RHV"], helpMessage: "Variable for response headers."),
        ],
        defaultParameterSet: "SendExpanded",
        supportsShouldProcess: true,
        moduleName: Graph.usersActionsModule,
        synopsis: "Sends a message from a user's mailbox (into the lab's outbox).",
        examples: [
            CommandExample(code: """
                $body = @{ Message = @{ Subject = 'Licence report'; Body = @{ ContentType = 'Text'; Content = 'Two users need a seat.' }; ToRecipients = @(@{ EmailAddress = @{ Address = 'averyb@contoso.onmicrosoft.com' } }) }; SaveToSentItems = $true }
                Send-MgUserMail -UserId hugoi@contoso.onmicrosoft.com -BodyParameter $body
                (Get-LabMail -Last 1).Subject
                """, remarks: "Hugo mails a report to Avery; the lab keeps it in its outbox.", expectedOutput: "Licence report",
                           setup: "Connect-MgGraph -Scopes Mail.Send -NoWelcome"),
            CommandExample(code: "Send-MgUserMail -UserId hugoi@contoso.onmicrosoft.com -Message @{ Subject = 'Hi'; ToRecipients = @(@{ EmailAddress = @{ Address = 'ops@fabrikam.com' } }) } -PassThru",
                           remarks: "The expanded form; -PassThru writes True.", expectedOutput: "True",
                           setup: "Connect-MgGraph -Scopes Mail.Send -NoWelcome"),
        ])

    init() {}

    func process(_ context: CommandContext) throws {
        guard let api = try Graph.api(context) else { return }
        let id = context.string("UserId") ?? ""
        guard try context.shouldProcess(target: id) else { return }
        let body: JsonValue
        if let given = context.value("BodyParameter"), !given.isNull {
            body = GraphWire.json(given)
        } else {
            var pairs: [(String, JsonValue)] = []
            if case .object(let extra)? = context.value("AdditionalProperties").map({ GraphWire.json($0) }) { pairs = extra }
            if case .object(let expanded) = GraphWire.body(context, properties: ["Message", "SaveToSentItems"]) { pairs += expanded }
            body = .object(pairs)
        }
        guard try Graph.call(context, { () throws(GraphError) in
            try api.sendMail(fromUser: id, try GraphBodyDecoding.sendMail(body))
        }) != nil else { return }
        if context.switchPresent("PassThru") { try context.writeObject(.bool(true)) }
    }
}
