import Foundation
import Licensing

/// The bytes of one stored row. Users and recipients (100,000 of each in a large tenant) use a
/// compact binary layout: decoding them is most of the time to open a tenant, and JSON was several
/// times slower. Everything else is JSON (few rows, readable with the sqlite3 shell).
/// Users: layout version 2 (version 1, without directory attributes, is still read);
/// recipients: layout version 1. The reader rejects anything it does not understand instead of
/// trapping.
enum RowCodec {
    static let version: UInt8 = 2
    /// Users written before directory attributes were stored.
    static let versionWithoutAttributes: UInt8 = 1
    static let recipientVersion: UInt8 = 1

    struct Malformed: Error, CustomStringConvertible {
        var what: String
        var description: String { "malformed stored \(what)" }
    }

    // MARK: Users

    static func encode(_ u: User) -> [UInt8] {
        var w = ByteWriter()
        w.u8(version)
        w.uuid(u.objectId)
        w.string(u.userPrincipalName)
        w.string(u.displayName)
        w.optionalString(u.usageLocation)
        w.u8((u.accountEnabled ? 1 : 0) | (u.isDeleted ? 2 : 0) | (u.deletedDateTime != nil ? 4 : 0) | (u.mailboxId != nil ? 8 : 0))
        if let d = u.deletedDateTime { w.date(d) }
        w.date(u.createdDateTime)
        if let m = u.mailboxId { w.uuid(m) }
        w.count(u.records.count)
        for r in u.records {
            w.uuid(r.skuId)
            if let g = r.source.groupId { w.u8(1); w.uuid(g) } else { w.u8(0) }
            w.u8(stateCode(r.state))
            w.u8(errorCode(r.error))
            w.date(r.lastUpdatedDateTime)
            w.count(r.disabledPlans.count)
            for p in r.disabledPlans { w.uuid(p) }
        }
        w.count(u.memberOf.count)
        for g in u.memberOf { w.uuid(g) }
        w.count(u.attributes.count)
        for (k, v) in u.attributes.sorted(by: { $0.key < $1.key }) { w.string(k); w.string(v) }
        return w.bytes
    }

    static func decodeUser(_ bytes: [UInt8]) throws -> User {
        var r = ByteReader(bytes)
        let layout = try r.u8()
        guard layout == version || layout == versionWithoutAttributes else { throw Malformed(what: "user (unknown layout)") }
        let id = try r.uuid()
        let upn = try r.string(), name = try r.string(), location = try r.optionalString()
        let flags = try r.u8()
        let deleted = flags & 4 != 0 ? try r.date() : nil
        let created = try r.date()
        let mailbox = flags & 8 != 0 ? try r.uuid() : nil
        var records: [AssignmentRecord] = []
        let n = try r.count()
        records.reserveCapacity(n)
        for _ in 0..<n {
            let sku = try r.uuid()
            let source: AssignmentSource = try r.u8() == 1 ? .group(try r.uuid()) : .direct
            let state = try state(try r.u8()), error = try error(try r.u8())
            let date = try r.date()
            let k = try r.count()
            var plans: [UUID] = []
            plans.reserveCapacity(k)
            for _ in 0..<k { plans.append(try r.uuid()) }
            records.append(AssignmentRecord(skuId: sku, source: source, disabledPlans: plans, state: state, error: error,
                                            lastUpdatedDateTime: date))
        }
        let m = try r.count()
        var memberOf: [UUID] = []
        memberOf.reserveCapacity(m)
        for _ in 0..<m { memberOf.append(try r.uuid()) }
        var attributes: [String: String] = [:]
        if layout >= version {
            let a = try r.count()
            for _ in 0..<a { let k = try r.string(); attributes[k] = try r.string() }
        }
        guard r.atEnd else { throw Malformed(what: "user (trailing bytes)") }
        return User(objectId: id, userPrincipalName: upn, displayName: name, usageLocation: location,
                    accountEnabled: flags & 1 != 0, isDeleted: flags & 2 != 0, deletedDateTime: deleted,
                    createdDateTime: created, records: records, memberOf: memberOf, mailboxId: mailbox,
                    attributes: attributes)
    }

    // MARK: Recipients

