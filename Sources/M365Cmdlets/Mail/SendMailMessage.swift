import Foundation
import Licensing
import PowerShellRuntime

/// Send-MailMessage as pwsh 7 has it (PowerShell's SendMailMessage.cs: parameters, positions,
/// the obsolete warning, the SMTP server rule and its errors), except that the SMTP client is the
/// lab's outbox: the message is kept with the tenant (Get-LabMail) and nothing is sent over the
/// network, whatever -SmtpServer, -Port, -UseSsl and -Credential say. A relay takes any sender,
/// so the lab does not check -From against the tenant (docs/cmdlets.md "Mail").
final class SendMailMessageCommand: Cmdlet {
    /// The text of the cmdlet's [Obsolete] attribute, which pwsh prints as a warning.
    static let obsoleteWarning = "The command 'Send-MailMessage' is obsolete. This cmdlet does not guarantee secure connections to SMTP servers. While there is no immediate replacement available in PowerShell, we recommend you do not use Send-MailMessage at this time. See https://aka.ms/SendMailMessage for more information."
    /// SendMailMessageStrings.HostNameValue.
    static let noServer = "The email cannot be sent because no SMTP server was specified. You must specify an SMTP server by using either the SmtpServer parameter or the $PSEmailServer variable."
    /// .NET's MailAddress FormatException.
    static let badAddress = "The specified string is not in the form required for an e-mail address."

    static let metadata = CommandMetadata(
        name: "Send-MailMessage",
        parameters: [
            ParameterMetadata(name: "Attachments", type: "string[]", aliases: ["PsPath"], valueFromPipeline: true, valueFromPipelineByPropertyName: true,
                              validateNotNullOrEmpty: true, helpMessage: "Paths of files to attach."),
            ParameterMetadata(name: "Bcc", type: "string[]", valueFromPipelineByPropertyName: true, validateNotNullOrEmpty: true, helpMessage: "Blind copy recipients."),
            ParameterMetadata(name: "Body", type: "string", position: 2, valueFromPipelineByPropertyName: true, validateNotNullOrEmpty: true, helpMessage: "The message text."),
            ParameterMetadata(name: "BodyAsHtml", type: "switch", aliases: ["BAH"], valueFromPipelineByPropertyName: true, helpMessage: "The body is HTML."),
            ParameterMetadata(name: "Encoding", type: "object", aliases: ["BE"], valueFromPipelineByPropertyName: true, helpMessage: "Encoding of subject and body (ASCII by default)."),
            ParameterMetadata(name: "Cc", type: "string[]", valueFromPipelineByPropertyName: true, validateNotNullOrEmpty: true, helpMessage: "Copy recipients."),
            ParameterMetadata(name: "DeliveryNotificationOption", type: "string", aliases: ["DNO"], valueFromPipelineByPropertyName: true,
                              validateSet: ["None", "OnSuccess", "OnFailure", "Delay", "Never"], helpMessage: "Delivery notifications."),
            ParameterMetadata(name: "From", type: "string", mandatory: true, valueFromPipelineByPropertyName: true, validateNotNullOrEmpty: true, helpMessage: "The sender's address."),
            ParameterMetadata(name: "SmtpServer", type: "string", aliases: ["ComputerName"], position: 3, valueFromPipelineByPropertyName: true,
                              validateNotNullOrEmpty: true, helpMessage: "The SMTP server (default: $PSEmailServer). Never contacted in the lab."),
            ParameterMetadata(name: "Priority", type: "string", valueFromPipelineByPropertyName: true, validateSet: ["Normal", "Low", "High"], helpMessage: "Normal, Low or High."),
            ParameterMetadata(name: "ReplyTo", type: "string[]", valueFromPipelineByPropertyName: true, helpMessage: "Reply-To addresses."),
            ParameterMetadata(name: "Subject", type: "string", aliases: ["sub"], position: 1, valueFromPipelineByPropertyName: true, helpMessage: "The subject."),
            ParameterMetadata(name: "To", type: "string[]", position: 0, mandatory: true, valueFromPipelineByPropertyName: true, validateNotNullOrEmpty: true,
                              helpMessage: "The recipients' addresses."),
            ParameterMetadata(name: "Credential", type: "pscredential", valueFromPipelineByPropertyName: true, helpMessage: "SMTP credentials (not checked in the lab)."),
            ParameterMetadata(name: "UseSsl", type: "switch", valueFromPipelineByPropertyName: true, helpMessage: "Use TLS (nothing is sent in the lab)."),
            ParameterMetadata(name: "Port", type: "int", valueFromPipelineByPropertyName: true, validateRange: 0...Double(Int32.max), helpMessage: "The server's port (default 25)."),
        ],
        moduleName: WebRequests.module,
        synopsis: "Sends an email message (into the lab's outbox; obsolete in PowerShell 7).",
        examples: [CommandExample(
            code: "Send-MailMessage -From 'ops@contoso.onmicrosoft.com' -To 'averyb@contoso.onmicrosoft.com' -Subject 'Licence report' -Body 'See the attachment.' -SmtpServer smtp.office365.com -Port 587 -UseSsl -WarningAction SilentlyContinue\n(Get-LabMail -Last 1).To",
            remarks: "Sends through the lab's SMTP stand-in; pwsh's obsolete warning is silenced here.",
            expectedOutput: "averyb@contoso.onmicrosoft.com")])

