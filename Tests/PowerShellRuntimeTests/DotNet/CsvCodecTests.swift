import Foundation
import Testing
@testable import PowerShellRuntime

@Suite struct CsvCodecTests {
    @Test func powershellSevenQuotesEveryField() {
        #expect(CsvCodec.formatRow(["UPN", "Sku"]) == "\"UPN\",\"Sku\"")
        #expect(CsvCodec.formatRow(["ann@contoso.com", "contoso:ENTERPRISEPACK"]) == "\"ann@contoso.com\",\"contoso:ENTERPRISEPACK\"")
        #expect(CsvCodec.formatRow(["say \"hi\"", ""]) == "\"say \"\"hi\"\"\",\"\"")
        #expect(CsvCodec.formatRow([nil, "1"]) == ",\"1\"")
    }

    @Test func quoteModesAsNeededAndNever() {
        #expect(CsvCodec.formatRow(["a", "b,c", "d\"e", "f\ng"], quote: .asNeeded) == "a,\"b,c\",\"d\"\"e\",\"f\ng\"")
        #expect(CsvCodec.formatRow(["a", "b;c"], delimiter: ";", quote: .asNeeded) == "a;\"b;c\"")
        #expect(CsvCodec.formatRow(["a", "b,c"], quote: .never) == "a,b,c")
    }

    @Test func quoteFieldsQuotesOnlyTheChosenColumns() {
        #expect(CsvCodec.formatRow(["a", "b,c", nil], quoteFields: [false, true, true]) == "a,\"b,c\",")
    }

    @Test func parseHandlesQuotesCommasAndNewlines() {
        let text = "\"UPN\",\"Note\"\r\n\"ann@contoso.com\",\"a, b\"\r\n\"bob\",\"say \"\"hi\"\"\nbye\"\r\n"
        #expect(CsvCodec.parse(text) == [["UPN", "Note"], ["ann@contoso.com", "a, b"], ["bob", "say \"hi\"\nbye"]])
    }

    @Test func parseKeepsEmptyFieldsAndUnquotedText() {
        #expect(CsvCodec.parse("a,,c\n,,\n") == [["a", "", "c"], ["", "", ""]])
        #expect(CsvCodec.parse("a,b") == [["a", "b"]])
        #expect(CsvCodec.parse("x;y", delimiter: ";") == [["x", "y"]])
        #expect(CsvCodec.parse("") == [])
        #expect(CsvCodec.parse("a\n\nb\n") == [["a"], [""], ["b"]])
        #expect(CsvCodec.parse("a\rb\r\nc") == [["a"], ["b"], ["c"]])
    }

    @Test func parseIsLenientLikeImportCsv() {
        // leading blanks skipped, blanks after a closing quote dropped, other trailing text kept
        #expect(CsvCodec.parse("  a,  \"b\"  ,\"c\" x") == [["a", "b", "c x"]])
        // a quote inside an unquoted field is text up to the next delimiter
        #expect(CsvCodec.parse("foo \"ba,r\"") == [["foo \"ba", "r\""]])
        // a delimiter at the very end adds no empty field; before a newline it does
        #expect(CsvCodec.parse("a,") == [["a"]])
        #expect(CsvCodec.parse("a,\nb") == [["a", ""], ["b"]])
        #expect(CsvCodec.parse("\u{FEFF}\"h\"\n1") == [["h"], ["1"]])
    }

    @Test func roundTripsThroughFormatAndParse() {
        let rows: [[String]] = [["Name", "Value"], ["x", "1,2"], ["quote\"d", "multi\nline"], ["", "é消"]]
        let text = rows.map { CsvCodec.formatRow($0) }.joined(separator: "\n") + "\n"
        #expect(CsvCodec.parse(text) == rows)
    }
}
