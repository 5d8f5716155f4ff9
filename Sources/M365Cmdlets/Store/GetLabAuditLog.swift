import Foundation
import Licensing
import PowerShellRuntime
import TenantStore

/// Get-LabAuditLog: the tenant's audit log, oldest first (docs/portal.md, "Audit log"): the
/// group-licensing activities the core records ("Set group license", "Start/Finish applying group
/// based license to users", "Change user license" failures), as the portal's Audit log pane and
/// Graph's `/auditLogs/directoryAudits` show them.
final class GetLabAuditLogCommand: Cmdlet {
    static let metadata = CommandMetadata(
        name: "Get-LabAuditLog",
        parameters: [
            ParameterMetadata(name: "Activity", type: "string", position: 0, helpMessage: "A wildcard pattern for the activity name."),
            ParameterMetadata(name: "Result", type: "string", validateSet: ["success", "failure"], helpMessage: "Only successes or only failures."),
            ParameterMetadata(name: "Target", type: "string", helpMessage: "A wildcard pattern for the target's name (a group's display name or a user's UPN)."),
            ParameterMetadata(name: "Last", type: "int", validateRange: 1...Double(Int32.max), helpMessage: "Only the newest N of the matches."),
        ],
        outputTypes: [AuditObjects.typeName],
        moduleName: Lab.module,
        synopsis: "Lists the tenant's audit log: group-based licensing activities and license failures.",
        examples: [
            CommandExample(code: "Get-LabAuditLog -Activity 'Finish applying*' -Last 5 | Format-List Time, Target, Detail",
                           remarks: "How the latest group processing runs ended: Users successfully assigned licenses: N, Users for whom license assignment failed: M."),
            CommandExample(code: "Get-LabAuditLog -Activity 'Change user license' -Result failure | Select-Object Target, Detail",
                           remarks: "Users whose group-based license assignment failed, with the reason."),
        ])

    init() {}

    func process(_ context: CommandContext) throws {
        let records: [AuditRecord]
        if let store = try? context.tenantStore { records = store.auditRecords() } else { records = try context.tenant.auditRecords }
        let activity = context.string("Activity"), result = context.string("Result"), target = context.string("Target")
        var matches = records.filter { r in
            (activity.map { StoreObjects.matches(r.activity, pattern: $0) } ?? true)
                && (result.map { r.result.caseInsensitiveCompare($0) == .orderedSame } ?? true)
                && (target.map { StoreObjects.matches(r.targetName, pattern: $0) } ?? true)
        }
        if let last = context.int("Last"), matches.count > last { matches = Array(matches.suffix(last)) }
        for r in matches { try context.writeObject(AuditObjects.record(r)) }
    }
}

/// `LicenseLab.AuditRecord`: one audit log entry.
enum AuditObjects {
    static let typeName = "LicenseLab.AuditRecord"

    static func record(_ r: AuditRecord) -> Value {
        Emit.object(typeName, [
            ("Time", Emit.dateTime(r.time)),
            ("Category", .string(r.category)),
            ("Activity", .string(r.activity)),
            ("Result", .string(r.result)),
            ("InitiatedBy", .string(r.initiatedBy)),
            ("Target", .string(r.targetName)),
            ("TargetId", r.targetId.map { .string($0.lowercasedString) } ?? .null),
            ("Detail", .string(r.detail)),
        ], toString: "\(r.activity): \(r.targetName)")
    }

    static let view = FormatView(typeName: typeName, shape: .table, columns: [
        ViewColumn("Time"), ViewColumn("Activity"), ViewColumn("Result"), ViewColumn("Target"),
    ])
}
