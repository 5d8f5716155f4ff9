import Testing
@testable import PowerShellRuntime

@Suite struct TextLayoutTests {
    @Test func displayWidthCountsWideAndZeroWidthCharacters() {
        #expect(TextLayout.displayWidth("abc") == 3)
        #expect(TextLayout.displayWidth("哇") == 2)
        #expect(TextLayout.displayWidth("消息") == 4)
        #expect(TextLayout.displayWidth("e\u{301}") == 1)
        #expect(TextLayout.displayWidth("ｱ") == 1) // half-width katakana
        #expect(TextLayout.displayWidth("Ａ") == 2) // full-width A
        #expect(TextLayout.displayWidth("\u{1B}[32;1mName\u{1B}[0m") == 4)
        #expect(TextLayout.displayWidth("") == 0)
    }

    @Test func tableRightAlignsNumbersIncludingTheirHeaders() {
        let lines = TextLayout.table(headers: ["Name", "Seats", "Used"], alignments: [.left, .right, .right],
                                     rows: [["E3", "25", "3"]], maxWidth: nil)
        #expect(lines == ["Name Seats Used", "---- ----- ----", "E3      25    3"])
    }

    @Test func tableDashesMatchHeadersAndColumnsFitTheWidestCell() {
        let lines = TextLayout.table(headers: ["A", "B"], alignments: [.right, .left], rows: [["1", "two"]], maxWidth: nil)
        #expect(lines == ["A B", "- -", "1 two"])
        let wide = TextLayout.table(headers: ["Id", "Name"], alignments: [.right, .left],
                                    rows: [["12345", "x"], ["7", "longer name"]], maxWidth: nil)
        #expect(wide == ["   Id Name", "   -- ----", "12345 x", "    7 longer name"])
    }

    @Test func tableMeasuresEastAsianTextInCells() {
        let lines = TextLayout.table(headers: ["哇", "dbda", "消息"], alignments: [.left, .left, .left],
                                     rows: [["62", "KM", "千"]], maxWidth: nil)
        #expect(lines == ["哇 dbda 消息", "-- ---- ----", "62 KM   千"])
    }

    @Test func tableLinesHaveNoTrailingWhitespace() {
        let lines = TextLayout.table(headers: ["Name", "Value"], alignments: [.left, .left],
                                     rows: [["a", ""], ["longer", "v"]], maxWidth: nil)
        #expect(lines == ["Name   Value", "----   -----", "a", "longer v"])
        for l in lines { #expect(!l.hasSuffix(" ")) }
    }

    @Test func tableTruncatesTheLastColumnThatFitsAndDropsTheRest() {
        let lines = TextLayout.table(headers: ["Name", "Description", "Extra"], alignments: [.left, .left, .left],
                                     rows: [["E3", "Office 365 Enterprise E3 with everything", "x"]], maxWidth: 20)
        #expect(lines == ["Name Description", "---- -----------", "E3   Office 365 Ent…"])
        for l in lines { #expect(TextLayout.displayWidth(l) <= 20) }
    }

    @Test func tableCellsWithSeveralLinesShowTheFirstLine() {
        let lines = TextLayout.table(headers: ["A"], alignments: [.left], rows: [["one\ntwo"]], maxWidth: nil)
        #expect(lines == ["A", "-", "one…"])
    }

    @Test func listPadsLabelsToTheLongest() {
        let lines = TextLayout.list([("Name", "E3"), ("Seats", "25")], maxWidth: nil)
        #expect(lines == ["Name  : E3", "Seats : 25"])
        #expect(TextLayout.list([("testName", "testValue")], maxWidth: 80) == ["testName : testValue"])
    }

    @Test func listIndentsContinuationLines() {
        let multi = TextLayout.list([("A", "one\ntwo"), ("Bee", "x")], maxWidth: nil)
        #expect(multi == ["A   : one", "      two", "Bee : x"])
        let wrapped = TextLayout.list([("A", "abcdefghijklmnop")], maxWidth: 15)
        #expect(wrapped == ["A : abcdefghijk", "    lmnop"])
    }

    @Test func wideLaysItemsOutInColumns() {
        let lines = TextLayout.wide(["a", "b", "c"], columns: 2, maxWidth: 21)
        #expect(lines == ["a          b", "c"])
        let auto = TextLayout.wideAutoSize(["aa", "b", "cc", "d"], maxWidth: 8)
        #expect(auto == ["aa b", "cc d"])
        #expect(TextLayout.wideAutoSize(["aa", "b", "cc"], maxWidth: 9) == ["aa b  cc"])
    }

    @Test func truncateAddsAnEllipsis() {
        #expect(TextLayout.truncate("abcdef", width: 4) == "abc…")
        #expect(TextLayout.truncate("abc", width: 4) == "abc")
        #expect(TextLayout.truncate("消息消息", width: 5) == "消息…")
    }
}

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
    }

