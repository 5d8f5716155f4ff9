import Foundation

// Dynamic groups (docs/licensing.md "Dynamic groups"): a group whose members are the users its
// rule matches. Membership is evaluated as queued work, like license processing: when the rule is
// set or changed (every user), and when a change touches a user (that user) — so in Immediate mode
// it is up to date before the next cmdlet, and in Deferred mode it waits for
// Wait-LabLicenseProcessing. A paused group keeps its members. Group licensing follows the members.
extension Tenant {
    /// The `groupTypes` value of a dynamic group.
    public static let dynamicMembership = "DynamicMembership"

    /// Checks a rule as the service does when a group is created or updated.
    public static func validateMembershipRule(_ text: String) throws(LicensingError) -> MembershipRule {
        do { return try MembershipRule(text) } catch {
            throw LicensingError(code: .invalidMembershipRule, message: error.message)
        }
    }

    func rule(of group: Group) -> MembershipRule? {
        guard group.followsRule, let text = group.membershipRule else { return nil }
        if let parsed = parsedRules[text] { return parsed }
        guard let parsed = try? MembershipRule(text) else { return nil }
        parsedRules[text] = parsed
        return parsed
    }

    /// After groups were loaded or replaced: whether changes to users must be checked against rules.
    func refreshRuleState() {
        followsRules = groups.contains { $0.followsRule }
        if !followsRules { ruleCandidates.removeAll() }
    }

    /// The enabled plans of a user, as `user.assignedPlans` sees them.
    func assignedPlans(of user: User) -> [(id: UUID, service: String)] {
        enabledPlans(of: user).indices.map { (catalog.plans[$0].id, catalog.plans[$0].serviceType) }
    }

    /// Whether the user belongs in a dynamic group following its rule.
    func ruleMatches(_ rule: MembershipRule, _ user: User) -> Bool {
        rule.matches(user) { assignedPlans(of: user) }
    }

    /// At the end of a change: every user it touched is checked against every rule; where the
    /// answer differs from the membership, the group's membership work is queued for that user.
    func queueRuleChecks() {
        // in tenant order (a Set's order changes from run to run, and the order users join decides
        // who gets a scarce seat); users gone since come last, in id order
        let present = sortedBySlot(ruleCandidates)
        let gone = ruleCandidates.filter { userSlots[$0] == nil }.sorted { $0.uuidString < $1.uuidString }
        let candidates = present + gone
        ruleCandidates.removeAll()
        guard followsRules else { return }
        for g in groups.indices {
            guard let rule = rule(of: groups[g]) else { continue }
            let groupId = groups[g].objectId
            for userId in candidates {
                guard let u = userSlots[userId] else {
                    if groups[g].members.contains(userId) { enqueueRule(groupId, user: userId) }
                    continue
                }
                if ruleMatches(rule, users[u]) != groups[g].members.contains(userId) { enqueueRule(groupId, user: userId) }
            }
        }
    }

    /// Queues a dynamic group's membership evaluation: for one user, or (nil) for every user.
    func enqueueRule(_ groupId: UUID, user: UUID?) {
        guard let g = groupSlots[groupId] else { return }
        var work = pendingWork[groupId] ?? PendingWork(queuedAt: clock.now())
        if let user { work.ruleUsers.append(user) } else { work.ruleFull = true }
        pendingWork[groupId] = work
        queue.append(groupId)
        if !groups[g].licenses.isEmpty { groups[g].processingState = .queuedForProcessing }
        noteGroup(groupId)
        noteQueue()
    }

    /// Applies a group's queued membership work: adds the users its rule matches, removes those it
    /// no longer does. Returns the users whose membership changed (their licenses follow).
    func applyRuleWork(groupSlot g: Int, full: Bool, users listed: OrderedIDSet) -> [UUID] {
        guard let rule = rule(of: groups[g]) else { return [] }
        let groupId = groups[g].objectId
        var changed: [UUID] = []
        func settle(_ userId: UUID) {
            let isMember = groups[g].members.contains(userId)
            guard let u = userSlots[userId] else {
                if isMember {
                    groups[g].members.remove(userId)
                    noteMembership(groupId: groupId, userId: userId, isMember: false)
                    noteGroup(groupId)
                }
                return
            }
            let matches = ruleMatches(rule, users[u])
            guard matches != isMember else { return }
            if matches {
                groups[g].members.append(userId)
                mutateUser(at: u) { $0.memberOf.append(groupId) }
            } else {
                groups[g].members.remove(userId)
                mutateUser(at: u) { $0.memberOf.removeAll { $0 == groupId } }
            }
            noteMembership(groupId: groupId, userId: userId, isMember: matches)
            changed.append(userId)
        }
        if full {
            for member in groups[g].members.elements where userSlots[member] == nil { settle(member) }
            for u in users.indices { settle(users[u].objectId) }
        } else {
            for userId in listed { settle(userId) }
        }
        return changed
    }

