import Foundation

// Subscriptions and users: buying units, creating, changing, deleting and restoring users.
extension Tenant {
    // MARK: Subscriptions

    /// `Add-LabSubscription -SkuPartNumber X -Units n`: buys units of a catalog product; adds to
    /// the units of a SKU the tenant already owns.
    @discardableResult
    public func addSubscription(skuPartNumber: String, units: Int,
                                subscriptionId: UUID? = nil) throws(LicensingError) -> SubscribedSku {
        beginChange(); defer { endChange() }
        guard units >= 0, units <= Int(Int32.max) else {
            throw LicensingError(code: .invalidValue, message: LicensingMessages.invalidValue("Units"))
        }
        guard let product = catalog.product(partNumber: skuPartNumber) else {
            throw LicensingError(code: .productNotFound, message: LicensingMessages.productNotFound(skuPartNumber))
        }
        if let slot = skuSlot(product.skuId) {
            // units are an Int32 in every API that reports them
            guard subscribedSkus[slot].enabledUnits <= Int(Int32.max) - units else {
                throw LicensingError(code: .invalidValue, message: LicensingMessages.tooManyUnits(product.partNumber))
            }
            let id = subscriptionId ?? product.skuId.derived(0x5B, subscribedSkus[slot].subscriptionIds.count)
            subscribedSkus[slot].enabledUnits += units
            subscribedSkus[slot].subscriptionIds.append(id)
            return subscribedSkus[slot]
        }
        let sku = SubscribedSku(skuId: product.skuId, skuPartNumber: product.partNumber, enabledUnits: units,
                                warningUnits: 0, suspendedUnits: 0, lockedOutUnits: 0,
                                subscriptionIds: [subscriptionId ?? product.skuId.derived(0x5B)])
        subscribedSkus.append(sku)
        return sku
    }

    public func subscribedSku(skuId: UUID) -> SubscribedSku? { skuSlot(skuId).map { subscribedSkus[$0] } }

    public func subscribedSku(partNumber: String) -> SubscribedSku? {
        guard let product = catalog.product(partNumber: partNumber) else { return nil }
        return subscribedSku(skuId: product.skuId)
    }

    /// `contoso:ENTERPRISEPACK`, case-insensitive (Microsoft's own examples mix the case).
    public func subscribedSku(accountSkuId: String) -> SubscribedSku? {
        guard let colon = accountSkuId.firstIndex(of: ":"),
              accountSkuId[..<colon].lowercased() == name.lowercased() else { return nil }
        return subscribedSku(partNumber: String(accountSkuId[accountSkuId.index(after: colon)...]))
    }

    public func product(of sku: SubscribedSku) -> Product? { catalog.product(skuId: sku.skuId) }

    /// Users (not deleted) with at least one applied record of the SKU.
    public func consumedUnits(skuId: UUID) -> Int { ledger.consumed(skuId) }

    /// Seats left: enabled units − consumed units (warning, suspended and locked-out units are not assignable).
    public func availableUnits(skuId: UUID) -> Int {
        guard let slot = skuSlot(skuId) else { return 0 }
        return max(0, subscribedSkus[slot].enabledUnits - consumedUnits(skuId: skuId))
    }

    /// The plans of an owned product with their tenant-level status (Get-MsolAccountSku ServiceStatus,
    /// Graph subscribedSku.servicePlans): every plan of a bought product is provisioned.
    public func servicePlans(ofSku skuId: UUID) -> [ServicePlanStatus] {
        guard skuSlot(skuId) != nil, let product = subscribedProduct(skuId) else { return [] }
        return product.planIndices.map { ServicePlanStatus(plan: catalog.plans[$0], provisioningStatus: .success) }
    }

    /// `Set-LabTenant -CountryLetterCode`: the directory's location (an ISO 3166-1 alpha-2 code).
    public func setCountryLetterCode(_ code: String) throws(LicensingError) {
        beginChange(); defer { endChange() }
        let normalized = code.trimmedSpaces.uppercased()
        guard CountryCodes.isAssigned(normalized) else {
            throw LicensingError(code: .invalidValue, message: LicensingMessages.invalidValue("CountryLetterCode"))
        }
        settings.countryLetterCode = normalized
    }

    // MARK: Users

