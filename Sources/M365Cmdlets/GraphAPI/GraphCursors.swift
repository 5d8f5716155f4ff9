import Foundation
import Licensing

/// `$skiptoken`s (docs/graph-server.md, "Paging"). A listing of users, groups or members keeps the
/// ids it had when its first page was read, and each `@odata.nextLink` names a place in that
/// list: the next page continues where the last one ended whatever changed in between, as
/// Graph's cursors do. A loop that removes each user of a page from the listing (a license
/// clean-up that filters on the license) therefore still meets every user; a user deleted
/// meanwhile is left out of its page. A token this process did not make (or one it has
/// forgotten: it keeps the newest 64 listings) gets Graph's "Invalid Skip Token".
final class GraphCursors: @unchecked Sendable {
    static let shared = GraphCursors()
    static let capacity = 64

    private let lock = NSLock()
    private var lists: [UInt64: [UUID]] = [:]
    private var order: [UInt64] = []
    /// Listing ids: unpredictable, so one client cannot guess another's listing.
    private var generator = SplitMix64(seed: UInt64.random(in: .min ... .max))

    /// A token for `offset` in a listing of `ids` (nil: a short collection paged by position).
    func token(for ids: [UUID]?, listId: UInt64?, offset: Int) -> (token: String, listId: UInt64) {
        lock.lock()
        defer { lock.unlock() }
        var id = listId ?? 0
        if let ids, listId == nil {
            id = generator.next() | 1   // never 0, which names a positional token
            lists[id] = ids
            order.append(id)
            if order.count > Self.capacity { lists[order.removeFirst()] = nil }
        }
        return ("X'" + Self.hex(id, digits: 16) + Self.hex(UInt64(offset), digits: 8) + "'", id)
    }

    /// The listing and position a token names; nil for one this process does not know.
    func resolve(_ token: String) -> (ids: [UUID]?, listId: UInt64, offset: Int)? {
        let bytes = Array(token.utf8)
        guard bytes.count == 27, bytes[0] == UInt8(ascii: "X"), bytes[1] == UInt8(ascii: "'"), bytes[26] == UInt8(ascii: "'"),
              let id = UInt64(String(decoding: bytes[2..<18], as: UTF8.self), radix: 16),
              let offset = Int(String(decoding: bytes[18..<26], as: UTF8.self), radix: 16) else { return nil }
        if id == 0 { return (nil, 0, offset) }
        lock.lock()
        defer { lock.unlock() }
        guard let ids = lists[id] else { return nil }
        return (ids, id, offset)
    }

    private static func hex(_ value: UInt64, digits: Int) -> String {
        let text = String(value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, digits - text.count)) + text
    }

}
