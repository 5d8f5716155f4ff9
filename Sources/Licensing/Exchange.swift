import Foundation

// The Exchange view (docs/licensing.md "Exchange view"): recipients, their proxy addresses, and the
// uniqueness rule that makes group licensing fail silently when a new mailbox would reuse an
// address.
extension Tenant {
    /// The addresses a user's mailbox gets: `SMTP:<UPN>`, plus `smtp:<alias>@<initial domain>` when
    /// the UPN is in another domain.
    public func mailboxAddresses(for user: User) -> [ProxyAddress] {
        let upn = user.userPrincipalName
        if let at = upn.firstIndex(of: "@"), String(upn[upn.index(after: at)...]).asciiCaseInsensitiveEquals(initialDomain) {
            return [ProxyAddress(prefix: "SMTP", address: upn)]
        }
        return [ProxyAddress(prefix: "SMTP", address: upn), ProxyAddress(prefix: "smtp", address: "\(user.alias)@\(initialDomain)")]
    }

    /// The first address of the user's future mailbox that another recipient already has.
    func proxyConflict(forNewMailboxOf user: User) -> (ProxyAddress, Recipient)? {
        guard user.mailboxId == nil else { return nil }
        return firstUsedAddress(mailboxAddresses(for: user))
    }

    func firstUsedAddress(_ addresses: [ProxyAddress]) -> (ProxyAddress, Recipient)? {
        for address in addresses {
            if let owner = proxyIndex[address.uniquenessKey], let slot = recipientSlots[owner] {
                return (address, recipients[slot])
            }
        }
        return nil
    }

    /// Creates the user's mailbox (an Exchange plan was just enabled; the addresses were checked unique).
    func createMailbox(userSlot slot: Int, addresses: [ProxyAddress]) {
        let user = users[slot]
        let alias = user.alias
        users[slot].mailboxId = user.objectId.derived(0x3C)
        noteUser(user.objectId)
        insertRecipient(Recipient(id: user.objectId.derived(0x3C), externalDirectoryObjectId: user.objectId, name: alias,
                                  displayName: user.displayName, alias: alias, recipientType: .userMailbox,
                                  recipientTypeDetails: .userMailbox, emailAddresses: addresses,
                                  externalEmailAddress: nil))
    }

    /// `New-MailContact -Name -ExternalEmailAddress`. An -Alias must be a valid Exchange alias;
    /// without one, Exchange derives it from the name (`ExchangeAlias.derived`).
    @discardableResult
    public func createMailContact(name: String, externalEmailAddress: String, displayName: String? = nil,
                                  alias: String? = nil, id: UUID? = nil) throws(LicensingError) -> Recipient {
        beginChange(); defer { endChange() }
        let id = id ?? newObjectId()
        guard !name.trimmedSpaces.isEmpty,
              let parsed = ProxyAddress(parsing: externalEmailAddress), parsed.isSmtp, parsed.address.contains("@") else {
            throw LicensingError(code: .invalidValue, message: LicensingMessages.invalidValue("ExternalEmailAddress"))
        }
        if let alias { try ExchangeAlias.validate(alias) }
        let address = ProxyAddress(prefix: "SMTP", address: parsed.address)
        try requireUnused([address], except: nil)
        let recipient = Recipient(id: id, externalDirectoryObjectId: nil, name: name, displayName: displayName ?? name,
                                  alias: alias ?? ExchangeAlias.derived(from: name), recipientType: .mailContact,
                                  recipientTypeDetails: .mailContact, emailAddresses: [address],
                                  externalEmailAddress: "SMTP:\(parsed.address)")
        insertRecipient(recipient)
        return recipient
    }

    /// `Remove-MailContact`.
    public func removeMailContact(id: UUID) throws(LicensingError) {
        beginChange(); defer { endChange() }
        guard let slot = recipientSlots[id], recipients[slot].recipientType == .mailContact else {
            throw LicensingError(code: .recipientNotFound, message: LicensingMessages.recipientNotFound(id.lowercasedString),
                                 targetObjectId: id)
        }
        removeRecipientStorage(id)
    }

