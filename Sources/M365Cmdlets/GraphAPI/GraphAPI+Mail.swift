import Foundation
import Licensing

/// `POST /users/{id}/sendMail`: the message, and whether to keep a copy in Sent Items.
struct SendMailRequest: Equatable, Sendable {
    /// `id`, `sentDateTime` and `from` are the operation's to set.
    var message: MailMessage
    var saveToSentItems: Bool
}

extension GraphAPI {
    /// POST /users/{id | userPrincipalName | proxy address}/sendMail: the mail stays in the lab's
    /// outbox. The mailbox is found as Exchange finds it (an id, the UPN or any of its addresses);
    /// a name that finds none is `ErrorInvalidUser`, a user without a mailbox in use
    /// `MailboxNotEnabledForRESTAPI` (docs/cmdlets.md "Mail").
    func sendMail(fromUser id: String, _ request: SendMailRequest) throws(GraphError) -> MailMessage {
        // Exchange answers a missing Mail.Send with its own code, not the directory's
        do { try authorize(GraphPermissions.sendMail) } catch { throw GraphError.mailAccessDenied }
        let text = id.trimmingCharacters(in: .whitespaces)
        let user = UUID(uuidString: text).flatMap { tenant.user(id: $0) }
            ?? tenant.user(userPrincipalName: text)
            ?? tenant.recipient(proxyAddress: text).flatMap { r in r.externalDirectoryObjectId.flatMap { tenant.user(id: $0) } }
        guard let user else { throw GraphError.invalidUser(id) }
        var message = request.message
        message.savedToSentItems = request.saveToSentItems
        return try core { () throws(LicensingError) in try tenant.sendMail(fromUser: user.objectId, message) }
    }
}
