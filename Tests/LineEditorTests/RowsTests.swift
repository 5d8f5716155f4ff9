import Testing
@testable import LineEditor

/// How many terminal rows the prompt and the text before the cursor take, which tells a redraw
/// (after a resize, around Ctrl-R) how far up the prompt starts.
@Suite struct RowsTests {
    @Test func aRowHoldsTheWidthAndTheNextCharacterStartsAnother() {
        #expect(LineEditor.rows("", width: 80) == 1)
        #expect(LineEditor.rows(String(repeating: "x", count: 80), width: 80) == 1)
        #expect(LineEditor.rows(String(repeating: "x", count: 81), width: 80) == 2)
    }

    @Test func lineBreaksStartRowsAndEscapeSequencesTakeNoCells() {
        #expect(LineEditor.rows("PS contoso> function f {\n  'x'\n}", width: 80) == 3)
        #expect(LineEditor.rows("\u{1B}[32mPS contoso>\u{1B}[0m " + String(repeating: "x", count: 68), width: 80) == 1)
        #expect(LineEditor.displayWidth("\u{1B}[1;32mPS\u{1B}[0m") == 2)
    }
}
