import Foundation

// Mailboxes made by New-Mailbox, and Exchange aliases (docs/cmdlets.md "Shared mailboxes"): a
// shared, room or equipment mailbox is RecipientType UserMailbox with RecipientTypeDetails
// SharedMailbox, RoomMailbox or EquipmentMailbox, backed by a directory user whose sign-in is
// blocked. It needs no license (up to 50 GB, without archive or hold), so it never counts as
// needing license reconciliation. A user mailbox made this way has an enabled user and no
// license: it needs one (LicenseReconciliationNeeded) until it gets an Exchange plan.
extension Tenant {
    /// `New-Mailbox -Shared | -Room | -Equipment` (and a user mailbox, `kind: .userMailbox`): the
    /// directory user (sign-in blocked unless it is a user mailbox; no license, no usage location)
    /// and its mailbox, in one change. The user's UPN is `userPrincipalName`, else the primary
    /// address (default: `<alias>@<initial domain>`); the alias defaults to the primary address's
    /// local part, or the name as Exchange derives it (`ExchangeAlias.derived`).
    @discardableResult
    public func createMailbox(kind: RecipientType, name: String, displayName: String? = nil, alias: String? = nil,
                              primarySmtpAddress: String? = nil, userPrincipalName: String? = nil,
                              userId: UUID? = nil) throws(LicensingError) -> Recipient {
        beginChange(); defer { endChange() }
        guard RecipientType.mailboxKinds.contains(kind) else {
            throw LicensingError(code: .invalidValue, message: LicensingMessages.invalidValue("RecipientTypeDetails"))
        }
        let trimmed = name.trimmedSpaces
        guard !trimmed.isEmpty else {
            throw LicensingError(code: .invalidValue, message: LicensingMessages.invalidValue("Name"))
        }
        var primary = primarySmtpAddress?.trimmedSpaces
        if let p = primary {
            guard let parsed = ProxyAddress(parsing: p), parsed.isSmtp, parsed.address.contains("@") else {
                throw LicensingError(code: .invalidValue, message: LicensingMessages.invalidValue("PrimarySmtpAddress"))
            }
            primary = parsed.address
        }
        let chosenAlias: String
        if let alias {
            try ExchangeAlias.validate(alias)
            chosenAlias = alias
        } else if let p = primary ?? userPrincipalName, let at = p.firstIndex(of: "@") {
            chosenAlias = ExchangeAlias.derived(from: String(p[..<at]))
        } else {
            chosenAlias = ExchangeAlias.derived(from: trimmed)
        }
        let upn = userPrincipalName?.trimmedSpaces ?? primary ?? "\(chosenAlias)@\(initialDomain)"
        let primaryAddress = primary ?? upn
        // as a user mailbox: the primary address, and alias@<initial domain> when it differs;
        // checked before the user is made, so a refused call creates nothing
        let local = "\(chosenAlias)@\(initialDomain)"
        let addresses = [ProxyAddress(prefix: "SMTP", address: primaryAddress)]
            + (primaryAddress.lowercased() == local.lowercased() ? [] : [ProxyAddress(prefix: "smtp", address: local)])
        try requireUnused(addresses, except: nil)
        let user = try createUser(userPrincipalName: upn, displayName: displayName ?? trimmed, accountEnabled: kind == .userMailbox,
                                  objectId: userId)
        guard let slot = userSlots[user.objectId] else { return Recipient.placeholder }
        let id = user.objectId.derived(0x3C)
        users[slot].mailboxId = id
        noteUser(user.objectId)
        let recipient = Recipient(id: id, externalDirectoryObjectId: user.objectId, name: trimmed,
                                  displayName: displayName ?? trimmed, alias: chosenAlias, recipientType: .userMailbox,
                                  recipientTypeDetails: kind, emailAddresses: addresses, externalEmailAddress: nil)
        insertRecipient(recipient)
        return recipient
    }

    /// `New-Mailbox -Shared`: a shared mailbox (`createMailbox(kind: .sharedMailbox, ...)`).
    @discardableResult
    public func createSharedMailbox(name: String, displayName: String? = nil, alias: String? = nil,
                                    primarySmtpAddress: String? = nil, userId: UUID? = nil) throws(LicensingError) -> Recipient {
        try createMailbox(kind: .sharedMailbox, name: name, displayName: displayName, alias: alias,
                          primarySmtpAddress: primarySmtpAddress, userId: userId)
    }