    /// `New-MsolUser` / `New-MgUser`. With `licenses` (`-LicenseAssignment`, `-LicenseOptions`) the
    /// user is created and licensed in one step: if the assignment fails, no user is created.
    @discardableResult
    public func createUser(userPrincipalName: String, displayName: String, usageLocation: String? = nil,
                           accountEnabled: Bool = true, objectId: UUID? = nil,
                           licenses: [LicenseRequest] = []) throws(LicensingError) -> User {
        beginChange(); defer { endChange() }
        let user = try createUnlicensedUser(userPrincipalName: userPrincipalName, displayName: displayName,
                                            usageLocation: usageLocation, accountEnabled: accountEnabled,
                                            objectId: objectId)
        guard !licenses.isEmpty else { return user }
        do {
            try assignLicenses(userId: user.objectId, add: licenses)
        } catch {
            // Nothing else refers to the user yet: it is the last one, without records or mailbox.
            upnIndex[user.userPrincipalName.lowercased()] = nil
            userSlots[user.objectId] = nil
            users.removeLast()
            throw error
        }
        return users[users.count - 1]
    }

    private func createUnlicensedUser(userPrincipalName: String, displayName: String, usageLocation: String?,
                                      accountEnabled: Bool, objectId: UUID?) throws(LicensingError) -> User {
        let objectId = objectId ?? newObjectId()
        let upn = userPrincipalName.trimmedSpaces
        try validateUserPrincipalName(upn, for: nil)
        let location = try normalizedUsageLocation(usageLocation)
        guard userSlots[objectId] == nil else {
            throw LicensingError(code: .objectConflict, message: LicensingMessages.userPrincipalNameInUse, targetObjectId: objectId)
        }
        let user = User(objectId: objectId, userPrincipalName: upn, displayName: displayName, usageLocation: location,
                        accountEnabled: accountEnabled, isDeleted: false, deletedDateTime: nil,
                        createdDateTime: clock.now(), records: [], memberOf: [], mailboxId: nil)
        userSlots[objectId] = users.count
        users.append(user)
        upnIndex[upn.lowercased()] = objectId
        noteUser(objectId)
        return user
    }

    /// Puts a user back as it was: a call of several steps (Set-MsolUser, Update-MgUser) whose later
    /// step failed undoes its earlier ones, so no call is ever half applied. Seats and the UPN index
    /// follow; the user's memberships are not part of a profile update.
    public func revertUser(to saved: User) {
        beginChange(); defer { endChange() }
        guard let slot = userSlots[saved.objectId] else { return }
        let current = users[slot].userPrincipalName.lowercased()
        if upnIndex[current] == saved.objectId { upnIndex[current] = nil }
        upnIndex[saved.userPrincipalName.lowercased()] = saved.objectId
        mutateUser(at: slot) { $0 = saved }
    }

    public func setDisplayName(userId: UUID, _ displayName: String) throws(LicensingError) {
        beginChange(); defer { endChange() }
        let slot = try requireUser(userId)
        mutateUser(at: slot) { $0.displayName = displayName }
    }

    public func setUserPrincipalName(userId: UUID, _ userPrincipalName: String) throws(LicensingError) {
        beginChange(); defer { endChange() }
        let slot = try requireUser(userId)
        let upn = userPrincipalName.trimmedSpaces
        try validateUserPrincipalName(upn, for: userId)
        upnIndex[users[slot].userPrincipalName.lowercased()] = nil
        upnIndex[upn.lowercased()] = userId
        mutateUser(at: slot) { $0.userPrincipalName = upn }
    }

    /// Sets directory attributes of a user (nil removes one); names are matched case-insensitively
    /// and keep the spelling they were first set with. Deleted users can be changed too, as
    /// Set-MsolUser and Update-MgUser can only reach live ones anyway.
    public func setAttributes(userId: UUID, _ changes: [(name: String, value: String?)]) throws(LicensingError) {
        beginChange(); defer { endChange() }
        let slot = try requireUser(userId, allowDeleted: true)
        mutateUser(at: slot) { user in
            for (name, value) in changes {
                let key = user.attributes.keys.first { $0.caseInsensitiveCompare(name) == .orderedSame } ?? name
                user.attributes[key] = value
            }
        }
    }

    public func setAccountEnabled(userId: UUID, _ enabled: Bool) throws(LicensingError) {
        beginChange(); defer { endChange() }
        let slot = try requireUser(userId)
        mutateUser(at: slot) { $0.accountEnabled = enabled }
    }

    /// `Set-MsolUser -UsageLocation`: moving a licensed user to a country where one of its enabled
    /// plans is prohibited fails; clearing the location of a user with direct licenses fails.
    public func setUsageLocation(userId: UUID, _ usageLocation: String?) throws(LicensingError) {
        beginChange(); defer { endChange() }
        let slot = try requireUser(userId)
        let location = try normalizedUsageLocation(usageLocation)
        let user = users[slot]
        if let location {
            let prohibited = enabledPlans(of: user).intersection(catalog.prohibitedPlans(in: location))
            if !prohibited.isEmpty {
                let names = planNamesInLicenseOrder(prohibited, of: user)
                throw LicensingError(code: .prohibitedInUsageLocationViolation,
                                     message: LicensingMessages.prohibitedInUsageLocation(names),
                                     targetObjectId: userId, servicePlans: names)
            }
        } else if user.records.contains(where: { $0.source == .direct }) {
            throw LicensingError(code: .usageLocationRequired, message: LicensingMessages.usageLocationRequired,
                                 targetObjectId: userId)
        }
        mutateUser(at: slot) { $0.usageLocation = location }
    }

