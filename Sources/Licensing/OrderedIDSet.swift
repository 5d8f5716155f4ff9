import Foundation

/// Ids in insertion order with O(1) membership, append and (amortised) removal: group members are
/// evaluated in membership order, and groups can have a million members.
public struct OrderedIDSet: Sendable, Equatable, Codable, Sequence {
    private var slots: [UUID?] = []
    private var position: [UUID: Int] = [:]

    public init() {}

    public init<S: Sequence>(_ ids: S) where S.Element == UUID {
        for id in ids { append(id) }
    }

    public var count: Int { position.count }
    public var isEmpty: Bool { position.isEmpty }

    public func contains(_ id: UUID) -> Bool { position[id] != nil }

    /// Appends `id` unless present; returns whether it was added.
    @discardableResult
    public mutating func append(_ id: UUID) -> Bool {
        guard position[id] == nil else { return false }
        position[id] = slots.count
        slots.append(id)
        return true
    }

    @discardableResult
    public mutating func remove(_ id: UUID) -> Bool {
        guard let i = position.removeValue(forKey: id) else { return false }
        slots[i] = nil
        if slots.count > 32 && position.count * 2 < slots.count { compact() }
        return true
    }

    public mutating func removeAll() {
        slots.removeAll()
        position.removeAll()
    }

    private mutating func compact() {
        slots = slots.filter { $0 != nil }
        for (i, id) in slots.enumerated() { if let id { position[id] = i } }
    }

    public var elements: [UUID] { slots.compactMap { $0 } }

    public func makeIterator() -> some IteratorProtocol<UUID> {
        slots.lazy.compactMap { $0 }.makeIterator()
    }

    public static func == (a: OrderedIDSet, b: OrderedIDSet) -> Bool { a.elements == b.elements }

    public init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        self.init(try container.decode([UUID].self))
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(elements)
    }
}
