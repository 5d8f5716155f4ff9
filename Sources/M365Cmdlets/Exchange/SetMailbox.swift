import Licensing
import PowerShellRuntime

/// Set-Mailbox -EmailAddresses: replaces the proxy addresses (a full list), or edits them with
/// @{Add=...; Remove=...}. Addresses without a prefix are SMTP; uniqueness is enforced.
final class SetMailboxCommand: Cmdlet {
    static let metadata = CommandMetadata(
        name: "Set-Mailbox",
        parameters: [
            Exo.identityParameter(),
            ParameterMetadata(name: "EmailAddresses", type: "object", helpMessage: "The full list of proxy addresses, or @{Add=...; Remove=...}."),
            ParameterMetadata(name: "WindowsEmailAddress", type: "string", helpMessage: "New primary SMTP address."),
            ParameterMetadata(name: "DisplayName", type: "string", helpMessage: "Display name (directory property; not changed in the lab)."),
        ],
        supportsShouldProcess: true,
        moduleName: Exo.module,
        synopsis: "Modifies mailbox settings.",
        examples: [CommandExample(code: "Set-Mailbox hugoi@contoso.onmicrosoft.com -EmailAddresses @{Add='smtp:hugo.ibarra@contoso.onmicrosoft.com'}", remarks: "Adds an alias address.")])

    init() {}

    func process(_ context: CommandContext) throws {
        try SetMailboxCommand.apply(context, kinds: [.userMailbox])
    }

    /// Shared by Set-Mailbox and Set-MailContact.
    static func apply(_ context: CommandContext, kinds: [RecipientType]) throws {
        let tenant = try context.tenant
        let identity = context.string("Identity") ?? ""
        guard let r = try Exo.single(context, kinds: kinds) else { return }
        guard try context.shouldProcess(target: r.name) else { return }
        var addresses = r.emailAddresses.map(\.description)
        if let v = context.value("EmailAddresses"), !v.isNull {
            if case .hashtable(let h) = v {
                let removes = Set(ValueAccess.strings(h["Remove"]).compactMap { ProxyAddress(parsing: $0)?.uniquenessKey })
                addresses.removeAll { a in ProxyAddress(parsing: a).map { removes.contains($0.uniquenessKey) } ?? false }
                // a primary SMTP address added demotes the current primary, and any added before it:
                // the last one added is the primary (done in one pass, for any number of addresses)
                let adds = ValueAccess.strings(h["Add"]).compactMap { ProxyAddress(parsing: $0) }
                let lastPrimary = adds.lastIndex(where: \.isPrimarySmtp)
                if lastPrimary != nil {
                    addresses = addresses.map { $0.hasPrefix("SMTP:") ? "smtp:" + $0.dropFirst(5) : $0 }
                }
                for (i, p) in adds.enumerated() {
                    let text = p.description
                    addresses.append(p.isPrimarySmtp && i != lastPrimary ? "smtp:" + text.dropFirst(5) : text)
                }
            } else {
                addresses = ValueAccess.strings(v)
            }
        }
        if let primary = context.string("WindowsEmailAddress") {
            addresses = addresses.map { $0.hasPrefix("SMTP:") ? "smtp:" + $0.dropFirst(5) : $0 }
            addresses.removeAll { $0.lowercased() == "smtp:" + primary.lowercased() }
            addresses.insert("SMTP:" + primary, at: 0)
        }
        try Exo.perform(context, target: .string(identity)) { try tenant.setEmailAddresses(recipientId: r.id, addresses) }
    }
}