    /// Soft delete: the user goes to the recycle bin, keeps its records and frees its seats.
    public func deleteUser(userId: UUID) throws(LicensingError) {
        beginChange(); defer { endChange() }
        let slot = try requireUser(userId)
        let now = clock.now()
        mutateUser(at: slot) {
            $0.isDeleted = true
            $0.deletedDateTime = now
        }
    }

    /// Restores a soft-deleted user; needs a free seat of every product it holds.
    public func restoreUser(userId: UUID) throws(LicensingError) {
        beginChange(); defer { endChange() }
        let slot = try requireUser(userId, allowDeleted: true)
        guard users[slot].isDeleted else {
            throw LicensingError(code: .userNotFound, message: LicensingMessages.userNotFound(userId.lowercasedString),
                                 targetObjectId: userId)
        }
        let held = SeatLedger.Contribution(User(restoring: users[slot])).seats
        let missing = held.filter { availableUnits(skuId: $0) < 1 }
        if !missing.isEmpty {
            throw LicensingError(code: .countViolation, message: LicensingMessages.countViolation,
                                 targetObjectId: userId, skuIds: missing)
        }
        mutateUser(at: slot) {
            $0.isDeleted = false
            $0.deletedDateTime = nil
        }
        for groupId in groupsConcerning(users[slot]) { enqueue(groupId, user: userId) }
    }

    /// Removes a soft-deleted user for good: memberships, records and mailbox go with it.
    public func purgeUser(userId: UUID) throws(LicensingError) {
        beginChange(); defer { endChange() }
        let slot = try requireUser(userId, allowDeleted: true)
        guard users[slot].isDeleted else {
            throw LicensingError(code: .userNotFound, message: LicensingMessages.userNotFound(userId.lowercasedString),
                                 targetObjectId: userId)
        }
        mutateUser(at: slot) { $0.records.removeAll() }
        for groupId in users[slot].memberOf {
            if let g = groupSlots[groupId] { groups[g].members.remove(userId) }
            noteMembership(groupId: groupId, userId: userId, isMember: false)
        }
        for key in Array(pendingWork.keys) {
            pendingWork[key]?.users.remove(userId)
            pendingWork[key]?.ruleUsers.remove(userId)
        }
        noteQueue()
        if let recipientId = users[slot].mailboxId { removeRecipientStorage(recipientId) }
        upnIndex[users[slot].userPrincipalName.lowercased()] = nil
        users.remove(at: slot)
        rebuildUserSlots()
    }

    // MARK: Validation helpers

    func validateUserPrincipalName(_ upn: String, for existing: UUID?) throws(LicensingError) {
        let u = upn.utf8
        guard let at = u.firstIndex(of: UInt8(ascii: "@")), at != u.startIndex, u.index(after: at) != u.endIndex,
              u.lastIndex(of: UInt8(ascii: "@")) == at, !u.contains(UInt8(ascii: " ")) else {
            throw LicensingError(code: .invalidValue, message: LicensingMessages.invalidValue("UserPrincipalName"),
                                 targetObjectId: existing)
        }
        if let other = upnIndex[upn.lowercased()], other != existing {
            throw LicensingError(code: .objectConflict, message: LicensingMessages.userPrincipalNameInUse,
                                 targetObjectId: other)
        }
    }

    /// nil or empty → nil; otherwise two ASCII letters, upper-cased.
    func normalizedUsageLocation(_ value: String?) throws(LicensingError) -> String? {
        guard let raw = value?.trimmedSpaces, !raw.isEmpty else { return nil }
        let upper = raw.uppercased()
        guard CountryCodes.isAssigned(upper) else {
            throw LicensingError(code: .invalidUsageLocation, message: LicensingMessages.invalidValue("UsageLocation"))
        }
        return upper
    }

    /// The groups whose processing concerns the user: those it is a member of, then those it holds records from.
    func groupsConcerning(_ user: User) -> [UUID] {
        var result = user.memberOf
        for r in user.records { if let g = r.source.groupId, !result.contains(g) { result.append(g) } }
        return result
    }
}

extension User {
    /// A copy as if not deleted, to ask which seats it would take back.
    init(restoring user: User) {
        self = user
        self.isDeleted = false
    }
}
