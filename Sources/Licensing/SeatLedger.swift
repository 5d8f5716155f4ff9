import Foundation

/// Indexes derived from the users' assignment records, kept in step with every change through
/// `Tenant.mutateUser` (the only place records change): how many users consume a seat of each
/// SKU, how many users hold records from each group, and who has a license error from each group.
/// `Tenant.recountedLedger()` rebuilds them from the records; the tests compare the two after
/// every random operation, so the counts cannot drift unnoticed.
///
/// Seats and record holders are counts, not sets of users: a set insert per member and product
/// was the largest cost of processing a 100,000-member group, and the lists behind the counts
/// (licensed users of a product, former members still holding records) are asked rarely and
/// answered by a scan of the users.
struct SeatLedger: Equatable, Sendable {
    /// skuId → users (not deleted) with at least one applied record of it.
    private(set) var seats: [UUID: Int] = [:]
    /// groupId → users holding at least one record from that group.
    private(set) var groupRecordHolders: [UUID: Int] = [:]
    /// groupId → users with a record from that group whose error is not None.
    private(set) var groupErrorHolders: [UUID: Set<UUID>] = [:]

    /// What one user contributes to the indexes.
    struct Contribution: Equatable {
        var seats: [UUID] = []
        var groups: [UUID] = []
        var errorGroups: [UUID] = []

        init() {}

        init(_ user: User) {
            for record in user.records {
                if record.isApplied, !user.isDeleted, !seats.contains(record.skuId) { seats.append(record.skuId) }
                if let g = record.source.groupId {
                    if !groups.contains(g) { groups.append(g) }
                    if record.error != .none, !errorGroups.contains(g) { errorGroups.append(g) }
                }
            }
        }
    }

    func consumed(_ skuId: UUID) -> Int { seats[skuId] ?? 0 }

    func recordHolderCount(ofGroup groupId: UUID) -> Int { groupRecordHolders[groupId] ?? 0 }

    func errorHolders(ofGroup groupId: UUID) -> Set<UUID> { groupErrorHolders[groupId] ?? [] }

    mutating func update(user: UUID, from old: Contribution, to new: Contribution) {
        if old == new { return }
        Self.count(&seats, old.seats, new.seats)
        Self.count(&groupRecordHolders, old.groups, new.groups)
        for key in old.errorGroups where !new.errorGroups.contains(key) {
            groupErrorHolders[key]?.remove(user)
            if groupErrorHolders[key]?.isEmpty == true { groupErrorHolders[key] = nil }
        }
        for key in new.errorGroups where !old.errorGroups.contains(key) {
            groupErrorHolders[key, default: []].insert(user)
        }
    }

    private static func count(_ index: inout [UUID: Int], _ old: [UUID], _ new: [UUID]) {
        for key in old where !new.contains(key) {
            let n = (index[key] ?? 0) - 1
            index[key] = n > 0 ? n : nil
        }
        for key in new where !old.contains(key) { index[key, default: 0] += 1 }
    }
}
