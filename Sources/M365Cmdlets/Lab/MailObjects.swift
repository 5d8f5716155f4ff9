import Foundation
import Licensing
import PowerShellRuntime

/// The outbox's messages as Get-LabMail writes them (`LicenseLab.MailMessage`).
enum MailObjects {
    static let messageType = "LicenseLab.MailMessage"

    static func message(_ m: MailMessage) -> Value {
        Emit.object(messageType, [
            ("SentDateTime", Emit.dateTime(m.sentDateTime)),
            ("From", .string(m.from)),
            ("To", Emit.array(m.to.map { .string($0) }, of: "System.String")),
            ("Cc", Emit.array(m.cc.map { .string($0) }, of: "System.String")),
            ("Bcc", Emit.array(m.bcc.map { .string($0) }, of: "System.String")),
            ("Subject", .string(m.subject)),
            ("BodyType", .string(m.bodyType.rawValue)),
            ("Body", .string(m.body)),
            ("Attachments", Emit.array(m.attachments.map { .string($0.name) }, of: "System.String")),
            ("AttachmentBytes", .long(Int64(m.attachments.reduce(0) { $0 + $1.size }))),
            ("Transport", .string(m.transport.rawValue)),
            ("SmtpServer", Emit.string(m.smtpServer)),
            ("SavedToSentItems", .bool(m.savedToSentItems)),
            ("Id", .guid(m.id)),
        ], toString: m.subject)
    }

    /// The list view: who, to whom, what, when.
    static let view = FormatView(typeName: messageType, shape: .list, columns: [
        "SentDateTime", "From", "To", "Cc", "Bcc", "Subject", "Body", "Attachments", "Transport",
    ].map { ViewColumn($0) })
}