    @Test func roundTripsThroughFormatAndParse() {
        let rows: [[String]] = [["Name", "Value"], ["x", "1,2"], ["quote\"d", "multi\nline"], ["", "é消"]]
        let text = rows.map { CsvCodec.formatRow($0) }.joined(separator: "\n") + "\n"
        #expect(CsvCodec.parse(text) == rows)
    }
}

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

    @Test func deepNestingIsRejectedInsteadOfCrashing() {
        let deep = String(repeating: "[", count: 5000) + String(repeating: "]", count: 5000)
        #expect(throws: JsonError.self) { try JsonCodec.parse(deep) }
    }
}

@Suite struct TableTrimmingTests {
    @Test func theLastVisibleColumnShrinksByTheExcess() {
        let lines = TextLayout.table(headers: ["A", "B", "C"], alignments: [.left, .left, .left],
                                     rows: [["aaaaaaaaaa", "bbbbbbbbbb", "cccccccccc"]], maxWidth: 25)
        #expect(lines == ["A          B          C", "-          -          -", "aaaaaaaaaa bbbbbbbbbb cc…"])
    }

    @Test func columnsThatCannotKeepOneCellAreHidden() {
        let lines = TextLayout.table(headers: ["Name", "Value"], alignments: [.left, .left],
                                     rows: [["abcdefghijklmnopqrst", "v"]], maxWidth: 20)
        #expect(lines == ["Name", "----", "abcdefghijklmnopqrst"])
    }

    @Test func rightAlignedCellsKeepTheirTail() {
        let lines = TextLayout.table(headers: ["N", "Count"], alignments: [.left, .right],
                                     rows: [["x", "123456789"]], maxWidth: 7)
        #expect(lines == ["N Count", "- -----", "x …6789"])
    }

    @Test func headersWiderThanANarrowedColumnWrap() {
        let lines = TextLayout.table(headers: ["Id", "Description"], alignments: [.left, .left],
                                     rows: [["1", "abc"]], maxWidth: 8)
        #expect(lines == ["Id Descr", "   iptio", "   n", "-- -----", "1  abc"])
    }
}

@Suite struct ListWrappingTests {
    @Test func longValuesWrapAtWordsWithTheDelimiterKept() {
        let lines = TextLayout.list([("Name", "alpha beta gamma delta")], maxWidth: 19)
        #expect(lines == ["Name : alpha beta ", "       gamma delta"])
    }

    @Test func wordsWiderThanTheFieldAreSplit() {
        let lines = TextLayout.list([("A", "abcdefghijklmnop")], maxWidth: 10)
        #expect(lines == ["A : abcdef", "    ghijkl", "    mnop"])
    }

    @Test func withoutWordWrapLinesAreCutAtTheWidth() {
        let lines = TextLayout.list([("Name", "alpha beta gamma")], maxWidth: 15, wordWrap: false)
        #expect(lines == ["Name : alpha be", "       ta gamma"])
    }

    @Test func emptyValuesKeepTheSeparator() {
        #expect(TextLayout.list([("a", ""), ("bb", "1")], maxWidth: nil) == ["a  : ", "bb : 1"])
    }

    @Test func carriageReturnsAreDropped() {
        #expect(TextLayout.list([("A", "x\r\ny")], maxWidth: nil) == ["A : x", "    y"])
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
