import Foundation
import Licensing

/// "What did this script change": the differences between two states of a tenant that a license
/// administrator cares about, in a stable order (users in the later state's order, then products).
public struct TenantDiff: Equatable, Sendable {
    public enum Change: String, Sendable, CaseIterable {
        case userAdded = "UserAdded"
        case userDeleted = "UserDeleted"
        case userRestored = "UserRestored"
        case userRemoved = "UserRemoved"
        case licenseAdded = "LicenseAdded"
        case licenseRemoved = "LicenseRemoved"
        case errorAppeared = "ErrorAppeared"
        case errorResolved = "ErrorResolved"
        case seatsChanged = "SeatsChanged"
        case unitsChanged = "UnitsChanged"
        case mailSent = "MailSent"
    }

    public struct Entry: Equatable, Sendable {
        public var change: Change
        /// The user's UPN, the product's part number for seat and unit changes, the sender for mail.
        public var target: String
        /// The product's part number ("" for user changes).
        public var sku: String
        /// Sources, error codes, counts.
        public var detail: String
    }

    public var entries: [Entry]

    public var isEmpty: Bool { entries.isEmpty }

    public init(from before: TenantSnapshot, to after: TenantSnapshot, catalog: Catalog = .standard) {
        var entries: [Entry] = []
        let groupNames = Dictionary((before.groups + after.groups).map { ($0.objectId, $0.displayName) },
                                    uniquingKeysWith: { _, new in new })
        func part(_ sku: UUID) -> String { catalog.product(skuId: sku)?.partNumber ?? sku.lowercasedString }
        func sourceText(_ s: AssignmentSource) -> String {
            guard let g = s.groupId else { return "direct" }
            return "group \(groupNames[g] ?? g.lowercasedString)"
        }
        /// Applied products with their sources; errors as (product, source, code).
        func licenses(_ u: User?) -> [(UUID, [String])] {
            guard let u, !u.isDeleted else { return [] }
            var result: [(UUID, [String])] = []
            for r in u.records where r.isApplied {
                if let i = result.firstIndex(where: { $0.0 == r.skuId }) { result[i].1.append(sourceText(r.source)) }
                else { result.append((r.skuId, [sourceText(r.source)])) }
            }
            return result
        }
        func errors(_ u: User?) -> [(UUID, String, String)] {
            guard let u else { return [] }
            return u.records.filter { $0.error != .none }.map { ($0.skuId, sourceText($0.source), $0.error.rawValue) }
        }
        let old = Dictionary(before.users.map { ($0.objectId, $0) }, uniquingKeysWith: { a, _ in a })
        let newIds = Set(after.users.map(\.objectId))
        var users: [(User?, User?)] = after.users.map { (old[$0.objectId], $0) }
        users += before.users.filter { !newIds.contains($0.objectId) }.map { ($0, nil) }
        for (a, b) in users {
            let name = (b ?? a)?.userPrincipalName ?? ""
            switch (a, b) {
            case (nil, _?): entries.append(Entry(change: .userAdded, target: name, sku: "", detail: ""))
            case (_?, nil): entries.append(Entry(change: .userRemoved, target: name, sku: "", detail: "no longer in the tenant"))
            case (let x?, let y?) where !x.isDeleted && y.isDeleted:
                entries.append(Entry(change: .userDeleted, target: name, sku: "", detail: "in the recycle bin"))
            case (let x?, let y?) where x.isDeleted && !y.isDeleted:
                entries.append(Entry(change: .userRestored, target: name, sku: "", detail: ""))
            default: break
            }
            let la = licenses(a), lb = licenses(b)
            for (sku, sources) in lb where !la.contains(where: { $0.0 == sku }) {
                entries.append(Entry(change: .licenseAdded, target: name, sku: part(sku), detail: sources.joined(separator: ", ")))
            }
            for (sku, sources) in la where !lb.contains(where: { $0.0 == sku }) {
                entries.append(Entry(change: .licenseRemoved, target: name, sku: part(sku), detail: sources.joined(separator: ", ")))
            }
            let ea = errors(a), eb = errors(b)
            for e in eb where !ea.contains(where: { $0 == e }) {
                entries.append(Entry(change: .errorAppeared, target: name, sku: part(e.0), detail: "\(e.2) from \(e.1)"))
            }
            for e in ea where !eb.contains(where: { $0 == e }) {
                entries.append(Entry(change: .errorResolved, target: name, sku: part(e.0), detail: "\(e.2) from \(e.1)"))
            }
        }
        let seatsBefore = Self.consumed(before), seatsAfter = Self.consumed(after)
        var skus = after.subscribedSkus.map(\.skuId)
        for s in before.subscribedSkus where !skus.contains(s.skuId) { skus.append(s.skuId) }
        for sku in skus {
            let unitsBefore = before.subscribedSkus.first { $0.skuId == sku }?.enabledUnits ?? 0
            let unitsAfter = after.subscribedSkus.first { $0.skuId == sku }?.enabledUnits ?? 0
            if unitsBefore != unitsAfter {
                entries.append(Entry(change: .unitsChanged, target: part(sku), sku: part(sku), detail: "\(unitsBefore) -> \(unitsAfter) units"))
            }
            let b = seatsBefore[sku] ?? 0, a = seatsAfter[sku] ?? 0
            if a != b {
                entries.append(Entry(change: .seatsChanged, target: part(sku), sku: part(sku),
                                     detail: "\(b) -> \(a) of \(unitsAfter) consumed (\(a > b ? "+" : "")\(a - b))"))
            }
        }
        // mail the script sent (into the lab's outbox), in the order it was sent
        let sentBefore = Set(before.outbox.map(\.id))
        for m in after.outbox where !sentBefore.contains(m.id) {
            let attached = m.attachments.isEmpty ? "" : " (\(m.attachments.count) attachment\(m.attachments.count == 1 ? "" : "s"))"
            entries.append(Entry(change: .mailSent, target: m.from, sku: "",
                                 detail: "to \((m.to + m.cc + m.bcc).joined(separator: ", ")): \(m.subject)\(attached)"))
        }
        self.entries = entries
    }

    static func consumed(_ s: TenantSnapshot) -> [UUID: Int] {
        var counts: [UUID: Int] = [:]
        for u in s.users where !u.isDeleted {
            var seen: [UUID] = []
            for r in u.records where r.isApplied && !seen.contains(r.skuId) {
                seen.append(r.skuId)
                counts[r.skuId, default: 0] += 1
            }
        }
        return counts
    }

    /// A plain-text report (the `--what-if` output): one aligned line per change.
    public func report() -> String {
        guard !entries.isEmpty else { return "No licensing changes.\n" }
        let headers = ["Change", "Target", "Sku", "Detail"]
        let rows = entries.map { [$0.change.rawValue, $0.target, $0.sku, $0.detail] }
        var widths = headers.map(\.count)
        for row in rows { for (i, cell) in row.enumerated() where i < 3 { widths[i] = max(widths[i], cell.count) } }
        func line(_ cells: [String]) -> String {
            cells.enumerated().map { i, c in i < 3 ? c.padding(toLength: widths[i], withPad: " ", startingAt: 0) : c }
                .joined(separator: " ").trimmingTrailingSpaces() + "\n"
        }
        var out = line(headers) + line(widths.enumerated().map { i, w in String(repeating: "-", count: i < 3 ? w : 6) })
        for row in rows { out += line(row) }
        return out
    }
}

extension String {
    func trimmingTrailingSpaces() -> String {
        var s = Substring(self)
        while s.last == " " { s = s.dropLast() }
        return String(s)
    }
}
