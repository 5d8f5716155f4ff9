import Foundation
import PropertyBased
import Testing
@testable import Licensing

/// Invariants over random sequences of operations (docs/licensing.md "Invariants"), 1,000 cases each.
@Suite struct PropertyTests {
    static let operations = Gen.int(in: 0...1_000_000).array(of: 1...40)

    @Test func noAssignmentMakesConsumedExceedEnabledUnits() async {
        await propertyCheck(count: 1000, input: Self.operations) { codes in
            let r = RandomOperations()
            for code in codes {
                r.apply(code)
                for sku in r.t.subscribedSkus {
                    #expect(r.t.consumedUnits(skuId: sku.skuId) <= sku.enabledUnits)
                }
            }
        }
    }

    @Test func aUserConsumesAtMostOneUnitPerProductAndTheIndexesMatchARecount() async {
        await propertyCheck(count: 1000, input: Self.operations) { codes in
            let r = RandomOperations()
            for code in codes {
                r.apply(code)
                #expect(r.t.indexesAreConsistent())
                for sku in r.t.subscribedSkus {
                    let holders = r.t.users.filter { u in !u.isDeleted && u.records.contains { $0.skuId == sku.skuId && $0.isApplied } }
                    #expect(r.t.consumedUnits(skuId: sku.skuId) == holders.count)
                }
                for u in r.t.users {
                    let keys = u.records.map { "\($0.skuId)|\($0.source)" }
                    #expect(Set(keys).count == keys.count)
                }
            }
        }
    }

    /// Direct calls and group-license changes (both synchronous) are atomic.
    @Test func aFailedDirectCallChangesNothing() async {
        await propertyCheck(count: 1000, input: Self.operations) { codes in
            let r = RandomOperations()
            for code in codes {
                let before = r.t.snapshot()
                let result = r.apply(code)
                if result.failed && (result.kind == .direct || result.kind == .group) {
                    #expect(r.t.snapshot() == before)
                }
            }
        }
    }

    /// The audit log (Audit.swift) frames every processing run of a group with Start and Finish
    /// records; the Finish record's counts are the run's, and each member that failed has one
    /// failed "Change user license" record.
    @Test func theAuditLogFramesEveryGroupRunWithItsCounts() async {
        await propertyCheck(count: 1000, input: Self.operations) { codes in
            let r = RandomOperations()
            for code in codes { r.apply(code) }
            let before = r.t.auditRecords.count
            let results = r.t.processQueue()
            let new = r.t.auditRecords.dropFirst(before)
            let starts = new.filter { $0.activity == AuditRecord.Activity.startApplying }
            let finishes = Array(new.filter { $0.activity == AuditRecord.Activity.finishApplying })
            #expect(starts.count == finishes.count)
            var next = 0
            for result in results where next < finishes.count && finishes[next].targetId == result.groupId {
                #expect(finishes[next].detail == AuditRecord.applyingResult(succeeded: result.succeeded, failed: result.failed + result.failedSilently))
                next += 1
            }
            #expect(next == finishes.count)
            let failures = new.filter { $0.activity == AuditRecord.Activity.changeUserLicense && $0.result == "failure" }.count
            #expect(failures == results.reduce(0) { $0 + $1.failed + $1.failedSilently })
        }
    }

    @Test func processingTheQueueTwiceEqualsProcessingItOnce() async {
        await propertyCheck(count: 1000, input: Self.operations) { codes in
            let r = RandomOperations()
            for code in codes { r.apply(code) }
            r.t.processQueue()
            let once = r.t.snapshot()
            #expect(r.t.processQueue().isEmpty)
            #expect(r.t.snapshot() == once)
            // And a second tenant given the same operations ends in the same state: processing is deterministic.
            let again = RandomOperations()
            for code in codes { again.apply(code) }
            again.t.processQueue()
            #expect(again.t.snapshot() == once)
        }
    }

    @Test func aGroupsProductsAreAllOrNothingPerMember() async {
        await propertyCheck(count: 1000, input: Self.operations) { codes in
            let r = RandomOperations()
            for code in codes {
                r.apply(code)
                for u in r.t.users {
                    for g in r.groups {
                        let states = u.records.filter { $0.assignedByGroup == g }.map(\.state)
                        #expect(states.allSatisfy { $0 == .active } || !states.contains(.active))
                    }
                }
            }
            r.t.processQueue()
            // After processing, a member either holds every product of the group or none is Active
            // (except a member whose new mailbox would reuse a proxy address: that failure records
            // nothing and leaves what was applied before, docs/licensing.md "Group assignment").
            for g in r.groups {
                guard let group = r.t.group(id: g) else { continue }
                for m in group.members {
                    guard let u = r.t.user(id: m), !u.isDeleted, r.t.proxyConflict(forNewMailboxOf: u) == nil else { continue }
                    let records = u.records.filter { $0.assignedByGroup == g }
                    if records.contains(where: { $0.state == .active }) {
                        #expect(Set(records.map(\.skuId)) == Set(group.licenses.map(\.skuId)))
                    }
                }
            }
        }
    }

    @Test func effectiveEnabledPlansAreTheUnionOverActiveRecords() async {
        await propertyCheck(count: 1000, input: Self.operations) { codes in
            let r = RandomOperations()
            for code in codes { r.apply(code) }
            r.t.processQueue()
            let catalog = r.t.catalog
            for u in r.t.users {
                for license in r.t.licenses(ofUser: u.objectId) {
                    let sources = u.records.filter { $0.skuId == license.skuId && $0.isApplied }
                    for status in license.servicePlans {
                        let enabledSomewhere = sources.contains { !$0.disabledPlans.contains(status.plan.id) }
                        #expect((status.provisioningStatus != .disabled) == enabledSomewhere)
                    }
                    let disabledEverywhere = Set(license.disabledPlans)
                    let intersection = sources.dropFirst().reduce(Set(sources.first?.disabledPlans ?? [])) {
                        $0.intersection($1.disabledPlans)
                    }
                    #expect(disabledEverywhere == intersection)
                    #expect(catalog.product(skuId: license.skuId) != nil)
                }
            }
        }
    }
}