    /// `Set-Mailbox -EmailAddresses` and friends: replaces a recipient's proxy addresses. Entries
    /// without a type are SMTP; when none is marked `SMTP:` the first SMTP address becomes primary.
    public func setEmailAddresses(recipientId: UUID, _ addresses: [String]) throws(LicensingError) {
        beginChange(); defer { endChange() }
        guard let slot = recipientSlots[recipientId] else {
            throw LicensingError(code: .recipientNotFound,
                                 message: LicensingMessages.recipientNotFound(recipientId.lowercasedString),
                                 targetObjectId: recipientId)
        }
        var parsed: [ProxyAddress] = []
        var seen = Set<String>()
        for text in addresses {
            guard let a = ProxyAddress(parsing: text), !a.isSmtp || a.address.contains("@") else {
                throw LicensingError(code: .invalidValue, message: LicensingMessages.invalidValue("EmailAddresses"),
                                     targetObjectId: recipientId)
            }
            if seen.insert(a.uniquenessKey).inserted { parsed.append(a) }
        }
        let primaries = parsed.filter(\.isPrimarySmtp).count
        if primaries == 0, let first = parsed.firstIndex(where: \.isSmtp) { parsed[first].prefix = "SMTP" }
        guard parsed.filter(\.isPrimarySmtp).count == 1 else {
            throw LicensingError(code: .invalidValue, message: LicensingMessages.invalidValue("EmailAddresses"),
                                 targetObjectId: recipientId)
        }
        try requireUnused(parsed, except: recipientId)
        for a in recipients[slot].emailAddresses { proxyIndex[a.uniquenessKey] = nil }
        recipients[slot].emailAddresses = parsed
        noteRecipient(recipientId)
        for a in parsed { proxyIndex[a.uniquenessKey] = recipientId }
    }

    func requireUnused(_ addresses: [ProxyAddress], except owner: UUID?) throws(LicensingError) {
        for a in addresses {
            if let other = proxyIndex[a.uniquenessKey], other != owner, let slot = recipientSlots[other] {
                throw LicensingError(code: .uniquenessViolation,
                                     message: LicensingMessages.proxyAddressInUse(a.description, by: recipients[slot].name),
                                     targetObjectId: owner ?? other)
            }
        }
    }

    func reserveRecipientCapacity(_ additional: Int) {
        recipients.reserveCapacity(recipients.count + additional)
        recipientSlots.reserveCapacity(recipientSlots.count + additional)
        proxyIndex.reserveCapacity(proxyIndex.count + additional)
    }

    func insertRecipient(_ recipient: Recipient) {
        noteRecipient(recipient.id)
        recipientSlots[recipient.id] = recipients.count
        recipients.append(recipient)
        for a in recipient.emailAddresses { proxyIndex[a.uniquenessKey] = recipient.id }
        if let object = recipient.externalDirectoryObjectId, recipient.recipientType != .userMailbox {
            recipientByObject[object] = recipient.id
        }
    }

    func removeRecipientStorage(_ id: UUID) {
        guard let slot = recipientSlots[id] else { return }
        let r = recipients[slot]
        noteRecipient(id)
        for a in r.emailAddresses where proxyIndex[a.uniquenessKey] == id { proxyIndex[a.uniquenessKey] = nil }
        if let object = r.externalDirectoryObjectId {
            if r.recipientType == .userMailbox, let u = userSlots[object] {
                users[u].mailboxId = nil
                noteUser(object)
            }
            recipientByObject[object] = nil
        }
        recipients.remove(at: slot)
        rebuildRecipientSlots()
    }

    // MARK: Lookups

    public func recipient(id: UUID) -> Recipient? { recipientSlots[id].map { recipients[$0] } }

    /// The recipient of a user or group, if it has one.
    public func recipient(ofObject objectId: UUID) -> Recipient? {
        (user(id: objectId)?.mailboxId ?? recipientByObject[objectId]).flatMap { recipient(id: $0) }
    }

    /// The recipient holding an address (`user@x` or `smtp:user@x`), case-insensitive.
    public func recipient(proxyAddress: String) -> Recipient? {
        guard let a = ProxyAddress(parsing: proxyAddress) else { return nil }
        return proxyIndex[a.uniquenessKey].flatMap { recipient(id: $0) }
    }

    /// Exchange's -Identity: GUID (recipient or directory object), name, alias, display name or address.
    public func recipients(matchingIdentity identity: String) -> [Recipient] {
        if let id = UUID(uuidString: identity) {
            return recipients.filter { $0.id == id || $0.externalDirectoryObjectId == id }
        }
        if identity.contains("@"), let r = recipient(proxyAddress: identity) { return [r] }
        let folded = identity.lowercased()
        return recipients.filter {
            $0.name.lowercased() == folded || $0.alias.lowercased() == folded || $0.displayName.lowercased() == folded
        }
    }
}
