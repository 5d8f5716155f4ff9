import Testing
@testable import PowerShellRuntime

/// PSHashtable searches a small table's keys in a list and indexes a large one: both must give
/// the same answers, across the change and after removals.
@Suite struct HashtableTests {
    @Test func keysCompareWithoutCaseAcrossTheSmallAndIndexedForms() {
        let h = PSHashtable(ordered: true)
        for i in 0..<40 { h[.string("Key\(i)")] = .int(i) }
        for i in 0..<40 {
            #expect(h[.string("KEY\(i)")] == .int(i))
            #expect(h.value(foldedKey: "key\(i)") == .int(i))
        }
        #expect(h.count == 40)
        #expect(h.storedKey(.string("key7")) == .string("Key7"))
        h[.string("kEy3")] = .string("replaced")
        #expect(h.count == 40 && h[.string("Key3")] == .string("replaced"))
    }

    @Test func removingKeepsTheOrderAndTheLookupsOfTheRest() {
        for size in [5, 8, 9, 30] {
            let h = PSHashtable(ordered: true)
            for i in 0..<size { h[.int(i)] = .string("v\(i)") }
            h[.int(2)] = nil
            h[.int(size - 1)] = nil
            let expected = (0..<size).filter { $0 != 2 && $0 != size - 1 }
            #expect(h.keys == expected.map { .int($0) })
            for i in expected { #expect(h[.long(Int64(i))] == .string("v\(i)")) }
            #expect(h[.int(2)] == nil)
            h[.int(2)] = .string("back")
            #expect(h.keys.last == .int(2) && h[.int(2)] == .string("back"))
        }
    }

    @Test func aDuplicateKeyIsRefusedByInsertNew() {
        let h = PSHashtable(ordered: false, capacity: 2)
        #expect(h.insertNew(.string("Name"), .int(1)))
        #expect(!h.insertNew(.string("NAME"), .int(2)))
        #expect(h.count == 1 && h[.string("name")] == .int(1))
    }

    @Test func aCopyChangesIndependently() {
        let h = PSHashtable()
        for i in 0..<12 { h[.string("k\(i)")] = .int(i) }
        let c = h.copy()
        c[.string("k0")] = nil
        c[.string("extra")] = .int(99)
        #expect(h.count == 12 && h[.string("k0")] == .int(0) && h[.string("extra")] == nil)
        #expect(c.count == 12 && c[.string("K11")] == .int(11))
    }
}