    /// `New-MgGroup -GroupTypes DynamicMembership -MembershipRule …` and `Update-MgGroup`: sets the
    /// group's types, rule and processing state (nil leaves each as it is). Turning a group dynamic,
    /// changing its rule or resuming it queues a full evaluation; pausing keeps the members.
    public func setMembershipRule(groupId: UUID, groupTypes: [String]? = nil, rule: String? = nil,
                                  processingState: String? = nil) throws(LicensingError) {
        beginChange(); defer { endChange() }
        let g = try requireGroup(groupId)
        var group = groups[g]
        if let groupTypes { group.groupTypes = groupTypes }
        if let rule {
            _ = try Self.validateMembershipRule(rule)
            group.membershipRule = rule
        }
        if let processingState { group.membershipRuleProcessingState = try Self.ruleProcessingState(processingState) }
        // back to an assigned group (groupTypes without DynamicMembership): the rule goes, the
        // members stay, as the service converts it
        if !group.isDynamic && rule == nil {
            group.membershipRule = nil
            group.membershipRuleProcessingState = nil
        }
        try Self.checkDynamicShape(group)
        let wasDynamic = groups[g].isDynamic, wasFollowing = groups[g].followsRule, oldRule = groups[g].membershipRule
        if group.isDynamic && group.membershipRuleProcessingState == nil { group.membershipRuleProcessingState = "On" }
        groups[g] = group
        noteGroup(groupId)
        refreshRuleState()
        if group.isDynamic && !wasDynamic {
            // an assigned group made dynamic: everyone leaves, then the rule decides (the service
            // removes the members first); their licenses follow at the same processing
            for userId in groups[g].members.elements {
                groups[g].members.remove(userId)
                if let u = userSlots[userId] { mutateUser(at: u) { $0.memberOf.removeAll { $0 == groupId } } }
                noteMembership(groupId: groupId, userId: userId, isMember: false)
                enqueue(groupId, user: userId)
            }
        }
        if group.followsRule && (!wasFollowing || oldRule != group.membershipRule) { enqueueRule(groupId, user: nil) }
    }

    /// Puts back a group's name, description, types, rule and processing state (a Graph update
    /// whose later step was refused); members and licenses are not touched.
    public func revertGroupProperties(to saved: Group) {
        beginChange(); defer { endChange() }
        guard let g = groupSlots[saved.objectId] else { return }
        groups[g].displayName = saved.displayName
        groups[g].description = saved.description
        groups[g].groupTypes = saved.groupTypes
        groups[g].membershipRule = saved.membershipRule
        groups[g].membershipRuleProcessingState = saved.membershipRuleProcessingState
        noteGroup(saved.objectId)
        refreshRuleState()
    }

    /// `On` or `Paused`, spelled as Graph returns it.
    static func ruleProcessingState(_ value: String) throws(LicensingError) -> String {
        if value.caseInsensitiveCompare("On") == .orderedSame { return "On" }
        if value.caseInsensitiveCompare("Paused") == .orderedSame { return "Paused" }
        throw LicensingError(code: .invalidValue, message: LicensingMessages.invalidValue("membershipRuleProcessingState"))
    }

    /// A dynamic group needs a rule, and only a dynamic group has one.
    static func checkDynamicShape(_ group: Group) throws(LicensingError) {
        if group.isDynamic && (group.membershipRule ?? "").isEmpty {
            throw LicensingError(code: .invalidMembershipRule, message: LicensingMessages.dynamicGroupNeedsRule, targetObjectId: group.objectId)
        }
        if !group.isDynamic && group.membershipRule != nil {
            throw LicensingError(code: .invalidMembershipRule, message: LicensingMessages.ruleNeedsDynamicGroup, targetObjectId: group.objectId)
        }
    }
}

extension ServicePlan {
    /// The workload a plan belongs to, as MSOnline's ServiceType and Graph's assignedPlan.service
    /// show it (derived from the plan's name).
    public var serviceType: String {
        let n = name.uppercased()
        if n.hasPrefix("EXCHANGE") { return "Exchange" }
        if n.hasPrefix("SHAREPOINT") || n.hasPrefix("ONEDRIVE") { return "SharePoint" }
        if n.hasPrefix("MCO") { return "MicrosoftCommunicationsOnline" }
        if n.hasPrefix("YAMMER") { return "YammerEnterprise" }
        if n.hasPrefix("INTUNE") { return "SCO" }
        if n.hasPrefix("AAD") || n.hasPrefix("MFA") { return "AzureAdvancedThreatAnalytics" }
        if n.hasPrefix("RMS") { return "RMSOnline" }
        if n.hasPrefix("BI_") || n.hasPrefix("POWER") { return "ProjectWorkManagement" }
        return "O365"
    }
}
