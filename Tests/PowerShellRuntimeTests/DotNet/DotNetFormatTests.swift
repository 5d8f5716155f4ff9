import Foundation
import Testing
@testable import PowerShellRuntime

@Suite struct CompositeFormatTests {
    @Test func formatsIndexesAlignmentAndFormatStrings() throws {
        #expect(try DotNetFormat.composite("{0} has {1:N0} seats", [.string("E3"), .int(1234)]) == "E3 has 1,234 seats")
        #expect(try DotNetFormat.composite("{0,-6}|{1,4}", [.string("ab"), .int(7)]) == "ab    |   7")
        #expect(try DotNetFormat.composite("{0,8:N2}|", [.double(1234.5)]) == "1,234.50|")
        #expect(try DotNetFormat.composite("{1}{0}{1}", [.string("a"), .string("b")]) == "bab")
        #expect(try DotNetFormat.composite("{0}", [.null]) == "")
        #expect(try DotNetFormat.composite("{0} {1}", [.bool(true), .double(2.5)]) == "True 2.5")
    }

    @Test func doubledBracesAreLiteral() throws {
        #expect(try DotNetFormat.composite("{{0}} is {0}", [.int(1)]) == "{0} is 1")
        #expect(try DotNetFormat.composite("}}{{", []) == "}{")
    }

    @Test func malformedItemsThrowDotNetMessages() {
        #expect(throws: FormatError.self) { try DotNetFormat.composite("{0", [.int(1)]) }
        #expect(throws: FormatError.self) { try DotNetFormat.composite("a } b", []) }
        #expect(throws: FormatError.self) { try DotNetFormat.composite("{x}", [.int(1)]) }
        do {
            _ = try DotNetFormat.composite("{1}", [.int(1)])
            Issue.record("expected an error")
        } catch let e as FormatError {
            #expect(e.message == "Index (zero based) must be greater than or equal to zero and less than the size of the argument list.")
        } catch { Issue.record("wrong error \(error)") }
        do {
            _ = try DotNetFormat.composite("{0", [.int(1)])
        } catch let e as FormatError {
            #expect(e.message == "Input string was not in a correct format.")
        } catch { Issue.record("wrong error \(error)") }
    }

    @Test func datesAndTimeSpansUseTheirOwnFormats() throws {
        let d = try DotNetDateTime(year: 2026, month: 1, day: 15, hour: 13, minute: 5)
        #expect(try DotNetFormat.composite("{0:yyyy-MM-dd HH:mm}", [.dateTime(d)]) == "2026-01-15 13:05")
        #expect(try DotNetFormat.composite("{0}", [.dateTime(d)]) == "1/15/2026 1:05:00 PM")  // -f formats in the current culture (en-US)
        #expect(try DotNetFormat.composite("{0}", [.timeSpan(DotNetTimeSpan(hours: 1, minutes: 30))]) == "01:30:00")
    }
}

@Suite struct StandardNumericFormatTests {
    func n(_ v: FormatArgument, _ f: String) throws -> String { try DotNetFormat.number(v, format: f) }

    @Test func numberAndFixedPoint() throws {
        #expect(try n(.double(1234.5678), "N2") == "1,234.57")
        #expect(try n(.double(1234.5678), "N") == "1,234.57")
        #expect(try n(.int(1234567), "N0") == "1,234,567")
        #expect(try n(.int(-1234567), "N1") == "-1,234,567.0")
        #expect(try n(.double(1234.5678), "F") == "1234.57")
        #expect(try n(.double(1234.5678), "F0") == "1235")
        #expect(try n(.double(0.5), "F3") == "0.500")
        #expect(try n(.int(12), "F2") == "12.00")
        #expect(try n(.decimal(DotNetDecimal(Decimal(string: "2.345")!)), "F2") == "2.35")
    }

    @Test func doublesRoundCorrectlyFromTheirExactValue() throws {
        // 2.675 is stored as 2.67499999…; .NET Core 3.0+ formats the exact value
        #expect(try n(.double(2.675), "F2") == "2.67")
        #expect(try n(.double(1.005), "N2") == "1.00")
        #expect(try n(.double(0.125), "F2") == "0.12")
        #expect(try n(.double(3.5), "F0") == "4")
    }

    @Test func decimalAndHex() throws {
        #expect(try n(.int(1234), "D6") == "001234")
        #expect(try n(.int(-42), "D5") == "-00042")
        #expect(try n(.int(255), "X") == "FF")
        #expect(try n(.int(255), "x4") == "00ff")
        #expect(try n(.int(-1), "X") == "FFFFFFFF")
        #expect(try n(.int(0x1_0000_0000), "X") == "100000000")
        #expect(throws: FormatError.self) { try DotNetFormat.number(.double(1.5), format: "D") }
        #expect(throws: FormatError.self) { try DotNetFormat.number(.double(1.5), format: "X") }
    }

