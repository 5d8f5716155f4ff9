import Foundation
import Licensing
import PowerShellRuntime

/// Get-LabMail: the lab's outbox, oldest first: what Send-MgUserMail and Send-MailMessage sent.
/// -From, -To (any recipient, Cc and Bcc included) and -Subject take wildcards; -Last N keeps
/// the newest N of those that match.
final class GetLabMailCommand: Cmdlet {
    static let metadata = CommandMetadata(
        name: "Get-LabMail",
        parameters: [
            ParameterMetadata(name: "From", type: "string", helpMessage: "The sender's address (wildcards)."),
            ParameterMetadata(name: "To", type: "string", helpMessage: "A recipient's address, To, Cc or Bcc (wildcards)."),
            ParameterMetadata(name: "Subject", type: "string", position: 0, helpMessage: "The subject (wildcards)."),
            ParameterMetadata(name: "Last", type: "int", validateRange: 1...Double(Int32.max), helpMessage: "Only the newest N messages."),
        ],
        outputTypes: [MailObjects.messageType],
        moduleName: Lab.module,
        synopsis: "Lists the mail the lab's outbox holds (nothing leaves the lab).",
        examples: [
            CommandExample(code: "Send-MailMessage -From ops@contoso.onmicrosoft.com -To averyb@contoso.onmicrosoft.com -Subject 'Seats low' -SmtpServer smtp.office365.com -WarningAction SilentlyContinue\nGet-LabMail -To avery* | Select-Object From, Subject",
                           remarks: "Mail sent by SMTP lands in the outbox.", expectedOutput: """

                From                        Subject
                ----                        -------
                ops@contoso.onmicrosoft.com Seats low

                """),
            CommandExample(code: "(Get-LabMail -Subject 'Licen*' -Last 5).Count", remarks: "How many of the last five messages are about licences (none in a fresh demo tenant).",
                           expectedOutput: "0"),
        ])

    init() {}

    func process(_ context: CommandContext) throws {
        let tenant = try context.tenant
        let from = context.string("From"), to = context.string("To"), subject = context.string("Subject")
        func like(_ text: String, _ pattern: String?) -> Bool { pattern.map { StoreObjects.matches(text, pattern: $0) } ?? true }
        var found = tenant.outbox.filter { m in
            like(m.from, from) && like(m.subject, subject)
                && (to == nil || (m.to + m.cc + m.bcc).contains { like($0, to) })
        }
        if let n = context.int("Last"), n < found.count { found = Array(found.suffix(n)) }
        for m in found { try context.writeObject(MailObjects.message(m)) }
    }
}
