/// A set of service plans of one catalog, as a fixed-size bit set indexed by `ServicePlan.index`.
/// Rule checks (exclusions, prerequisites, prohibited locations) run per member of a group, so they
/// must not allocate: four machine words hold every plan of the catalog (checked by a test).
public struct PlanSet: Hashable, Sendable {
    public static let capacity = 256
    private var w0: UInt64 = 0, w1: UInt64 = 0, w2: UInt64 = 0, w3: UInt64 = 0

    public init() {}

    public init<S: Sequence>(_ indices: S) where S.Element == Int {
        for i in indices { insert(i) }
    }

    public var isEmpty: Bool { (w0 | w1 | w2 | w3) == 0 }

    public var count: Int {
        w0.nonzeroBitCount + w1.nonzeroBitCount + w2.nonzeroBitCount + w3.nonzeroBitCount
    }

    public func contains(_ index: Int) -> Bool {
        guard index >= 0, index < Self.capacity else { return false }
        let bit = UInt64(1) << UInt64(index & 63)
        switch index >> 6 {
        case 0: return w0 & bit != 0
        case 1: return w1 & bit != 0
        case 2: return w2 & bit != 0
        default: return w3 & bit != 0
        }
    }

    public mutating func insert(_ index: Int) {
        guard index >= 0, index < Self.capacity else { return }
        let bit = UInt64(1) << UInt64(index & 63)
        switch index >> 6 {
        case 0: w0 |= bit
        case 1: w1 |= bit
        case 2: w2 |= bit
        default: w3 |= bit
        }
    }

    public mutating func remove(_ index: Int) {
        guard index >= 0, index < Self.capacity else { return }
        let mask = ~(UInt64(1) << UInt64(index & 63))
        switch index >> 6 {
        case 0: w0 &= mask
        case 1: w1 &= mask
        case 2: w2 &= mask
        default: w3 &= mask
        }
    }

    public func union(_ other: PlanSet) -> PlanSet {
        var r = self
        r.formUnion(other)
        return r
    }

    public mutating func formUnion(_ other: PlanSet) {
        w0 |= other.w0; w1 |= other.w1; w2 |= other.w2; w3 |= other.w3
    }

    public func intersection(_ other: PlanSet) -> PlanSet {
        var r = self
        r.w0 &= other.w0; r.w1 &= other.w1; r.w2 &= other.w2; r.w3 &= other.w3
        return r
    }

    public func subtracting(_ other: PlanSet) -> PlanSet {
        var r = self
        r.w0 &= ~other.w0; r.w1 &= ~other.w1; r.w2 &= ~other.w2; r.w3 &= ~other.w3
        return r
    }

    public func isDisjoint(with other: PlanSet) -> Bool { intersection(other).isEmpty }

    /// The plan indices in increasing order.
    public var indices: [Int] {
        var result: [Int] = []
        result.reserveCapacity(count)
        for (wordIndex, word) in [w0, w1, w2, w3].enumerated() {
            var w = word
            while w != 0 {
                let bit = w.trailingZeroBitCount
                result.append(wordIndex * 64 + bit)
                w &= w - 1
            }
        }
        return result
    }
}
