import Foundation

/// Indexes derived from the users' assignment records, kept in step with every change through
/// `Tenant.mutateUser`: who consumes a seat of each SKU, who holds records from each group, and
/// who has a license error from each group. `Tenant.recountedIndexes()` rebuilds them from the
/// records, and the tests compare the two after random operations.
struct SeatLedger: Equatable, Sendable {
    /// skuId → users (not deleted) with at least one applied record of it.
    private(set) var seatHolders: [UUID: Set<UUID>] = [:]
    /// groupId → users holding at least one record from that group.
    private(set) var groupRecordHolders: [UUID: Set<UUID>] = [:]
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

    func consumed(_ skuId: UUID) -> Int { seatHolders[skuId]?.count ?? 0 }

    func holders(ofSku skuId: UUID) -> Set<UUID> { seatHolders[skuId] ?? [] }

    func recordHolders(ofGroup groupId: UUID) -> Set<UUID> { groupRecordHolders[groupId] ?? [] }

    func errorHolders(ofGroup groupId: UUID) -> Set<UUID> { groupErrorHolders[groupId] ?? [] }

    /// Makes room before a large group is processed, so the sets grow once instead of repeatedly.
    mutating func reserve(skus: [UUID], group: UUID, users: Int) {
        for sku in skus { seatHolders[sku, default: []].reserveCapacity(users) }
        groupRecordHolders[group, default: []].reserveCapacity(users)
    }

    mutating func update(user: UUID, from old: Contribution, to new: Contribution) {
        if old == new { return }
        Self.diff(&seatHolders, user, old.seats, new.seats)
        Self.diff(&groupRecordHolders, user, old.groups, new.groups)
        Self.diff(&groupErrorHolders, user, old.errorGroups, new.errorGroups)
    }

    private static func diff(_ index: inout [UUID: Set<UUID>], _ user: UUID, _ old: [UUID], _ new: [UUID]) {
        for key in old where !new.contains(key) {
            index[key]?.remove(user)
            if index[key]?.isEmpty == true { index[key] = nil }
        }
        for key in new where !old.contains(key) {
            index[key, default: []].insert(user)
        }
    }
}
