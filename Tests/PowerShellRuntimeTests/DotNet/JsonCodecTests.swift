import Foundation
import Testing
@testable import PowerShellRuntime

@Suite struct JsonCodecTests {
    @Test func compressedOutputMatchesConvertToJson() {
        let v = JsonValue.object([("UPN", .string("ann@contoso.com")), ("Sku", .string("contoso:ENTERPRISEPACK"))])
        #expect(JsonCodec.serialize(v, compress: true) == #"{"UPN":"ann@contoso.com","Sku":"contoso:ENTERPRISEPACK"}"#)
    }

    @Test func indentedOutputUsesTwoSpacesAndOneElementPerLine() {
        let v = JsonValue.object([
            ("a", .number("1")),
            ("b", .array([.number("1"), .string("x")])),
            ("c", .object([])),
            ("d", .array([])),
            ("e", .object([("f", .null), ("g", .bool(true))])),
        ])
        let expected = """
        {
          "a": 1,
          "b": [
            1,
            "x"
          ],
          "c": {},
          "d": [],
          "e": {
            "f": null,
            "g": true
          }
        }
        """
        #expect(JsonCodec.serialize(v, compress: false) == expected)
        #expect(JsonCodec.serialize(.array([]), compress: false) == "[]")
        #expect(JsonCodec.serialize(.string("x"), compress: false) == "\"x\"")
    }

    @Test func stringsEscapeQuotesBackslashesAndControlCharacters() {
        #expect(JsonCodec.serialize(.string("a\"b\\c\nd\te\u{1}"), compress: true) == #""a\"b\\c\nd\te\u0001""#)
        #expect(JsonCodec.serialize(.string("é消 <tag> & 'q'"), compress: true) == "\"é消 <tag> & 'q'\"")
    }

    @Test func parseKeepsKeyOrderAndNumberText() throws {
        let v = try JsonCodec.parse(#"{"z": 1, "a": [1.50, -2e3, true, null], "m": {"k": "v\u00e9\n"}}"#)
        #expect(v == .object([
            ("z", .number("1")),
            ("a", .array([.number("1.50"), .number("-2e3"), .bool(true), .null])),
            ("m", .object([("k", .string("vé\n"))])),
        ]))
    }

    @Test func roundTripsThroughSerializeAndParse() throws {
        let v = JsonValue.object([("b", .number("2")), ("a", .array([.string("x\"y"), .object([])])), ("c", .string("😀"))])
        #expect(try JsonCodec.parse(JsonCodec.serialize(v, compress: false)) == v)
        #expect(try JsonCodec.parse(JsonCodec.serialize(v, compress: true)) == v)
    }

    @Test func parseDecodesSurrogatePairEscapes() throws {
        #expect(try JsonCodec.parse(#""\ud83d\ude00""#) == .string("😀"))
    }

    @Test func errorsReportLineAndPosition() {
        do {
            _ = try JsonCodec.parse("{\n  \"a\": x\n}")
            Issue.record("expected an error")
        } catch let e as JsonError {
            #expect(e.line == 2)
            #expect(e.position == 8)
            #expect(e.message == "Unexpected character encountered while parsing value: x. Path 'a', line 2, position 8.")
        } catch { Issue.record("wrong error \(error)") }
        #expect(throws: JsonError.self) { try JsonCodec.parse("") }
        #expect(throws: JsonError.self) { try JsonCodec.parse("[1,") }
        #expect(throws: JsonError.self) { try JsonCodec.parse("{\"a\":1} x") }
        #expect(throws: JsonError.self) { try JsonCodec.parse("\"abc") }
        #expect(throws: JsonError.self) { try JsonCodec.parse("01x") }
    }

    @Test func aLargeDocumentParsesWithEveryElementInOrder() throws {
        // 200,000 elements in one array and 20,000 members in one object: appending to a copied
        // container made this quadratic
        let text = "{\"items\": [" + (0..<200_000).map { "{\"n\": \($0)}" }.joined(separator: ",") + "], \"wide\": {"
            + (0..<20_000).map { "\"k\($0)\": \($0)" }.joined(separator: ",") + "}}"
        guard case .object(let top) = try JsonCodec.parse(text), case .array(let items) = top[0].1, case .object(let wide) = top[1].1 else {
            Issue.record("not the document's shape"); return
        }
        #expect(items.count == 200_000)
        #expect(items[199_999] == .object([("n", .number("199999"))]))
        #expect(wide.count == 20_000 && wide[12_345].0 == "k12345")
    }

    @Test func deepNestingIsRejectedInsteadOfCrashing() {
        let deep = String(repeating: "[", count: 5000) + String(repeating: "]", count: 5000)
        #expect(throws: JsonError.self) { try JsonCodec.parse(deep) }
    }
}

@Suite struct JsonEscapeHandlingTests {
    @Test func defaultLeavesQuotesAndNonAsciiAlone() {
        let v = JsonValue.object([("abc", .string("'def'"))])
        #expect(JsonCodec.serialize(v, compress: false) == "{\n  \"abc\": \"'def'\"\n}")
    }

    @Test func escapeHtmlAndNonAscii() {
        #expect(JsonCodec.serialize(.string("'def' <b>&"), compress: true, escapeHandling: .escapeHtml) == #""\u0027def\u0027 \u003cb\u003e\u0026""#)
        #expect(JsonCodec.serialize(.string("é😀"), compress: true, escapeHandling: .escapeNonAscii) == #""\u00e9\ud83d\ude00""#)
    }
}

@Suite struct JsonValueHelperTests {
    @Test func doublesAlwaysShowADecimalPlace() {
        #expect(JsonCodec.number(1.0) == .number("1.0"))
        #expect(JsonCodec.number(2.5) == .number("2.5"))
        #expect(JsonCodec.number(1e20) == .number("1E+20"))
        #expect(JsonCodec.number(Double.nan) == .string("NaN"))
        #expect(JsonCodec.number(Decimal(3)) == .number("3.0"))
    }

    @Test func datesUseIsoTextWithTheKindSuffix() throws {
        var d = try DotNetDateTime(year: 2026, month: 1, day: 15, hour: 10)
        #expect(JsonCodec.dateText(d) == "2026-01-15T10:00:00")
        d.kind = .utc
        d.ticks += 1_230_000
        #expect(JsonCodec.dateText(d) == "2026-01-15T10:00:00.123Z")
    }

    @Test func isoDateStringsAreRecognisedStrictly() throws {
        let z = try #require(JsonCodec.isoDate("2026-01-15T10:00:00Z"))
        #expect(z.kind == .utc && z.hour == 10)
        let plain = try #require(JsonCodec.isoDate("2026-01-15T10:00:00.5"))
        #expect(plain.kind == .unspecified && plain.millisecond == 500)
        let off = try #require(JsonCodec.isoDate("2026-01-15T10:00:00+02:00"))
        #expect(off.kind == .local && off.toUniversalTime().hour == 8)
        #expect(JsonCodec.isoDate("2026-01-15") == nil)
        #expect(JsonCodec.isoDate("2026-01-15 10:00:00") == nil)
        #expect(JsonCodec.isoDate("2026-02-30T10:00:00") == nil)
        #expect(JsonCodec.isoDate("hello world, not a date") == nil)
    }
}
