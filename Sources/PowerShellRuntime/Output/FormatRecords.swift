// The formatting protocol between the Format-* cmdlets (and Out-Default's own formatting) and the
// outputters (Out-Default, Out-Host, Out-String, Out-File, `>`), as in PowerShell: a document
// starts (FormatStartData, with the shape and the table's columns), holds groups (GroupStartData,
// with an optional header such as `   Department: Sales`), each with entries (FormatEntryData:
// a table row, a list entry, a wide item), and ends (GroupEndData, FormatEndData). Out-of-band
// entries (strings, numbers, errors, objects a view does not apply to) travel in between without
// closing anything. Cells are text already; widths are decided by the outputter, so
// `Format-Table | Out-String -Width 60` lays the table out at 60 columns.

/// A table column as the document declares it: width 0 lets the outputter size it.
struct TableColumnInfo {
    var label: String
    var width: Int
    var alignment: Alignment
}

enum FormatShapeInfo {
    case table(columns: [TableColumnInfo], hideHeader: Bool, repeatHeader: Bool)
    case list
    /// `columns` nil: two per row unless -AutoSize fits more.
    case wide(columns: Int?)
    /// Text a view lays out itself (DateTime's long form, help topics).
    case complex
}

/// One of the formatting protocol's objects; `Format-Table | ForEach-Object GetType` shows them.
class FormatRecord: NativeObject {
    var typeName: String { "Microsoft.PowerShell.Commands.Internal.Format.FormatInfoData" }
    var typeNames: [String] { [typeName, "Microsoft.PowerShell.Commands.Internal.Format.PacketInfoData", "Microsoft.PowerShell.Commands.Internal.Format.FormatInfoData", "System.Object"] }
    func toString() -> String { typeName }
}

final class FormatStartData: FormatRecord {
    let shape: FormatShapeInfo
    /// Format-Table/Format-Wide -AutoSize: the outputter sizes columns from the whole group.
    let autoSize: Bool
    init(shape: FormatShapeInfo, autoSize: Bool) {
        self.shape = shape
        self.autoSize = autoSize
    }
    override var typeName: String { "Microsoft.PowerShell.Commands.Internal.Format.FormatStartData" }
}

final class FormatEndData: FormatRecord {
    override var typeName: String { "Microsoft.PowerShell.Commands.Internal.Format.FormatEndData" }
}

final class GroupStartData: FormatRecord {
    /// The group's header line (`   Department: Sales`); nil when the document is not grouped.
    let header: String?
    init(header: String?) { self.header = header }
    override var typeName: String { "Microsoft.PowerShell.Commands.Internal.Format.GroupStartData" }
}

final class GroupEndData: FormatRecord {
    override var typeName: String { "Microsoft.PowerShell.Commands.Internal.Format.GroupEndData" }
}

enum FormatEntry {
    /// Cell texts; an alignment overrides the column's for this row (a view's row definition).
    case tableRow(cells: [String], alignments: [Alignment?], multiLine: Bool)
    case listEntry([(label: String, value: String)])
    case wideItem(String)
    case complex([String])
    /// Help text (Get-Help): lines written as they are; one longer than the window is left for
    /// the terminal to wrap, so a command shown in it stays one line to copy.
    case helpText([String])
    /// Out of band: text written as it is (a string, a number, an object with no properties).
    case rawText(String)
    /// Out of band: an empty line (between two groups of a -GroupBy document).
    case newLine
    /// Out of band: an error record, in the error view `$ErrorView` names, on `stream`.
    case error(ErrorRecord, stream: HostStream)
}

final class FormatEntryData: FormatRecord {
    let entry: FormatEntry
    let outOfBand: Bool
    init(_ entry: FormatEntry, outOfBand: Bool = false) {
        self.entry = entry
        self.outOfBand = outOfBand
    }
    override var typeName: String { "Microsoft.PowerShell.Commands.Internal.Format.FormatEntryData" }
}
