import Foundation
import Licensing
import PowerShellRuntime   // JsonValue

extension GraphBodyDecoding {
    /// `{"message": {subject, body: {contentType, content}, toRecipients, ccRecipients,
    /// bccRecipients: [{emailAddress: {address, name}}], attachments: [{"@odata.type":
    /// "#microsoft.graph.fileAttachment", name, contentType, contentBytes}]}, "saveToSentItems"}`.
    /// `message` is required (the action's parameter list names it `Message`); saveToSentItems
    /// defaults to true, as Graph documents. Every recipient must be an address (`ErrorInvalidRecipients`).
    static func sendMail(_ body: JsonValue?) throws(GraphError) -> SendMailRequest {
        let object = try members(body, resource: "Message")
        guard let messageValue = object["message"], messageValue != .null else {
            throw GraphError.missingParameters(["Message"], operation: "sendMail")
        }
        let message = try members(messageValue, resource: "Message")
        func recipients(_ property: String) throws(GraphError) -> [String] {
            var out: [String] = []
            for item in try list(message[property], property: property, of: "Message") {
                let recipient = try members(item, resource: "Recipient")
                let address = try members(recipient["emailAddress"], resource: "EmailAddress")
                let text = try optionalText(address["address"], property: "address", of: "EmailAddress") ?? ""
                guard MailAddressRule.isAddress(text) else { throw GraphError.invalidRecipient(text) }
                out.append(text)
            }
            return out
        }
        let to = try recipients("toRecipients"), cc = try recipients("ccRecipients"), bcc = try recipients("bccRecipients")
        if to.isEmpty && cc.isEmpty && bcc.isEmpty { throw GraphError.noRecipients }
        let itemBody = try members(message["body"], resource: "ItemBody")
        var bodyType = MailBodyType.text
        if let type = try optionalText(itemBody["contentType"], property: "contentType", of: "ItemBody") {
            guard let t = MailBodyType.allCases.first(where: { $0.rawValue.lowercased() == type.lowercased() }) else {
                throw GraphError.invalidPropertyValue("contentType", of: "ItemBody")
            }
            bodyType = t
        }
        var attachments: [MailAttachment] = []
        for item in try list(message["attachments"], property: "attachments", of: "Message") {
            let a = try members(item, resource: "FileAttachment")
            let name = try optionalText(a["name"], property: "name", of: "FileAttachment") ?? ""
            let base64 = try optionalText(a["contentBytes"], property: "contentBytes", of: "FileAttachment") ?? ""
            guard let bytes = Data(base64Encoded: base64) else { throw GraphError.invalidPropertyValue("contentBytes", of: "FileAttachment") }
            attachments.append(MailAttachment(name: name, contentType: try optionalText(a["contentType"], property: "contentType", of: "FileAttachment"),
                                              content: bytes))
        }
        let draft = MailMessage(id: UUID(), sentDateTime: Date(timeIntervalSince1970: 0), from: "", to: to, cc: cc, bcc: bcc,
                                subject: try optionalText(message["subject"], property: "subject", of: "Message") ?? "",
                                bodyType: bodyType,
                                body: try optionalText(itemBody["content"], property: "content", of: "ItemBody") ?? "",
                                attachments: attachments, transport: .graph)
        return SendMailRequest(message: draft,
                               saveToSentItems: try optionalBool(object["saveToSentItems"], property: "saveToSentItems", of: "Message") ?? true)
    }
}

/// What the lab accepts as a mail address: `local@domain.tld` without spaces, commas or
/// semicolons (several addresses in one string do not resolve), the local part without a
/// leading, trailing or doubled period.
enum MailAddressRule {
    static func isAddress(_ text: String) -> Bool {
        let parts = text.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, let local = parts.first, let domain = parts.last, !local.isEmpty, !domain.isEmpty else { return false }
        if text.contains(where: { $0.isWhitespace || $0 == "," || $0 == ";" || $0 == "<" || $0 == ">" }) { return false }
        if local.hasPrefix(".") || local.hasSuffix(".") || local.contains("..") { return false }
        let labels = domain.split(separator: ".", omittingEmptySubsequences: false)
        return labels.count >= 2 && labels.allSatisfy { !$0.isEmpty }
    }
}