    static func encode(_ x: Recipient) -> [UInt8] {
        var w = ByteWriter()
        w.u8(recipientVersion)
        w.uuid(x.id)
        w.u8(x.externalDirectoryObjectId != nil ? 1 : 0)
        if let o = x.externalDirectoryObjectId { w.uuid(o) }
        w.string(x.name)
        w.string(x.displayName)
        w.string(x.alias)
        w.string(x.recipientType.rawValue)
        w.string(x.recipientTypeDetails.rawValue)
        w.count(x.emailAddresses.count)
        for a in x.emailAddresses { w.string(a.prefix); w.string(a.address) }
        w.optionalString(x.externalEmailAddress)
        return w.bytes
    }

    static func decodeRecipient(_ bytes: [UInt8]) throws -> Recipient {
        var r = ByteReader(bytes)
        guard try r.u8() == recipientVersion else { throw Malformed(what: "recipient (unknown layout)") }
        let id = try r.uuid()
        let object = try r.u8() == 1 ? try r.uuid() : nil
        let name = try r.string(), display = try r.string(), alias = try r.string()
        guard let type = RecipientType(rawValue: try r.string()), let details = RecipientType(rawValue: try r.string()) else {
            throw Malformed(what: "recipient type")
        }
        let n = try r.count()
        var addresses: [ProxyAddress] = []
        for _ in 0..<n { addresses.append(ProxyAddress(prefix: try r.string(), address: try r.string())) }
        let external = try r.optionalString()
        guard r.atEnd else { throw Malformed(what: "recipient (trailing bytes)") }
        return Recipient(id: id, externalDirectoryObjectId: object, name: name, displayName: display, alias: alias,
                         recipientType: type, recipientTypeDetails: details, emailAddresses: addresses,
                         externalEmailAddress: external)
    }

    private static func stateCode(_ s: AssignmentState) -> UInt8 {
        switch s { case .active: 0; case .activeWithError: 1; case .error: 2 }
    }

    private static func state(_ c: UInt8) throws -> AssignmentState {
        switch c { case 0: .active; case 1: .activeWithError; case 2: .error; default: throw Malformed(what: "record state") }
    }

    private static func errorCode(_ e: AssignmentError) -> UInt8 { UInt8(AssignmentError.allCases.firstIndex(of: e) ?? 0) }

    private static func error(_ c: UInt8) throws -> AssignmentError {
        let all = AssignmentError.allCases
        guard Int(c) < all.count else { throw Malformed(what: "record error") }
        return all[Int(c)]
    }

    // MARK: JSON rows

    static func json<T: Encodable>(_ value: T) throws -> Data {
        let e = JSONEncoder()
        e.outputFormatting = [.sortedKeys]
        return try e.encode(value)
    }

    static func fromJSON<T: Decodable>(_ type: T.Type, _ data: Data) throws -> T { try JSONDecoder().decode(type, from: data) }

    /// What is wrong with a stored value, in words (not Swift's DecodingError dump).
    static func plainDescription(_ error: Error) -> String {
        switch error {
        case let e as Malformed: return e.description
        case let e as DecodingError:
            func path(_ c: DecodingError.Context) -> String {
                let keys = c.codingPath.map { $0.intValue.map { "[\($0)]" } ?? $0.stringValue }.joined(separator: ".")
                return keys.isEmpty ? "the value" : "'\(keys)'"
            }
            switch e {
            case .dataCorrupted(let c): return "not valid JSON at \(path(c))"
            case .keyNotFound(let key, let c): return "'\(key.stringValue)' is missing in \(path(c))"
            case .typeMismatch(let type, let c): return "\(path(c)) is not a \(type)"
            case .valueNotFound(let type, let c): return "\(path(c)) has no \(type) value"
            @unknown default: return "not readable"
            }
        default:
            let text = "\(error)"
            // GRDB: "could not decode UUID from database value Data(2 bytes) - column: ..."
            if let r = text.range(of: " - column:") { return String(text[..<r.lowerBound]) }
            return text
        }
    }
}

/// A group as stored: everything but its members, which have their own table (adding one member
/// to a 100,000-member group writes one row, not the whole list).
struct StoredGroup: Codable {
    var objectId: UUID
    var displayName: String
    var description: String?
    var securityEnabled: Bool
    var mailEnabled: Bool
    var mailNickname: String?
    var createdDateTime: Date
    var memberGroups: [UUID]
    var licenses: [GroupLicense]
    var processingState: LicenseProcessingState?
    // dynamic groups (absent in rows written before them)
    var groupTypes: [String]?
    var membershipRule: String?
    var membershipRuleProcessingState: String?