    /// `Set-Mailbox -Type Regular | Shared | Room | Equipment`: converts a mailbox (the user behind
    /// it stays as it is); converting to the type it already has changes nothing.
    public func setMailboxType(recipientId: UUID, to kind: RecipientType) throws(LicensingError) {
        beginChange(); defer { endChange() }
        guard let slot = recipientSlots[recipientId], recipients[slot].recipientType == .userMailbox else {
            throw LicensingError(code: .recipientNotFound, message: LicensingMessages.recipientNotFound(recipientId.lowercasedString),
                                 targetObjectId: recipientId)
        }
        guard RecipientType.mailboxKinds.contains(kind) else {
            throw LicensingError(code: .invalidValue, message: LicensingMessages.invalidValue("Type"), targetObjectId: recipientId)
        }
        guard recipients[slot].recipientTypeDetails != kind else { return }
        recipients[slot].recipientTypeDetails = kind
        noteRecipient(recipientId)
    }

    /// `Set-Mailbox -Alias`, `Set-MailContact -Alias`: Exchange's alias rules.
    public func setAlias(recipientId: UUID, _ alias: String) throws(LicensingError) {
        beginChange(); defer { endChange() }
        guard let slot = recipientSlots[recipientId] else {
            throw LicensingError(code: .recipientNotFound, message: LicensingMessages.recipientNotFound(recipientId.lowercasedString),
                                 targetObjectId: recipientId)
        }
        try ExchangeAlias.validate(alias, target: recipientId)
        recipients[slot].alias = alias
        noteRecipient(recipientId)
    }
}

/// Exchange's alias rule, as its validation error states it: letters a-z and A-Z, digits, the
/// characters ! # $ % & ' * + - / = ? ^ _ ` { | } ~, periods only between other characters, and
/// U+00A1 to U+00FF; at most 64 characters (the Alias parameter's documented limit).
public enum ExchangeAlias {
    static let symbols: Set<Character> = ["!", "#", "$", "%", "&", "'", "*", "+", "-", "/", "=", "?", "^", "_", "`", "{", "|", "}", "~"]

    static func isAllowed(_ c: Character) -> Bool {
        guard c.unicodeScalars.count == 1, let v = c.unicodeScalars.first?.value else { return false }
        if (0x41...0x5A).contains(v) || (0x61...0x7A).contains(v) || (0x30...0x39).contains(v) { return true }
        if (0xA1...0xFF).contains(v) { return true }
        return symbols.contains(c)
    }

    public static func isValid(_ alias: String) -> Bool {
        let chars = Array(alias)
        guard !chars.isEmpty, chars.count <= 64 else { return false }
        for (i, c) in chars.enumerated() {
            if c == "." {
                guard i > 0, i < chars.count - 1, chars[i - 1] != ".", chars[i + 1] != "." else { return false }
            } else if !isAllowed(c) {
                return false
            }
        }
        return true
    }

    public static func validate(_ alias: String, target: UUID? = nil) throws(LicensingError) {
        guard isValid(alias) else {
            throw LicensingError(code: .invalidAlias, message: LicensingMessages.invalidAlias(alias), targetObjectId: target)
        }
    }

    /// The alias Exchange gives a recipient created without -Alias, from its name: spaces removed,
    /// characters an alias cannot hold turned into `?` (the Alias parameter's documentation), and
    /// periods that would not sit between other characters dropped.
    public static func derived(from name: String) -> String {
        var chars = Array(name.filter { !$0.isWhitespace }.map { $0 == "." || isAllowed($0) ? $0 : "?" })
        // periods only between other characters
        var out: [Character] = []
        for (i, c) in chars.enumerated() {
            if c == "." && (out.isEmpty || out.last == "." || i == chars.count - 1) { continue }
            out.append(c)
        }
        while out.last == "." { out.removeLast() }
        chars = Array(out.prefix(64))
        while chars.last == "." { chars.removeLast() }
        return chars.isEmpty ? "Mailbox" : String(chars)
    }
}

extension Recipient {
    /// Never returned: a user just created always has a slot.
    static let placeholder = Recipient(id: UUID(), externalDirectoryObjectId: nil, name: "", displayName: "", alias: "",
                                       recipientType: .userMailbox, recipientTypeDetails: .userMailbox, emailAddresses: [],
                                       externalEmailAddress: nil)
}
