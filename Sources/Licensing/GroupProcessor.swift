import Foundation

/// What one group's processing did (the audit log's "Users successfully assigned licenses: N,
/// Users for whom license assignment failed: M").
public struct GroupProcessingResult: Hashable, Sendable {
    public var groupId: UUID
    public var succeeded: Int = 0
    public var failed: Int = 0
    /// Failures that recorded nothing (duplicate proxy address, default setting; docs/licensing.md
    /// "Group assignment").
    public var failedSilently: Int = 0
    public var removed: Int = 0
}

// Background processing of group licenses (docs/licensing.md "Group assignment" and "Processing
// timing"). Nothing here throws: failures are recorded on the users' records, where the queries
// find them.
extension Tenant {
    public var queuedGroups: [UUID] { queue.elements }

    /// Processes every queued group now, in queue order (`Wait-LabLicenseProcessing`).
    @discardableResult
    public func processQueue() -> [GroupProcessingResult] {
        // An empty queue is the common case (after every statement): no transaction for it.
        guard !queue.isEmpty else { return [] }
        beginChange(); defer { endChange() }
        var results: [GroupProcessingResult] = []
        // rounds: what this processing changed may make users match (or stop matching) another
        // dynamic group's rule (an assignedPlans rule); that work is done in the same run, up to
        // a few rounds (a rule that undoes itself stops there)
        var rounds = 0
        while true {
            while let groupId = queue.elements.first {
                results.append(processQueuedGroup(groupId))
            }
            guard followsRules, !ruleCandidates.isEmpty, rounds < 8 else { break }
            rounds += 1
            queueRuleChecks()
            if queue.isEmpty { break }
        }
        return results
    }

    /// The shell calls this after each top-level statement: in Immediate mode it processes the
    /// queue; in Deferred mode only work older than `deferredProcessingDelay` (if set).
    @discardableResult
    public func processQueueIfImmediate() -> [GroupProcessingResult] {
        switch settings.processingMode {
        case .immediate: return processQueue()
        case .deferred: return processDueWork()
        }
    }

    /// Deferred mode with a simulated delay: processes groups queued at least that long ago.
    @discardableResult
    public func processDueWork() -> [GroupProcessingResult] {
        guard let delay = settings.deferredProcessingDelay, !queue.isEmpty else { return [] }
        beginChange(); defer { endChange() }
        let now = clock.now()
        let due = queue.elements.filter { pendingWork[$0].map { now.timeIntervalSince($0.queuedAt) >= delay } ?? true }
        return due.map { processQueuedGroup($0) }
    }

    /// `Invoke-MgLicenseUser` / reprocessLicenseAssignment: re-evaluates the user for every group it
    /// is a member of or holds records from, at once.
    @discardableResult
    public func reprocessUser(userId: UUID) throws(LicensingError) -> [GroupProcessingResult] {
        beginChange(); defer { endChange() }
        let u = try requireUser(userId)
        let now = clock.now()
        var results: [GroupProcessingResult] = []
        for groupId in groupsConcerning(users[u]) {
            var result = GroupProcessingResult(groupId: groupId)
            if let g = groupSlots[groupId] { tally(&result, evaluate(userSlot: u, groupSlot: g, now: now)) }
            results.append(result)
        }
        return results
    }

    func enqueue(_ groupId: UUID, user: UUID?) {
        guard let g = groupSlots[groupId] else { return }
        var work = pendingWork[groupId] ?? PendingWork(queuedAt: clock.now())
        if let user { work.users.append(user) } else { work.full = true }
        pendingWork[groupId] = work
        queue.append(groupId)
        groups[g].processingState = .queuedForProcessing
        noteGroup(groupId)
        noteQueue()
    }

    private func processQueuedGroup(_ groupId: UUID) -> GroupProcessingResult {
        queue.remove(groupId)
        let work = pendingWork.removeValue(forKey: groupId)
        noteQueue()
        noteGroup(groupId)
        var result = GroupProcessingResult(groupId: groupId)
        guard let g = groupSlots[groupId], var work else { return result }
        // a dynamic group's members first: the licenses follow whoever joined or left
        if work.ruleFull || !work.ruleUsers.isEmpty {
            for userId in applyRuleWork(groupSlot: g, full: work.ruleFull, users: work.ruleUsers) { work.users.append(userId) }
            if groups[g].licenses.isEmpty && !work.full && work.users.elements.allSatisfy({ id in
                userSlots[id].map { !users[$0].records.contains { $0.source == .group(groupId) } } ?? true
            }) {
                return result
            }
        }
        groups[g].processingState = .processingInProgress
        let now = clock.now()
        let groupName = groups[g].displayName
        audit("GroupManagement", AuditRecord.Activity.startApplying, by: AuditRecord.groupLicensingActor, target: groupId,
              name: groupName, detail: "")
        if work.full {
            let expected = groups[g].members.count
            // Room for the mailboxes a first processing creates (not on reprocess: they exist).
            let newMailboxes = expected - recipients.count
            if newMailboxes > 1000 { reserveRecipientCapacity(newMailboxes) }
            // Members in membership order, then users still holding records from the group.
            let source = AssignmentSource.group(groupId)
            var membersHolding = 0
            for userId in groups[g].members {
                guard let u = userSlots[userId] else { continue }
                tally(&result, evaluate(userSlot: u, groupSlot: g, now: now, isMember: true))
                if users[u].records.contains(where: { $0.source == source }) { membersHolding += 1 }
            }
            if ledger.recordHolderCount(ofGroup: groupId) > membersHolding {
                for u in recordHolderSlots(ofGroup: groupId) where !groups[g].members.contains(users[u].objectId) {
                    tally(&result, evaluate(userSlot: u, groupSlot: g, now: now, isMember: false))
                }
            }
        } else {
            for userId in work.users {
                if let u = userSlots[userId] { tally(&result, evaluate(userSlot: u, groupSlot: g, now: now)) }
            }
        }
        groups[g].processingState = .processingComplete
        audit("GroupManagement", AuditRecord.Activity.finishApplying, by: AuditRecord.groupLicensingActor, target: groupId,
              name: groupName, detail: AuditRecord.applyingResult(succeeded: result.succeeded, failed: result.failed + result.failedSilently))
        return result
    }