    @Test func currencyAndPercentUseInvariantPatterns() throws {
        #expect(try n(.double(1234.5), "C") == "$1,234.50")
        #expect(try n(.double(-1234.6), "C0") == "-$1,235")
        #expect(try n(.double(0.5), "P") == "50.00%")
        #expect(try n(.double(0.1234), "P1") == "12.3%")
        #expect(try n(.double(-0.25), "P0") == "-25%")
        #expect(try n(.int(3), "P0") == "300%")
    }

    @Test func exponentialAndGeneral() throws {
        #expect(try n(.double(1234.5678), "E") == "1.234568E+003")
        #expect(try n(.double(1234.5678), "e2") == "1.23e+003")
        #expect(try n(.double(-0.00012), "E1") == "-1.2E-004")
        #expect(try n(.double(1234.5678), "G") == "1234.5678")
        #expect(try n(.double(1234.5678), "G3") == "1.23E+03")
        #expect(try n(.double(0.00001234), "G") == "1.234E-05")
        #expect(try n(.int(123456789), "G5") == "1.2346E+08")
        #expect(try n(.int(42), "G") == "42")
        #expect(try n(.double(0.5), "G2") == "0.5")
        #expect(try n(.double(2.5), "R") == "2.5")
    }

    @Test func negativeValuesRoundedToZeroKeepTheSignOnlyForDoubles() throws {
        #expect(try n(.double(-0.001), "F2") == "-0.00")
        #expect(try n(.decimal(DotNetDecimal(Decimal(string: "-0.001")!)), "F2") == "0.00")
        #expect(try n(.int(0), "F1") == "0.0")
    }

    @Test func unknownSpecifierIsRejected() {
        #expect(throws: FormatError.self) { try DotNetFormat.number(.double(1), format: "Q") }
    }
}

@Suite struct CustomNumericFormatTests {
    func n(_ v: FormatArgument, _ f: String) throws -> String { try DotNetFormat.number(v, format: f) }

    @Test func digitPlaceholdersAndGrouping() throws {
        #expect(try n(.double(1234.5), "#,##0.00") == "1,234.50")
        #expect(try n(.double(0.5), "0.00") == "0.50")
        #expect(try n(.double(0.5), "#.##") == ".5")
        #expect(try n(.int(0), "#.##") == "")
        #expect(try n(.int(42), "00000") == "00042")
        #expect(try n(.double(1234.5678), "0.00") == "1234.57")
        #expect(try n(.int(1234567), "#,#") == "1,234,567")
        #expect(try n(.int(-1234), "#,##0") == "-1,234")
        #expect(try n(.int(123), "0000.0") == "0123.0")
    }

    @Test func groupingWithNegativeSectionsAndFewerPatternDigits() throws {
        #expect(try n(.double(1234567.891), "#,##0.00") == "1,234,567.89")
        #expect(try n(.double(-1234.5), "#,##0.00;(#,##0.00)") == "(1,234.50)")
        #expect(try n(.int(1234567), "0") == "1234567")
        #expect(try n(.int(1234567), "#,##0") == "1,234,567")
        #expect(try n(.int(0), "0") == "0")
        #expect(try n(.int(0), "##") == "")
        #expect(try n(.int(5), "abc") == "abc")
        #expect(try n(.double(0.5), "00.0%") == "50.0%")
    }

    @Test func commasBeforeThePointScaleByThousands() throws {
        #expect(try n(.int(1234567), "#,##0,,") == "1")
        #expect(try n(.int(1234567890), "#,##0,,") == "1,235")
        #expect(try n(.int(1500000), "0,,.0M") == "1.5M")
        // commas after the point neither group nor scale
        #expect(try n(.int(1500000), "0.0,,M") == "1500000.0M")
    }

    @Test func percentAndPerMille() throws {
        #expect(try n(.double(0.25), "0%") == "25%")
        #expect(try n(.double(0.1234), "0.0%") == "12.3%")
        #expect(try n(.double(0.0123), "0.0‰") == "12.3‰")
    }

    @Test func scientificNotation() throws {
        #expect(try n(.int(12345), "0.00E+00") == "1.23E+04")
        #expect(try n(.int(12345), "0.###E+0") == "1.235E+4")
        #expect(try n(.double(0.00012), "0.0e0") == "1.2e-4")
    }

    @Test func sectionsLiteralsAndEscapes() throws {
        #expect(try n(.int(-5), "0;(0)") == "(5)")
        #expect(try n(.int(5), "0;(0)") == "5")
        #expect(try n(.int(0), "0;(0);zero") == "zero")
        #expect(try n(.int(5), "'#'0") == "#5")
        #expect(try n(.int(5), "\\#0") == "#5")
        #expect(try n(.int(5), "0 \"seats\"") == "5 seats")
        // a value that rounds to zero uses the zero section
        #expect(try n(.double(0.001), "0.0;neg;zero") == "zero")
    }