    init() {}

    private var message: MailMessage?

    func begin(_ context: CommandContext) throws {
        try context.writeWarning(Self.obsoleteWarning)
        let from = context.string("From") ?? ""
        guard MailAddressRule.isAddress(Self.address(from)) else {
            throw context.terminatingError(Self.badAddress, errorId: "FormatException", category: .InvalidType,
                                           exceptionType: "System.FormatException", targetObject: .string(from))
        }
        func addresses(_ name: String) throws -> [String] {
            var out: [String] = []
            for text in context.strings(name) {
                if MailAddressRule.isAddress(Self.address(text)) { out.append(Self.address(text)); continue }
                try context.writeError(context.errorRecord(Self.badAddress, errorId: "FormatException", category: .InvalidType,
                                                           exceptionType: "System.FormatException"))
            }
            return out
        }
        let to = try addresses("To"), bcc = try addresses("Bcc"), cc = try addresses("Cc")
        _ = try addresses("ReplyTo")
        var server = context.string("SmtpServer")
        if server == nil, let global = context.session.variable("PSEmailServer"), !global.isNull {
            server = LanguagePrimitives.toString(global)
        }
        guard let server, !server.isEmpty else {
            throw context.terminatingError(Self.noServer, errorId: "", category: .InvalidArgument,
                                           exceptionType: "System.InvalidOperationException")
        }
        let port = context.int("Port").flatMap { $0 == 0 ? nil : $0 } ?? 25
        message = MailMessage(id: UUID(), sentDateTime: Date(timeIntervalSince1970: 0), from: Self.address(from), to: to, cc: cc, bcc: bcc,
                              subject: context.string("Subject") ?? "", bodyType: context.switchPresent("BodyAsHtml") ? .html : .text,
                              body: context.string("Body") ?? "", transport: .smtp, smtpServer: "\(server):\(port)")
    }

    /// Attachments arrive here (also from the pipeline); a path that names no file stops the
    /// command, as pwsh's PathUtils.ReportFileOpenFailure does.
    func process(_ context: CommandContext) throws {
        for path in context.strings("Attachments") {
            let full = context.session.resolvePath(path)
            guard context.files.status(full)?.kind == .file, let data = try? context.files.read(full) else {
                throw context.terminatingError("Cannot find path '\(full)' because it does not exist.", errorId: "FileOpenFailure",
                                               category: .OpenError, exceptionType: "System.Management.Automation.ItemNotFoundException")
            }
            message?.attachments.append(MailAttachment(name: (full as NSString).lastPathComponent, content: data))
        }
    }

    func end(_ context: CommandContext) throws {
        guard let message else { return }
        guard !(message.to.isEmpty && message.cc.isEmpty && message.bcc.isEmpty) else {
            // SmtpClient.Send refuses a message without recipients
            try context.writeError(context.errorRecord("A recipient must be specified.", errorId: "InvalidOperationException",
                                                       category: .InvalidOperation, exceptionType: "System.InvalidOperationException"))
            return
        }
        try context.tenant.deliverMail(message)
    }

    /// `Ann <ann@x.com>` is Ann's address, as MailAddress reads it.
    static func address(_ text: String) -> String {
        let t = text.trimmingCharacters(in: .whitespaces)
        if t.hasSuffix(">"), let open = t.lastIndex(of: "<") {
            return String(t[t.index(after: open)..<t.index(before: t.endIndex)]).trimmingCharacters(in: .whitespaces)
        }
        return t
    }
}
