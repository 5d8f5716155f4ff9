import Foundation

// Groups, their members and their licenses (docs/licensing.md "Group assignment"). Every change
// here is validated for the group alone and queued; members are evaluated later by the
// GroupProcessor.
extension Tenant {
    @discardableResult
    public func createGroup(displayName: String, description: String? = nil, securityEnabled: Bool = true,
                            mailEnabled: Bool = false, mailNickname: String? = nil,
                            objectId: UUID? = nil, groupTypes: [String] = [], membershipRule: String? = nil,
                            membershipRuleProcessingState: String? = nil) throws(LicensingError) -> Group {
        beginChange(); defer { endChange() }
        var shape = Group(objectId: objectId ?? Self.placeholderId, displayName: displayName, description: nil, securityEnabled: securityEnabled,
                          mailEnabled: mailEnabled, mailNickname: nil, createdDateTime: Date(timeIntervalSince1970: 0), members: OrderedIDSet(),
                          memberGroups: OrderedIDSet(), licenses: [], processingState: nil, groupTypes: groupTypes,
                          membershipRule: membershipRule, membershipRuleProcessingState: nil)
        if let membershipRule { _ = try Self.validateMembershipRule(membershipRule) }
        if shape.isDynamic { shape.membershipRuleProcessingState = try Self.ruleProcessingState(membershipRuleProcessingState ?? "On") }
        try Self.checkDynamicShape(shape)
        let objectId = objectId ?? newObjectId()
        guard groupSlots[objectId] == nil, userSlots[objectId] == nil else {
            throw LicensingError(code: .objectConflict, message: LicensingMessages.invalidValue("ObjectId"),
                                 targetObjectId: objectId)
        }
        var mailbox: Recipient?
        if mailEnabled {
            let nickname = mailNickname ?? displayName.filter { $0.isLetter || $0.isNumber }
            guard !nickname.isEmpty else {
                throw LicensingError(code: .invalidValue, message: LicensingMessages.invalidValue("MailNickname"))
            }
            let address = ProxyAddress(prefix: "SMTP", address: "\(nickname)@\(initialDomain)")
            try requireUnused([address], except: nil)
            mailbox = Recipient(id: objectId.derived(0x3C), externalDirectoryObjectId: objectId, name: displayName,
                                displayName: displayName, alias: nickname,
                                recipientType: securityEnabled ? .mailUniversalSecurityGroup : .mailUniversalDistributionGroup,
                                recipientTypeDetails: securityEnabled ? .mailUniversalSecurityGroup : .mailUniversalDistributionGroup,
                                emailAddresses: [address], externalEmailAddress: nil)
        }
        let group = Group(objectId: objectId, displayName: displayName, description: description,
                          securityEnabled: securityEnabled, mailEnabled: mailEnabled, mailNickname: mailNickname,
                          createdDateTime: clock.now(), members: OrderedIDSet(), memberGroups: OrderedIDSet(),
                          licenses: [], processingState: nil, groupTypes: groupTypes, membershipRule: shape.membershipRule,
                          membershipRuleProcessingState: shape.membershipRuleProcessingState)
        groupSlots[objectId] = groups.count
        groups.append(group)
        noteGroup(objectId)
        if let mailbox { insertRecipient(mailbox) }
        if group.followsRule {
            refreshRuleState()
            enqueueRule(objectId, user: nil)
        }
        return group
    }

    public func setGroupDisplayName(groupId: UUID, _ displayName: String) throws(LicensingError) {
        beginChange(); defer { endChange() }
        let slot = try requireGroup(groupId)
        groups[slot].displayName = displayName
        noteGroup(groupId)
    }

    public func setGroupDescription(groupId: UUID, _ description: String?) throws(LicensingError) {
        beginChange(); defer { endChange() }
        let slot = try requireGroup(groupId)
        groups[slot].description = description
        noteGroup(groupId)
    }

