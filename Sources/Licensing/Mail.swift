import Foundation

/// The lab's outbox (docs/cmdlets.md "Mail"): every message a script sends, by Graph's sendMail
/// or by SMTP (Send-MailMessage), is kept with the tenant and never leaves the machine. The
/// outbox is tenant state like users and recipients: each send is one change (one commit in a
/// tenant file), it is exported, checkpointed and reset with the tenant.
public enum MailBodyType: String, Sendable, Codable, CaseIterable {
    case text = "Text"
    case html = "HTML"
}

/// How a message reached the outbox.
public enum MailTransport: String, Sendable, Codable, CaseIterable {
    /// `POST /users/{id}/sendMail` (Send-MgUserMail, Invoke-MgGraphRequest).
    case graph = "Graph"
    /// Send-MailMessage's SMTP client.
    case smtp = "SMTP"
}

public struct MailAttachment: Hashable, Sendable, Codable {
    public var name: String
    public var contentType: String?
    public var content: Data

    public init(name: String, contentType: String? = nil, content: Data) {
        self.name = name
        self.contentType = contentType
        self.content = content
    }

    public var size: Int { content.count }
}

public struct MailMessage: Hashable, Sendable, Codable {
    public var id: UUID
    public var sentDateTime: Date
    /// The sender's address (Graph: the mailbox's primary SMTP address).
    public var from: String
    public var to: [String]
    public var cc: [String]
    public var bcc: [String]
    public var subject: String
    public var bodyType: MailBodyType
    public var body: String
    public var attachments: [MailAttachment]
    public var transport: MailTransport
    /// Send-MailMessage's server and port (`smtp.office365.com:587`); nil for Graph.
    public var smtpServer: String?
    /// Graph's saveToSentItems (Send-MailMessage: false).
    public var savedToSentItems: Bool

    public init(id: UUID, sentDateTime: Date, from: String, to: [String], cc: [String] = [], bcc: [String] = [],
                subject: String, bodyType: MailBodyType = .text, body: String, attachments: [MailAttachment] = [],
                transport: MailTransport, smtpServer: String? = nil, savedToSentItems: Bool = false) {
        self.id = id
        self.sentDateTime = sentDateTime
        self.from = from
        self.to = to
        self.cc = cc
        self.bcc = bcc
        self.subject = subject
        self.bodyType = bodyType
        self.body = body
        self.attachments = attachments
        self.transport = transport
        self.smtpServer = smtpServer
        self.savedToSentItems = savedToSentItems
    }
}

extension Tenant {
    /// Graph's sendMail from a user's mailbox: the user must exist (`userNotFound`) and have a
    /// mailbox that is in use: not in the recycle bin, created by an Exchange plan or as a shared
    /// mailbox (`mailboxNotEnabled`). A mailbox whose license was removed still sends (the
    /// service keeps it for a grace period; docs/cmdlets.md "Mail"). The message's `from` is the
    /// mailbox's primary address; `id` and `sentDateTime` are set here.
    @discardableResult
    public func sendMail(fromUser userId: UUID, _ message: MailMessage) throws(LicensingError) -> MailMessage {
        beginChange(); defer { endChange() }
        let slot = try requireUser(userId, allowDeleted: true)
        let user = users[slot]
        guard !user.isDeleted, let mailbox = recipient(ofObject: userId) else {
            throw LicensingError(code: .mailboxNotEnabled, message: LicensingMessages.mailboxNotEnabled, targetObjectId: userId)
        }
        var m = message
        m.from = mailbox.primarySmtpAddress ?? user.userPrincipalName
        m.transport = .graph
        return appendToOutbox(m)
    }

    /// A message handed to an SMTP server (Send-MailMessage): any sender address, as a relay
    /// would take it; `id` and `sentDateTime` are set here.
    @discardableResult
    public func deliverMail(_ message: MailMessage) -> MailMessage {
        beginChange(); defer { endChange() }
        return appendToOutbox(message)
    }

    private func appendToOutbox(_ message: MailMessage) -> MailMessage {
        var m = message
        m.id = newObjectId()
        m.sentDateTime = clock.now()
        outboxSlots[m.id] = outbox.count
        outbox.append(m)
        noteMail(m.id)
        return m
    }

    /// `Clear-LabMail`: empties the outbox; returns how many messages it held.
    @discardableResult
    public func clearOutbox() -> Int {
        beginChange(); defer { endChange() }
        let count = outbox.count
        for m in outbox { noteMail(m.id) }
        outbox.removeAll()
        outboxSlots.removeAll()
        return count
    }

    public func position(ofMail id: UUID) -> Int? { outboxSlots[id] }

    /// A message as stored (nil: it was cleared). New messages go to the end.
    public func applyStored(mailId id: UUID, _ message: MailMessage?) {
        if let slot = outboxSlots[id] {
            if let message {
                outbox[slot] = message
            } else {
                outbox.remove(at: slot)
                rebuildOutboxSlots()
            }
        } else if let message {
            outboxSlots[id] = outbox.count
            outbox.append(message)
        }
    }

    func rebuildOutboxSlots() {
        outboxSlots.removeAll(keepingCapacity: true)
        for (i, m) in outbox.enumerated() { outboxSlots[m.id] = i }
    }
}
