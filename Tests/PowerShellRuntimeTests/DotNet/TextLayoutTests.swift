import Foundation
import Testing
@testable import PowerShellRuntime

@Suite struct TextLayoutTests {
    @Test func displayWidthCountsCellsAsPwshDoes() {
        #expect(TextLayout.displayWidth("abc") == 3)
        #expect(TextLayout.displayWidth("哇") == 2)
        #expect(TextLayout.displayWidth("消息") == 4)
        // pwsh's DisplayCells counts every UTF-16 unit, a combining mark too
        #expect(TextLayout.displayWidth("e\u{301}") == 2)
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

    /// TableWriter.GenerateRow pads every column but the last, so a row whose last cell is empty
    /// ends in the padding of the one before (pwsh writes those spaces too).
    @Test func tableCellsArePaddedExceptInTheLastColumn() {
        let lines = TextLayout.table(headers: ["Name", "Value"], alignments: [.left, .left],
                                     rows: [["a", ""], ["longer", "v"]], maxWidth: nil)
        #expect(lines == ["Name   Value", "----   -----", "a      ", "longer v"])
    }

    @Test func tableTruncatesTheLastColumnThatFitsAndDropsTheRest() {
        let lines = TextLayout.table(headers: ["Name", "Description", "Extra"], alignments: [.left, .left, .left],
                                     rows: [["E3", "Office 365 Enterprise E3 with everything", "x"]], maxWidth: 20)
        // the dashes line pads Description: it is not the last column, only the last one shown
        #expect(lines == ["Name Description", "---- -----------    ", "E3   Office 365 Ent…"])
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
        #expect(lines == ["a          b", "c          "])
        // 22 cells: 21 for two columns, the odd cell goes to the first column
        #expect(TextLayout.wide(["a", "b"], columns: 2, maxWidth: 22) == ["a           b"])
        #expect(TextLayout.wide(["abcdefgh", "b"], columns: 2, maxWidth: 9) == ["abc… b"])
        // -AutoSize picks how many fit at the widest item's width; the row then shares the screen
        let auto = TextLayout.wideAutoSize(["aa", "b", "cc", "d"], maxWidth: 8)
        #expect(auto == ["aa   b", "cc   d"])
        #expect(TextLayout.wideAutoSize(["aa", "b", "cc"], maxWidth: 9) == ["aa  b  cc"])
    }

    @Test func truncateAddsAnEllipsis() {
        #expect(TextLayout.truncate("abcdef", width: 4) == "abc…")
        #expect(TextLayout.truncate("abc", width: 4) == "abc")
        #expect(TextLayout.truncate("消息消息", width: 5) == "消息…")
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
        #expect(lines == ["Name", "----                ", "abcdefghijklmnopqrst"])
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

@Suite struct TableWrapTests {
    @Test func wrapKeepsEveryLineOfACell() {
        let lines = TextLayout.table(headers: ["Name", "Notes"], alignments: [.left, .left],
                                     rows: [["a", "one\ntwo"], ["b", "x"]], maxWidth: nil, wrap: true)
        #expect(lines == ["Name Notes", "---- -----", "a    one", "     two", "b    x"])
    }

    @Test func wrapBreaksLongCellsAtWordsInsteadOfCutting() {
        let lines = TextLayout.table(headers: ["N", "Text"], alignments: [.left, .left],
                                     rows: [["1", "alpha beta gamma"]], maxWidth: 13, wrap: true)
        #expect(lines == ["N Text", "- ----", "1 alpha beta", "  gamma"])
    }
}

@Suite struct TableFixedWidthTests {
    @Test func givenWidthsOverrideContentWidths() {
        let lines = TextLayout.table(headers: ["Name", "N"], alignments: [.left, .right],
                                     rows: [["abcdefgh", "5"]], maxWidth: nil, wrap: false, fixedWidths: [5, 4])
        #expect(lines == ["Name     N", "----     -", "abcd…    5"])
    }
}