    /// A group that carries licenses cannot be deleted. Records its processing left behind (removals
    /// blocked by a dependency) become direct assignments, as the service does on group deletion.
    public func deleteGroup(groupId: UUID) throws(LicensingError) {
        beginChange(); defer { endChange() }
        let slot = try requireGroup(groupId)
        guard groups[slot].licenses.isEmpty else {
            throw LicensingError(code: .licensedGroupDeletion, message: LicensingMessages.licensedGroupDeletion,
                                 targetObjectId: groupId)
        }
        let now = clock.now()
        for u in recordHolderSlots(ofGroup: groupId) {
            mutateUser(at: u) { user in
                var kept: [AssignmentRecord] = []
                for var r in user.records {
                    if r.source != .group(groupId) { kept.append(r); continue }
                    guard r.isApplied, !user.records.contains(where: { $0.source == .direct && $0.skuId == r.skuId }),
                          !kept.contains(where: { $0.source == .direct && $0.skuId == r.skuId }) else { continue }
                    r.source = .direct
                    r.state = .active
                    r.error = .none
                    r.lastUpdatedDateTime = now
                    kept.append(r)
                }
                user.records = kept
            }
        }
        for userId in groups[slot].members {
            if let u = userSlots[userId] { mutateUser(at: u) { $0.memberOf.removeAll { $0 == groupId } } }
        }
        for i in groups.indices where groups[i].memberGroups.remove(groupId) { noteGroup(groups[i].objectId) }
        queue.remove(groupId)
        pendingWork[groupId] = nil
        noteQueue()
        noteGroup(groupId)
        if let recipientId = recipientByObject[groupId] { removeRecipientStorage(recipientId) }
        groups.remove(at: slot)
        rebuildGroupSlots()
    }

    // MARK: Membership

    static let placeholderId = UUID(uuid: (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0))

    /// Members of a dynamic group come from its rule only (Graph: 403 Authorization_RequestDenied).
    func requireAssignedMembership(_ g: Int) throws(LicensingError) {
        guard !groups[g].isDynamic else {
            throw LicensingError(code: .dynamicGroupMembership, message: LicensingMessages.insufficientPrivileges,
                                 targetObjectId: groups[g].objectId)
        }
    }

    public func addMember(groupId: UUID, userId: UUID) throws(LicensingError) {
        beginChange(); defer { endChange() }
        let g = try requireGroup(groupId)
        let u = try requireUser(userId)
        try requireAssignedMembership(g)
        guard groups[g].members.append(userId) else {
            throw LicensingError(code: .memberAlreadyExists, message: LicensingMessages.memberAlreadyExists,
                                 targetObjectId: userId)
        }
        mutateUser(at: u) { $0.memberOf.append(groupId) }
        noteMembership(groupId: groupId, userId: userId, isMember: true)
        if needsProcessing(groupSlot: g, user: users[u]) { enqueue(groupId, user: userId) }
    }

    public func removeMember(groupId: UUID, userId: UUID) throws(LicensingError) {
        beginChange(); defer { endChange() }
        let g = try requireGroup(groupId)
        let u = try requireUser(userId, allowDeleted: true)
        try requireAssignedMembership(g)
        guard groups[g].members.remove(userId) else {
            throw LicensingError(code: .memberNotFound, message: LicensingMessages.memberNotFound(userId.lowercasedString),
                                 targetObjectId: userId)
        }
        mutateUser(at: u) { $0.memberOf.removeAll { $0 == groupId } }
        noteMembership(groupId: groupId, userId: userId, isMember: false)
        if needsProcessing(groupSlot: g, user: users[u]) { enqueue(groupId, user: userId) }
    }

    /// `Add-MsolGroupMember -GroupMemberType Group`: stored, never expanded for licensing.
    public func addGroupMember(groupId: UUID, memberGroupId: UUID) throws(LicensingError) {
        beginChange(); defer { endChange() }
        let g = try requireGroup(groupId)
        _ = try requireGroup(memberGroupId)
        guard memberGroupId != groupId else {
            throw LicensingError(code: .invalidValue, message: LicensingMessages.invalidValue("GroupMemberObjectId"),
                                 targetObjectId: memberGroupId)
        }
        guard groups[g].memberGroups.append(memberGroupId) else {
            throw LicensingError(code: .memberAlreadyExists, message: LicensingMessages.memberAlreadyExists,
                                 targetObjectId: memberGroupId)
        }
        noteGroup(groupId)
    }

    public func removeGroupMember(groupId: UUID, memberGroupId: UUID) throws(LicensingError) {
        beginChange(); defer { endChange() }
        let g = try requireGroup(groupId)
        guard groups[g].memberGroups.remove(memberGroupId) else {
            throw LicensingError(code: .memberNotFound,
                                 message: LicensingMessages.memberNotFound(memberGroupId.lowercasedString),
                                 targetObjectId: memberGroupId)
        }
        noteGroup(groupId)
    }

    func needsProcessing(groupSlot g: Int, user: User) -> Bool {
        let groupId = groups[g].objectId
        return !groups[g].licenses.isEmpty || user.records.contains { $0.source == .group(groupId) }
    }

    // MARK: Group licenses

