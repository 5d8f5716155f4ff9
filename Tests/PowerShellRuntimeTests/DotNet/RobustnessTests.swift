import Testing
@testable import PowerShellRuntime

/// Arbitrary user text must never crash the utilities; each call either succeeds or reports an error.
@Suite struct RobustnessTests {
    static let alphabet: [Character] = Array("{}[]()0123456789,.;:%‰#Ee+-\\'\"$&`*?^|<>/ \t\naZ\u{0}é消😀")

    /// Deterministic pseudo-random strings (xorshift), so failures reproduce.
    static func samples(count: Int, maxLength: Int) -> [String] {
        var state: UInt64 = 0x9E3779B97F4A7C15
        func next() -> UInt64 { state ^= state << 13; state ^= state >> 7; state ^= state << 17; return state }
        return (0..<count).map { _ in
            let len = Int(next() % UInt64(maxLength + 1))
            return String((0..<len).map { _ in alphabet[Int(next() % UInt64(alphabet.count))] })
        }
    }

    @Test func formattingFunctionsSurviveArbitraryFormats() {
        var outcomes = 0
        for f in Self.samples(count: 400, maxLength: 12) {
            for v: FormatArgument in [.int(-1234), .double(-0.5), .double(1e300), .decimal(DotNetDecimal.parse("12.50")!), .dateTime(DotNetDateTime(ticks: 0)), .timeSpan(DotNetTimeSpan(ticks: -1))] {
                if (try? DotNetFormat.number(v, format: f)) != nil { outcomes += 1 }
            }
            if (try? DotNetFormat.composite(f, [.int(1), .string("x")])) != nil { outcomes += 1 }
            _ = DotNetDateTime(ticks: 123456789).toString(f)
            _ = DotNetTimeSpan(ticks: 123456789).toString(f)
        }
        #expect(outcomes > 0)
    }

    @Test func parsersSurviveArbitraryText() {
        var parsed = 0
        for s in Self.samples(count: 600, maxLength: 20) {
            if DotNetFormat.parseNumber(s) != nil { parsed += 1 }
            if DotNetDateTime.parse(s) != nil { parsed += 1 }
            _ = DotNetDateTime.parseExact(s, format: "yyyy-MM-dd")
            _ = DotNetTimeSpan.parse(s)
            _ = CsvCodec.parse(s)
            _ = try? JsonCodec.parse(s)
            _ = WildcardPattern(s).matches(s)
            if let r = try? DotNetRegex.compile(s) {
                _ = r.matches(in: s)
                _ = r.replace(in: s, with: s)
                _ = r.split(s, count: 3)
            }
            _ = TextLayout.table(headers: [s, "h"], alignments: [.right, .left], rows: [[s, s]], maxWidth: 10)
            _ = TextLayout.list([(s, s)], maxWidth: 8)
        }
        #expect(parsed > 0)
    }
}