    init(_ g: Group) {
        objectId = g.objectId; displayName = g.displayName; description = g.description
        securityEnabled = g.securityEnabled; mailEnabled = g.mailEnabled; mailNickname = g.mailNickname
        createdDateTime = g.createdDateTime; memberGroups = g.memberGroups.elements; licenses = g.licenses
        processingState = g.processingState
        groupTypes = g.groupTypes.isEmpty ? nil : g.groupTypes
        membershipRule = g.membershipRule
        membershipRuleProcessingState = g.membershipRuleProcessingState
    }

    func group(members: OrderedIDSet) -> Group {
        Group(objectId: objectId, displayName: displayName, description: description, securityEnabled: securityEnabled,
              mailEnabled: mailEnabled, mailNickname: mailNickname, createdDateTime: createdDateTime, members: members,
              memberGroups: OrderedIDSet(memberGroups), licenses: licenses, processingState: processingState,
              groupTypes: groupTypes ?? [], membershipRule: membershipRule, membershipRuleProcessingState: membershipRuleProcessingState)
    }
}

struct ByteWriter {
    var bytes: [UInt8] = []

    init() { bytes.reserveCapacity(256) }

    mutating func u8(_ v: UInt8) { bytes.append(v) }

    mutating func count(_ n: Int) {
        var v = UInt64(n)
        while v >= 0x80 { bytes.append(UInt8(v & 0x7F) | 0x80); v >>= 7 }
        bytes.append(UInt8(v))
    }

    mutating func uuid(_ id: UUID) {
        withUnsafeBytes(of: id.uuid) { bytes.append(contentsOf: $0) }
    }

    mutating func date(_ d: Date) {
        let bits = d.timeIntervalSinceReferenceDate.bitPattern
        for i in 0..<8 { bytes.append(UInt8(truncatingIfNeeded: bits >> (8 * UInt64(i)))) }
    }

    mutating func string(_ s: String) {
        var s = s
        s.withUTF8 { count($0.count); bytes.append(contentsOf: $0) }
    }

    mutating func optionalString(_ s: String?) {
        if let s { u8(1); string(s) } else { u8(0) }
    }
}

struct ByteReader {
    let bytes: [UInt8]
    var offset = 0

    init(_ bytes: [UInt8]) { self.bytes = bytes }

    var atEnd: Bool { offset == bytes.count }

    mutating func u8() throws -> UInt8 {
        guard offset < bytes.count else { throw RowCodec.Malformed(what: "row (truncated)") }
        defer { offset += 1 }
        return bytes[offset]
    }

    mutating func count() throws -> Int {
        var v: UInt64 = 0, shift: UInt64 = 0
        while true {
            let b = try u8()
            v |= UInt64(b & 0x7F) << shift
            if b < 0x80 { break }
            shift += 7
            guard shift < 35 else { throw RowCodec.Malformed(what: "row (count)") }
        }
        guard v <= UInt64(bytes.count - offset) * 8 + 64 else { throw RowCodec.Malformed(what: "row (count)") }
        return Int(v)
    }

    mutating func take(_ n: Int) throws -> ArraySlice<UInt8> {
        guard n >= 0, bytes.count - offset >= n else { throw RowCodec.Malformed(what: "row (truncated)") }
        defer { offset += n }
        return bytes[offset..<offset + n]
    }

    mutating func uuid() throws -> UUID {
        let s = try take(16)
        let b = Array(s)
        return UUID(uuid: (b[0], b[1], b[2], b[3], b[4], b[5], b[6], b[7], b[8], b[9], b[10], b[11], b[12], b[13], b[14], b[15]))
    }

    mutating func date() throws -> Date {
        let s = try take(8)
        var bits: UInt64 = 0
        for (i, b) in s.enumerated() { bits |= UInt64(b) << (8 * UInt64(i)) }
        return Date(timeIntervalSinceReferenceDate: Double(bitPattern: bits))
    }

    mutating func string() throws -> String {
        let n = try count()
        return String(decoding: try take(n), as: UTF8.self)
    }

    mutating func optionalString() throws -> String? {
        try u8() == 1 ? try string() : nil
    }
}