    /// `Set-MgGroupLicense` / `Set-LabGroupLicense`: `add` sets products (replacing the disabled
    /// plans of one already on the group), `update` changes the disabled plans of products already
    /// on it, `remove` takes products off. Only the group is validated here (the products exist;
    /// add-ons have their prerequisite in the same group); the group is then queued (Graph: 202).
    public func setGroupLicenses(groupId: UUID, add: [LicenseRequest] = [], remove: [SkuReference] = [],
                                 update: [LicenseRequest] = []) throws(LicensingError) {
        beginChange(); defer { endChange() }
        let slot = try requireGroup(groupId)
        var licenses = groups[slot].licenses
        var touched: [UUID] = []
        for request in add {
            let sku = try resolveSku(request.sku, for: groupId)
            guard !touched.contains(sku.skuId) else { throw invalidLicense(groupId, sku.skuId) }
            touched.append(sku.skuId)
            let disabled = try resolvePlans(request.disabledPlans, of: sku, for: groupId)
            if let i = licenses.firstIndex(where: { $0.skuId == sku.skuId }) {
                licenses[i].disabledPlans = disabled
            } else {
                licenses.append(GroupLicense(skuId: sku.skuId, disabledPlans: disabled))
            }
        }
        for request in update {
            let sku = try resolveSku(request.sku, for: groupId)
            guard !touched.contains(sku.skuId), let i = licenses.firstIndex(where: { $0.skuId == sku.skuId }) else {
                throw invalidLicense(groupId, sku.skuId)
            }
            touched.append(sku.skuId)
            licenses[i].disabledPlans = try resolvePlans(request.disabledPlans, of: sku, for: groupId)
        }
        for reference in remove {
            let sku = try resolveSku(reference, for: groupId)
            guard !touched.contains(sku.skuId), licenses.contains(where: { $0.skuId == sku.skuId }) else {
                throw invalidLicense(groupId, sku.skuId)
            }
            touched.append(sku.skuId)
            licenses.removeAll { $0.skuId == sku.skuId }
        }
        guard groups[slot].securityEnabled || licenses.isEmpty else {
            throw LicensingError(code: .groupNotSecurityEnabled, message: LicensingMessages.groupNotSecurityEnabled,
                                 targetObjectId: groupId)
        }
        var enabled = PlanSet()
        for l in licenses {
            enabled.formUnion(enabledPlans(of: AssignmentRecord(skuId: l.skuId, source: .group(groupId),
                                                                disabledPlans: l.disabledPlans, state: .active,
                                                                error: .none, lastUpdatedDateTime: Date())))
        }
        if let unmet = unmetPrerequisites(in: enabled).first {
            let plan = catalog.plans[unmet.plan], requirement = catalog.plans[unmet.requires]
            throw LicensingError(code: .dependencyViolation,
                                 message: LicensingMessages.groupDependency(service: plan.friendlyName,
                                                                            requires: requirement.friendlyName),
                                 targetObjectId: groupId, servicePlans: [plan.name, requirement.name])
        }
        groups[slot].licenses = licenses
        noteGroup(groupId)
        let parts = licenses.map { catalog.product(skuId: $0.skuId)?.partNumber ?? $0.skuId.lowercasedString }
        audit("GroupManagement", AuditRecord.Activity.setGroupLicense, by: AuditRecord.administrator, target: groupId,
              name: groups[slot].displayName, detail: "Licenses: [\(parts.joined(separator: ", "))]")
        enqueue(groupId, user: nil)
    }

    /// The portal's Reprocess button: queues every member and every holder of the group's records.
    public func reprocessGroup(groupId: UUID) throws(LicensingError) {
        beginChange(); defer { endChange() }
        let g = try requireGroup(groupId)
        // a dynamic group's members are evaluated against its rule again first
        if groups[g].followsRule { enqueueRule(groupId, user: nil) }
        enqueue(groupId, user: nil)
    }

    /// Slots of the users holding records from a group, in user order (a scan: asked only when
    /// the ledger's count says some holders are not members, or when the group is deleted).
    func recordHolderSlots(ofGroup groupId: UUID) -> [Int] {
        guard ledger.recordHolderCount(ofGroup: groupId) > 0 else { return [] }
        let source = AssignmentSource.group(groupId)
        return users.indices.filter { users[$0].records.contains { $0.source == source } }
    }

    func sortedBySlot(_ ids: Set<UUID>) -> [UUID] {
        ids.compactMap { id in userSlots[id].map { (id, $0) } }.sorted { $0.1 < $1.1 }.map(\.0)
    }
}
