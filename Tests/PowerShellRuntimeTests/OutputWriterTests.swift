import Foundation
import Testing
@testable import PowerShellRuntime
import ScriptTestSupport

/// The outputter's rules that a golden script cannot show: the time-based hold-back, exact strings
/// of the cases PowerShell's own Format-Table tests pin, and column fitting.
@Suite struct OutputWriterTests {
    private func sku(_ name: String, _ free: Int) -> Value {
        .object(PSObject(properties: [("Sku", .string(name)), ("Free", .int(free))]))
    }

    /// Lines an outputter writes, with markers standing for text written straight to the host.
    private final class Capture {
        var text = ""
    }

    @Test func aHeldTableIsReleasedByTheFirstRecordAfterTheWindowAndLaterRowsKeepItsWidths() throws {
        let session = Session(host: TestHost())
        var now = 0.0
        session.formatClock = { now }
        session.formatGroupingWindow = 0.3
        let capture = Capture()
        let writer = OutputWriter(session: session, output: LineOutput(columns: 80, tableColumns: 80, useColor: false) { t, _ in capture.text += t })
        try writer.write(sku("E3", 2))
        capture.text += "<host>\n"                      // Write-Host while the table is held
        now = 0.2
        try writer.write(sku("EMS", 3))                 // still within the window: held
        capture.text += "<host again>\n"
        now = 0.6
        try writer.write(sku("EMSPREMIUM", 10))         // after it: everything held is released, this row included
        try writer.write(sku("ENTERPRISEPREMIUM", 1))   // passes straight through, cut to the widths chosen
        writer.finish()
        #expect(capture.text == """

            <host>
            <host again>
            Sku        Free
            ---        ----
            E3            2
            EMS           3
            EMSPREMIUM   10
            ENTERPRIS…    1


            """)
    }

    @Test func withoutAWindowTheWholeGroupIsHeld() throws {
        let session = Session(host: TestHost())
        session.formatGroupingWindow = .infinity
        let capture = Capture()
        let writer = OutputWriter(session: session, output: LineOutput(columns: 80, tableColumns: 80, useColor: false) { t, _ in capture.text += t })
        try writer.write(sku("E3", 2))
        try writer.write(sku("ENTERPRISEPREMIUM", 1))
        writer.finish()
        #expect(capture.text == "\nSku               Free\n---               ----\nE3                   2\nENTERPRISEPREMIUM    1\n\n")
    }

    /// Format-Table.Tests.ps1, "Format-Table should correctly render headers that span multiple
    /// rows": columns with declared widths narrower than their labels wrap the labels.
    @Test(arguments: [
        ([7, 7, 7], "\nLongLon Header2 Header3\ngHeader\n------- ------- -------\n1       2       3\n\n"),
        ([4, 7, 4], "\nLong Header2 Head\nLong         er3\nHead\ner\n---- ------- ----\n1    2       3\n\n"),
        ([4, 4, 7], "\nLong Head Header3\nLong er2\nHead\ner\n---- ---- -------\n1    2    3\n\n"),
        ([14, 7, 3], "\nLongLongHeader Header2 Hea\n                       der\n                       3\n-------------- ------- ---\n1              2       3\n\n"),
    ])
    func labelsWiderThanTheirDeclaredColumnsWrap(_ widths: [Int], _ expected: String) {
        let script = """
            [pscustomobject]@{ First = 1; Second = 2; Third = 3 } | Format-Table @{ Label = 'LongLongHeader'; Expression = 'First'; Width = \(widths[0]); Alignment = 'Left' },
                @{ Label = 'Header2'; Expression = 'Second'; Width = \(widths[1]); Alignment = 'Left' },
                @{ Label = 'Header3'; Expression = 'Third'; Width = \(widths[2]); Alignment = 'Left' } | Out-String
            """
        #expect(runScript(script).out == expected + "\n")
    }

    /// Format-Table.Tests.ps1, "Should render rows correctly when wrapped" (the "left" case):
    /// the held group sizes the column to the whole multi-line value, line breaks included.
    @Test func wrappedRowsShowEveryLineInAColumnSizedToTheWholeValue() {
        let out = runScript("[pscustomobject]@{ Name = \"This`nIs some random`nmultiline content\"; A = 1; B = 2 } | Format-Table -Wrap | Out-String").out
        let expected = "\nName                                  A B\n----                                  - -\nThis                                  1 2\nIs some random\nmultiline content\n\n"
        #expect(out == expected + "\n")
    }

    /// Format-Table.Tests.ps1, "Table header should use TableHeader": -Stream gives the empty lines too.
    @Test func outStringStreamGivesOneStringPerLine() {
        let out = runScript("[pscustomobject]@{ foo = 1 } | Format-Table | Out-String -Stream | ForEach-Object { \"[$_]\" }").out
        #expect(out == "[]\n[foo]\n[---]\n[  1]\n[]\n")
    }

    /// Format-List.Tests.ps1: `$obj | Format-List | Out-String` is "`nName : value`n`n".
    @Test func aListIsAnEmptyLineTheEntryAndAnEmptyLine() {
        #expect(runScript("([pscustomobject]@{ Name = 'value' } | Format-List | Out-String) -eq \"`nName : value`n`n\"").out == "True\n")
    }

    @Test func columnWidthsShareTheLineAndTrimFromTheRight() {
        // undeclared columns: one cell each, then the rest one at a time from the left
        #expect(ColumnWidths.fit([0, 0, 0], tableWidth: 12) == [4, 3, 3])
        #expect(ColumnWidths.fit([5, 0], tableWidth: 12) == [5, 6])
        // too wide: the last visible column shrinks, or is hidden below one cell
        #expect(ColumnWidths.fit([10, 10, 10], tableWidth: 25) == [10, 10, 3])
        #expect(ColumnWidths.fit([10, 10, 10], tableWidth: 20) == [10, 9, -1])
        #expect(ColumnWidths.fit([30, 10], tableWidth: 20) == [20, -1])
        // declared columns that already fit keep their widths
        #expect(ColumnWidths.fit([3, 4], tableWidth: 100) == [3, 4])
    }

    @Test func aFieldIsCutWithAnEllipsisAtTheEndOrAtTheStartWhenRightAligned() {
        #expect(TableWriter.field("abcdef", width: 4, .left, addPadding: true) == "abc…")
        #expect(TableWriter.field("abcdef", width: 4, .right, addPadding: true) == "…def")
        #expect(TableWriter.field("abcdef", width: 1, .left, addPadding: true) == "a")
        #expect(TableWriter.field("ab", width: 4, .left, addPadding: false) == "ab")
        #expect(TableWriter.field("ab", width: 4, .center, addPadding: true) == " ab ")
        #expect(TableWriter.field("one\ntwo", width: 8, .left, addPadding: false) == "one…")
        // a double-width character that does not fit leaves a one-cell gap, padded
        #expect(TableWriter.field("消息消息", width: 4, .left, addPadding: true) == "消… ")
    }
}