    @Test func customFormatsRoundHalfAwayFromZero() throws {
        #expect(try n(.double(2.5), "0") == "3")
        #expect(try n(.double(0.125), "0.00") == "0.13")
        #expect(try n(.double(-2.5), "0") == "-3")
    }
}

@Suite struct DoubleToStringTests {
    @Test func shortestRoundTripLikeDotNetCore() {
        #expect(DotNetFormat.toString(2.5) == "2.5")
        #expect(DotNetFormat.toString(0.1) == "0.1")
        #expect(DotNetFormat.toString(0.1 + 0.2) == "0.30000000000000004")
        #expect(DotNetFormat.toString(100.0) == "100")
        #expect(DotNetFormat.toString(-60.0) == "-60")
        #expect(DotNetFormat.toString(123456789012345.0) == "123456789012345")
        #expect(DotNetFormat.toString(1e15) == "1E+15")
        #expect(DotNetFormat.toString(1.5e-5) == "1.5E-05")
        #expect(DotNetFormat.toString(0.0001) == "0.0001")
        #expect(DotNetFormat.toString(1.7976931348623157e308) == "1.7976931348623157E+308")
        #expect(DotNetFormat.toString(Double.leastNonzeroMagnitude) == "5E-324")
        #expect(DotNetFormat.toString(-0.0) == "-0")
        #expect(DotNetFormat.toString(0.0) == "0")
    }

    @Test func singlesUseTheirOwnShortestDigits() {
        #expect(DotNetFormat.toString(Float(9876.543)) == "9876.543")
        #expect(DotNetFormat.toString(Float(0.1)) == "0.1")
        #expect(DotNetFormat.toString(Float(1e8)) == "1E+08")
        #expect(DotNetFormat.toString(Float(1234567)) == "1234567")
    }

    @Test func nonFiniteValuesUseInvariantSymbols() {
        #expect(DotNetFormat.toString(Double.nan) == "NaN")
        #expect(DotNetFormat.toString(Double.infinity) == "Infinity")
        #expect(DotNetFormat.toString(-Double.infinity) == "-Infinity")
    }

    @Test func decimalsPrintPlainDigits() {
        #expect(DotNetFormat.toString(Decimal(string: "4567.123456789")!) == "4567.123456789")
        #expect(DotNetFormat.toString(Decimal(string: "-0.5")!) == "-0.5")
        #expect(DotNetFormat.toString(Decimal(0)) == "0")
    }
}

@Suite struct ParseNumberTests {
    func int(_ s: String) -> Int64? { if case .int(let v)? = DotNetFormat.parseNumber(s) { return v }; return nil }
    func dbl(_ s: String) -> Double? { if case .double(let v)? = DotNetFormat.parseNumber(s) { return v }; return nil }

    @Test func integersWithWhitespaceSignsAndHex() {
        #expect(int("42") == 42)
        #expect(int("  42 ") == 42)
        #expect(int("-3") == -3)
        #expect(int("+7") == 7)
        #expect(int("0x10") == 16)
        #expect(int("0xFFFFFFFF") == -1)
        #expect(int("9223372036854775807") == Int64.max)
    }

    @Test func fractionsAndExponentsAreDoubles() {
        #expect(dbl("1.5") == 1.5)
        #expect(dbl("1e3") == 1000)
        #expect(dbl(".5") == 0.5)
        #expect(dbl("-2.5e-1") == -0.25)
    }

    @Test func multiplierSuffixes() {
        #expect(int("1kb") == 1024)
        #expect(int("2MB") == 2_097_152)
        #expect(int("1gb") == 1 << 30)
        #expect(dbl("1.5kb") == 1536)
    }

    @Test func hugeIntegersBecomeDecimal() {
        if case .decimal(let d)? = DotNetFormat.parseNumber("92233720368547758080") {
            #expect(d.value == Decimal(string: "92233720368547758080"))
        } else {
            Issue.record("expected decimal")
        }
    }

    @Test func nonNumbersGiveNil() {
        #expect(DotNetFormat.parseNumber("") == nil)
        #expect(DotNetFormat.parseNumber("abc") == nil)
        #expect(DotNetFormat.parseNumber("1,000") == nil)
        #expect(DotNetFormat.parseNumber("12abc") == nil)
        #expect(DotNetFormat.parseNumber("0x") == nil)
        #expect(DotNetFormat.parseNumber("-") == nil)
        #expect(DotNetFormat.parseNumber("1e") == nil)
    }
}
