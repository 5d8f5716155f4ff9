import Foundation

/// One entry of the tenant's audit log (docs/portal.md, "Audit log"): the directory activities the
/// portal's Audit log pane lists for group-based licensing, named as the service names them
/// ("Set group license", "Start applying group based license to users", "Finish applying group
/// based license to users", "Change user license"; research/graph-rest-and-portal.md §5).
public struct AuditRecord: Hashable, Sendable, Codable {
    /// `GroupManagement` or `UserManagement` (the service's categories).
    public var category: String
    public var activity: String
    public var time: Date
    /// `success` or `failure`.
    public var result: String
    /// Who did it: the group-licensing service, or the tenant's administrator (a cmdlet, a Graph
    /// request or the portal).
    public var initiatedBy: String
    public var targetId: UUID?
    /// The target's display name or UPN, as it was then.
    public var targetName: String
    /// The modified property the service shows (`[Users successfully assigned licenses: 6, Users
    /// for whom license assignment failed: 0.]`), or the reason of a failure.
    public var detail: String

    public init(category: String, activity: String, time: Date, result: String, initiatedBy: String, targetId: UUID?,
                targetName: String, detail: String) {
        self.category = category
        self.activity = activity
        self.time = time
        self.result = result
        self.initiatedBy = initiatedBy
        self.targetId = targetId
        self.targetName = targetName
        self.detail = detail
    }

    /// The actor the service names for group-based licensing's own activities.
    public static let groupLicensingActor = "Microsoft Entra group-Based Licensing"
    /// LicenseLab's name for whoever changed the tenant by hand (a shell, a Graph client, the portal).
    public static let administrator = "Administrator (LicenseLab)"

    public enum Activity {
        public static let setGroupLicense = "Set group license"
        public static let startApplying = "Start applying group based license to users"
        public static let finishApplying = "Finish applying group based license to users"
        public static let changeUserLicense = "Change user license"
    }

    /// The Finish record's text: `Users successfully assigned licenses: N, Users for whom license
    /// assignment failed: M.`
    public static func applyingResult(succeeded: Int, failed: Int) -> String {
        "Users successfully assigned licenses: \(succeeded), Users for whom license assignment failed: \(failed)."
    }
}

extension Tenant {
    /// The newest `auditLogCapacity` records in memory, oldest first. A tenant store moves them
    /// into the tenant file as each change is saved (`takeAuditRecords`), so this holds only the
    /// records of changes not yet saved, or all of them for an in-memory tenant.
    public static let auditLogCapacity = 10_000

    func audit(_ category: String, _ activity: String, result: String = "success", by actor: String,
               target: UUID?, name: String, detail: String) {
        auditLog.append(AuditRecord(category: category, activity: activity, time: clock.now(), result: result,
                                    initiatedBy: actor, targetId: target, targetName: name, detail: detail))
        // amortised: dropping the oldest one by one would move the whole array each time
        if auditLog.count >= 2 * Self.auditLogCapacity { auditLog.removeFirst(auditLog.count - Self.auditLogCapacity) }
    }

    /// Hands the records made since the last call over to a store (which writes them to its file).
    public func takeAuditRecords() -> [AuditRecord] {
        defer { auditLog.removeAll() }
        return auditLog.suffix(Self.auditLogCapacity)
    }

    /// The newest `auditLogCapacity` records kept in memory, oldest first.
    public var auditRecords: [AuditRecord] { Array(auditLog.suffix(Self.auditLogCapacity)) }
}
