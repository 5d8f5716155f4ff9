import Licensing
import PowerShellRuntime

/// Set-Mailbox -EmailAddresses: replaces the proxy addresses (a full list), or edits them with
/// @{Add=...; Remove=...}. Addresses without a prefix are SMTP; uniqueness is enforced. -Type
/// converts the mailbox (Regular, Shared, Room, Equipment; Workspace is kept as a room mailbox),
/// -Alias renames it (Exchange's alias rule). One call is one change: a refused part leaves the
/// mailbox as it was.
final class SetMailboxCommand: Cmdlet {
    static let metadata = CommandMetadata(
        name: "Set-Mailbox",
        parameters: [
            Exo.identityParameter(),
            ParameterMetadata(name: "EmailAddresses", type: "object", helpMessage: "The full list of proxy addresses, or @{Add=...; Remove=...}."),
            ParameterMetadata(name: "WindowsEmailAddress", type: "string", helpMessage: "New primary SMTP address."),
            ParameterMetadata(name: "DisplayName", type: "string", helpMessage: "Display name (directory property; not changed in the lab)."),
            ParameterMetadata(name: "Alias", type: "string", helpMessage: "The alias (letters, digits, ! # $ % & ' * + - / = ? ^ _ ` { | } ~ and inner periods)."),
            ParameterMetadata(name: "Type", type: "string", validateSet: ["Regular", "Room", "Equipment", "Shared", "Workspace"],
                              helpMessage: "Shared, Room, Equipment (no license needed up to 50 GB; Workspace is kept as Room), Regular back to a user mailbox."),
        ],
        supportsShouldProcess: true,
        moduleName: Exo.module,
        synopsis: "Modifies mailbox settings.",
        examples: [
            CommandExample(code: "Set-Mailbox hugoi@contoso.onmicrosoft.com -EmailAddresses @{Add='smtp:hugo.ibarra@contoso.onmicrosoft.com'}", remarks: "Adds an alias address."),
            CommandExample(code: "Set-Mailbox hugoi@contoso.onmicrosoft.com -Type Shared; (Get-Mailbox hugoi@contoso.onmicrosoft.com).RecipientTypeDetails",
                           remarks: "Converts Hugo's mailbox to a shared mailbox.", expectedOutput: "SharedMailbox"),
        ])

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
        let alias = context.string("Alias")
        // -Type's values (its ValidateSet); a workspace is a room mailbox booked by desk
        let kind: RecipientType? = switch context.string("Type")?.lowercased() {
        case "regular": .userMailbox
        case "shared": .sharedMailbox
        case "room", "workspace": .roomMailbox
        case "equipment": .equipmentMailbox
        default: nil
        }
        try Exo.perform(context, target: .string(identity)) {
            // addresses first: the only step that can be refused after the alias is checked
            if let alias { try ExchangeAlias.validate(alias, target: r.id) }
            try tenant.changing {
                try tenant.setEmailAddresses(recipientId: r.id, addresses)
                if let alias { try tenant.setAlias(recipientId: r.id, alias) }
                if let kind { try tenant.setMailboxType(recipientId: r.id, to: kind) }
            }
        }
    }
}
