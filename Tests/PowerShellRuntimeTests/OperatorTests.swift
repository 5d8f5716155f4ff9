import Testing
import Foundation
@testable import PowerShellRuntime

/// The examples of docs/sources.md "Operators and pipelines" (PowerShell language spec §7.8 and
/// about_* topics).
@Suite("Operators")
struct OperatorTests {
    func eq(_ a: Value, _ b: Value) throws -> Value { try Operators.comparison(.eq, a, b, caseSensitive: false) }
    func items(_ v: Value) -> [Value] { v.enumerated() ?? [v] }
    func arr(_ v: Value...) -> Value { .array(PSArray(v)) }

    @Test func leftOperandDecidesComparison() throws {
        #expect(try eq(.int(10), .string("010")) == .bool(true))
        #expect(try eq(.string("010"), .int(10)) == .bool(false))
        #expect(try eq(.int(1), .string("1.0")) == .bool(true))
        #expect(try eq(.string("1.0"), .int(1)) == .bool(false))
    }

    @Test func collectionOnTheLeftFilters() throws {
        let r = try Operators.comparison(.ne, arr(.int(0), .int(1), .int(30)), .bool(true), caseSensitive: false)
        #expect(items(r) == [.int(0), .int(30)])
        let r2 = try eq(arr(.int(0), .string("00")), .string("0"))
        #expect(items(r2) == [.int(0)])
        let none = try eq(arr(.int(1), .int(2)), .int(3))
        #expect(none.typeName == "System.Object[]" && items(none).isEmpty)
    }

    @Test func containmentUsesEachElementsType() {
        #expect(Operators.contains(arr(.int(10), .int(20), .int(30)), .string("10"), caseSensitive: false))
        #expect(Operators.contains(arr(.string("10"), .int(20), .int(30)), .int(10), caseSensitive: false))
        #expect(!Operators.contains(arr(.string("010"), .int(20), .int(30)), .int(10), caseSensitive: false))
        #expect(!Operators.contains(arr(.string("Red"), .int(20), .int(30)), .string("RED"), caseSensitive: true))
    }

    @Test func nullPlacementMatters() throws {
        let filtered = try Operators.comparison(.ne, arr(.int(1), .null, .int(2)), .null, caseSensitive: false)
        #expect(items(filtered) == [.int(1), .int(2)])
        #expect(try Operators.arithmetic(.mul, .null, .int(5)) == .null)
        #expect(try Operators.arithmetic(.mul, .int(5), .null) == .int(0))
    }

    @Test func arithmeticFollowsTheLeftOperand() throws {
        #expect(try Operators.arithmetic(.add, .string("42"), .int(1)) == .string("421"))
        #expect(try Operators.arithmetic(.add, .int(42), .string("1")) == .int(43))
        #expect(try Operators.arithmetic(.mul, .string("x"), .int(3)) == .string("xxx"))
        #expect(try Operators.arithmetic(.div, .int(5), .int(2)) == .double(2.5))
        #expect(try Operators.arithmetic(.div, .int(4), .int(2)) == .int(2))
        #expect(try Operators.arithmetic(.mod, .int(7), .int(3)) == .int(1))
    }

    @Test func int32OverflowWidensToDouble() throws {
        #expect(try Operators.arithmetic(.add, .int(Int(Int32.max)), .int(1)) == .double(2147483648))
    }

    @Test func arrayAndHashtableAddition() throws {
        let r = try Operators.arithmetic(.add, arr(.int(1)), arr(.int(2), .int(3)))
        #expect(items(r) == [.int(1), .int(2), .int(3)])
        let h1 = PSHashtable(); h1["a"] = .int(1)
        let h2 = PSHashtable(); h2["b"] = .int(2)
        guard case .hashtable(let h) = try Operators.arithmetic(.add, .hashtable(h1), .hashtable(h2)) else { Issue.record("not a hashtable"); return }
        #expect(h.count == 2)
        #expect(throws: RuntimeError.self) { try Operators.arithmetic(.add, .hashtable(h1), .hashtable(h1)) }
    }

    @Test func rangesAscendDescendAndCoverCharacters() throws {
        #expect(try Operators.range(.int(1), .int(3)) == [.int(1), .int(2), .int(3)])
        #expect(try Operators.range(.int(3), .int(1)) == [.int(3), .int(2), .int(1)])
        #expect(try Operators.range(.string("a"), .string("c")).map { LanguagePrimitives.toString($0) } == ["a", "b", "c"])
    }

    @Test func likeIsCaseInsensitiveUnlessC() {
        #expect(Operators.like(.string("abc"), .string("A*"), caseSensitive: false, negate: false) == .bool(true))
        #expect(Operators.like(.string("abc"), .string("A*"), caseSensitive: true, negate: false) == .bool(false))
    }

    @Test func matchSetsMatchesOnlyForScalars() throws {
        let (r, m) = try Operators.match(.string("user@contoso.com"), .string("^(?<alias>[^@]+)@"), caseSensitive: false, negate: false)
        #expect(r == .bool(true))
        #expect(m?["alias"] == .string("user"))
        #expect(m?[.int(0)] == .string("user@"))
        let (r2, m2) = try Operators.match(arr(.string("SMTP:a"), .string("sip:b")), .string("^smtp:"), caseSensitive: false, negate: false)
        #expect(items(r2) == [.string("SMTP:a")])
        #expect(m2 == nil)
    }

    @Test func joinAndFormat() throws {
        #expect(Operators.join(arr(.int(1), .int(2), .int(3)), .string(",")) == .string("1,2,3"))
        #expect(try Operators.format("{0,-6}|{1,4}", [.string("ab"), .int(7)]) == "ab    |   7")
    }

    @Test func isAndAs() throws {
        let types = TypeRegistry()
        #expect(try Operators.isType(.string("x"), .type(PSTypeInfo(fullName: "System.String")), types: types))
        #expect(try Operators.asType(.string("abc"), .type(PSTypeInfo(fullName: "System.Int32")), types: types) == .null)
        #expect(throws: RuntimeError.self) { try Operators.isType(.string("Hello"), .string("foo"), types: types) }
    }
}
