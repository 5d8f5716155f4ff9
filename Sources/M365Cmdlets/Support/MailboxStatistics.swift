import Foundation
import Licensing
import PowerShellRuntime

/// Exchange's ByteQuantifiedSize: its string form is `1.234 GB (1,325,123,456 bytes)`; scripts
/// read it as `$s.TotalItemSize.Value.ToString()` (remote sessions) or `.ToString()` (REST), or
/// call `.Value.ToBytes()` / `ToMB()` / `ToGB()`: all work on this object.
final class ByteQuantifiedSizeObject: NativeObject {
    let bytes: UInt64
    init(_ bytes: UInt64) { self.bytes = bytes }

    var typeName: String { "Microsoft.Exchange.Data.ByteQuantifiedSize" }
    var propertyNames: [String] { ["Value", "IsUnlimited"] }

    func getProperty(_ name: NameKey, session: Session) -> Value? {
        switch name.folded {
        case "value": return .native(self)
        case "isunlimited": return .bool(false)
        default: return nil
        }
    }

    func invokeMethod(_ name: NameKey, _ args: [Value], session: Session) throws -> Value? {
        switch name.folded {
        case "tostring": return .string(toString())
        case "tobytes": return .long(Int64(bytes))
        case "tokb": return .long(Int64(bytes >> 10))
        case "tomb": return .long(Int64(bytes >> 20))
        case "togb": return .long(Int64(bytes >> 30))
        case "totb": return .long(Int64(bytes >> 40))
        default: return nil
        }
    }

    func toString() -> String { Self.text(bytes) }

    /// Four significant digits in the largest unit that keeps the number under 1024, trailing
    /// zeros dropped, then the exact count: `864 KB (884,736 bytes)`, `6.065 GB (6,512,255,010 bytes)`.
    static func text(_ bytes: UInt64) -> String {
        let units = ["B", "KB", "MB", "GB", "TB"]
        var value = Double(bytes), unit = 0
        while value >= 1024, unit < units.count - 1 { value /= 1024; unit += 1 }
        let digits = value >= 100 ? 1 : (value >= 10 ? 2 : 3)
        var number = String(format: "%.\(digits)f", value)
        if number.contains(".") {
            while number.hasSuffix("0") { number.removeLast() }
            if number.hasSuffix(".") { number.removeLast() }
        }
        if value >= 1000 { number = String(format: "%.0f", value) }
        let grouped = NumberFormatter.localizedString(from: NSNumber(value: bytes), number: .decimal)
        return "\(number) \(units[unit]) (\(grouped.replacingOccurrences(of: "\u{a0}", with: ",")) bytes)"
    }
}

/// Mailbox statistics: plausible sizes and counts generated from the mailbox's id, so the same
/// mailbox always reports the same numbers (the lab stores no mail in mailboxes).
enum MailboxStatistics {
    static let type = "Microsoft.Exchange.Management.MapiTasks.Presentation.MailboxStatistics"
    static let exoType = "Microsoft.Exchange.Management.RestApiClient.ExoMailboxStatistics"

    struct Numbers {
        var totalItemSize: UInt64
        var itemCount: Int
        var deletedItemCount: Int
        var totalDeletedItemSize: UInt64
        var associatedItemCount: Int
        var lastLogonTime: Date?
    }

    static func numbers(_ r: Recipient, now: Date) -> Numbers {
        var seed: UInt64 = 0xcbf2_9ce4_8422_2325
        withUnsafeBytes(of: r.id.uuid) { for b in $0 { seed = (seed ^ UInt64(b)) &* 0x0000_0100_0000_01b3 } }
        func next() -> UInt64 {
            seed = seed &+ 0x9e37_79b9_7f4a_7c15
            var z = seed
            z = (z ^ (z >> 30)) &* 0xbf58_476d_1ce4_e5b9
            z = (z ^ (z >> 27)) &* 0x94d0_49bb_1331_11eb
            return z ^ (z >> 31)
        }
        let shared = r.recipientTypeDetails.isUnlicensedMailboxKind
        let size = (shared ? 15_000_000 : 60_000_000) + next() % (shared ? 3_000_000_000 : 9_000_000_000)
        let perItem = 35_000 + next() % 90_000
        let items = Int(size / perItem)
        let deleted = items / Int(12 + next() % 40)
        let deletedSize = UInt64(deleted) * (20_000 + next() % 60_000)
        let associated = Int(20 + next() % 400)
        // users sign in within the last two weeks; nobody signs in to a shared mailbox
        let logon = shared ? nil : now.addingTimeInterval(-Double(600 + next() % (14 * 86_400)))
        return Numbers(totalItemSize: size, itemCount: items, deletedItemCount: deleted, totalDeletedItemSize: deletedSize,
                       associatedItemCount: associated, lastLogonTime: logon.map { Date(timeIntervalSince1970: $0.timeIntervalSince1970.rounded(.down)) })
    }

    /// Every property, in Get-MailboxStatistics' order.
    static func properties(_ tenant: Tenant, _ r: Recipient) -> [(String, Value)] {
        let n = numbers(r, now: tenant.clock.now())
        return [
            ("DisplayName", .string(r.displayName)),
            ("ItemCount", .int(n.itemCount)),
            ("StorageLimitStatus", .null),
            ("LastLogonTime", n.lastLogonTime.map(Emit.dateTime) ?? .null),
            ("LastLogoffTime", n.lastLogonTime.map { Emit.dateTime($0.addingTimeInterval(3_600)) } ?? .null),
            ("TotalItemSize", .native(ByteQuantifiedSizeObject(n.totalItemSize))),
            ("TotalDeletedItemSize", .native(ByteQuantifiedSizeObject(n.totalDeletedItemSize))),
            ("DeletedItemCount", .int(n.deletedItemCount)),
            ("AssociatedItemCount", .int(n.associatedItemCount)),
            ("MailboxGuid", .guid(r.id)),
            ("MailboxTypeDetail", .string(r.recipientTypeDetails.rawValue)),
            ("IsArchiveMailbox", .bool(false)),
            ("DatabaseName", .string("NAMPR00DG001-db001")),
            ("ServerName", .string("nampr00mb0001")),
        ]
    }

    static func object(_ tenant: Tenant, _ r: Recipient) -> Value {
        Emit.object(type, properties(tenant, r), toString: r.displayName)
    }

    /// Get-EXOMailboxStatistics: the Minimum property set (Microsoft's "cmdlet property sets"
    /// page), plus what -Properties names (or everything with -PropertySets All).
    static let minimum = ["DeletedItemCount", "DisplayName", "ItemCount", "MailboxGuid", "TotalDeletedItemSize", "TotalItemSize"]

    static func exoObject(_ tenant: Tenant, _ r: Recipient, extra: [String], all: Bool) -> Value {
        let props = properties(tenant, r)
        let wanted = Set((minimum + extra).map { $0.lowercased() })
        let chosen = all ? props : minimum.compactMap { m in props.first { $0.0 == m } }
            + props.filter { p in wanted.contains(p.0.lowercased()) && !minimum.contains(p.0) }
        return Emit.object(exoType, chosen, toString: r.displayName)
    }
}