    enum Outcome { case skipped, assigned, removed, failed, failedSilently }

    /// A failed group assignment as the audit log words it: the service's texts for conflicting
    /// plans and missing prerequisites (research/graph-rest-and-portal.md §1.3), otherwise the error
    /// code; then the group.
    static func auditFailureText(_ violation: LicensingError, groupName: String) -> String {
        let plans = violation.servicePlans
        let reason: String
        switch violation.code {
        case .mutuallyExclusiveViolation where plans.count >= 2:
            reason = "License assignment failed because service plans \(plans[0]),\(plans[1]) are mutually exclusive."
        case .dependencyViolation where plans.count >= 2:
            reason = "License assignment failed because service plan \(plans[0]) depends on the service plan(s) \(plans.dropFirst().joined(separator: ", "))"
        default:
            reason = "License assignment failed: \(AssignmentError(violation.code).rawValue)."
        }
        // the service's dependency text has no full stop of its own
        return reason + (reason.hasSuffix(".") ? " " : ". ") + "Group: \(groupName)."
    }

    private func tally(_ result: inout GroupProcessingResult, _ outcome: Outcome) {
        switch outcome {
        case .skipped: break
        case .assigned: result.succeeded += 1
        case .removed: result.removed += 1
        case .failed: result.failed += 1
        case .failedSilently: result.failedSilently += 1
        }
    }

    /// One member (or former member) against one group: all the group's products pass the rules
    /// together, or none is applied (docs/licensing.md "Group assignment"). A failure never takes
    /// away what is already applied: such records stay applied as `ActiveWithError` (a blocked
    /// removal) with the error.
    func evaluate(userSlot u: Int, groupSlot g: Int, now: Date, isMember: Bool? = nil) -> Outcome {
        let user = users[u]
        if user.isDeleted { return .skipped }
        let groupId = groups[g].objectId
        let source = AssignmentSource.group(groupId)
        let target = (isMember ?? groups[g].members.contains(user.objectId)) ? groups[g].licenses : []
        if target.isEmpty && !user.records.contains(where: { $0.source == source }) { return .skipped }

        // The records the user would hold if every product of the group were applied.
        var after: [AssignmentRecord] = []
        after.reserveCapacity(user.records.count + target.count)
        var placed: [UUID] = []
        for r in user.records {
            guard r.source == source else { after.append(r); continue }
            guard let license = target.first(where: { $0.skuId == r.skuId }) else { continue }
            placed.append(r.skuId)
            after.append(r.state == .active && r.error == .none && r.disabledPlans == license.disabledPlans
                ? r : AssignmentRecord(skuId: r.skuId, source: source, disabledPlans: license.disabledPlans,
                                       state: .active, error: .none, lastUpdatedDateTime: now))
        }
        for license in target where !placed.contains(license.skuId) {
            after.append(AssignmentRecord(skuId: license.skuId, source: source, disabledPlans: license.disabledPlans,
                                          state: .active, error: .none, lastUpdatedDateTime: now))
        }

        // Nothing would change: the rules only judge what a change introduces, so it passes as is.
        if after == user.records { return target.isEmpty ? .removed : .assigned }

        let location = user.usageLocation ?? settings.countryLetterCode
        let result = check(user: user, before: user.records, after: after, location: location,
                           newlyConsumed: newlyConsumedSkus(before: user.records, after: after))
        guard let violation = result.violation else {
            if after != user.records { mutateUser(at: u) { $0.records = after } }
            if let addresses = result.newMailbox { createMailbox(userSlot: u, addresses: addresses) }
            return target.isEmpty ? .removed : .assigned
        }
        audit("UserManagement", AuditRecord.Activity.changeUserLicense, result: "failure", by: AuditRecord.groupLicensingActor,
              target: user.objectId, name: user.userPrincipalName,
              detail: Self.auditFailureText(violation, groupName: groups[g].displayName))
        if violation.code == .uniquenessViolation && settings.duplicateProxyAddressError == .none {
            return .failedSilently
        }
        let error = AssignmentError(violation.code)
        var failed: [AssignmentRecord] = []
        placed = []
        for var r in user.records {
            guard r.source == source else { failed.append(r); continue }
            let license = target.first(where: { $0.skuId == r.skuId })
            if r.isApplied {
                if r.state != .activeWithError || r.error != error {
                    r.state = .activeWithError
                    r.error = error
                    r.lastUpdatedDateTime = now
                }
            } else if let license {
                if r.error != error || r.disabledPlans != license.disabledPlans {
                    r.error = error
                    r.disabledPlans = license.disabledPlans
                    r.lastUpdatedDateTime = now
                }
            } else {
                continue
            }
            placed.append(r.skuId)
            failed.append(r)
        }
        for license in target where !placed.contains(license.skuId) {
            failed.append(AssignmentRecord(skuId: license.skuId, source: source, disabledPlans: license.disabledPlans,
                                           state: .error, error: error, lastUpdatedDateTime: now))
        }
        if failed != user.records { mutateUser(at: u) { $0.records = failed } }
        return .failed
    }
}
