import Foundation

/// What ConvertTo-Csv/Export-Csv and ConvertFrom-Csv/Import-Csv share: turning objects into CSV
/// lines (header from the first object, `#TYPE` line on request, PowerShell 7's quoting options)
/// and CSV records back into PSCustomObjects.
struct CsvWriter {
    var delimiter: Character
    var quote: QuoteMode
    /// With -QuoteFields only these columns are quoted.
    var quoteFields: Set<String>?
    var includeType: Bool
    var noHeader: Bool
    /// Column names; nil until the first object arrives (or taken from an existing file on -Append).
    var header: [String]?

    static let parameters: [ParameterMetadata] = [
        ParameterMetadata(name: "UseCulture", type: "switch", parameterSets: ["UseCulture"]),
        ParameterMetadata(name: "IncludeTypeInformation", type: "switch", aliases: ["ITI"]),
        ParameterMetadata(name: "NoTypeInformation", type: "switch", aliases: ["NTI"]),
        ParameterMetadata(name: "QuoteFields", type: "string[]", aliases: ["QF"]),
        ParameterMetadata(name: "UseQuotes", type: "string", aliases: ["UQ"], validateSet: ["Never", "Always", "AsNeeded"]),
        ParameterMetadata(name: "NoHeader", type: "switch"),
    ]

    init(_ context: CommandContext) throws {
        delimiter = try CsvWriter.delimiter(context)
        switch CaseFold.fold(context.string("UseQuotes") ?? "always") {
        case "never": quote = .never
        case "asneeded": quote = .asNeeded
        default: quote = .always
        }
        if context.has("QuoteFields") { quoteFields = Set(context.strings("QuoteFields").map(CaseFold.fold)) }
        // PowerShell 7: no #TYPE line unless -IncludeTypeInformation; -NoTypeInformation is accepted and ignored.
        includeType = context.switchPresent("IncludeTypeInformation") && !context.switchPresent("NoTypeInformation")
        noHeader = context.switchPresent("NoHeader")
    }

    /// -Delimiter (one character) or -UseCulture (the en-US list separator).
    static func delimiter(_ context: CommandContext) throws -> Character {
        guard let d = context.string("Delimiter") else { return "," }
        guard d.count == 1, let c = d.first else {
            throw context.terminatingError("Cannot bind parameter 'Delimiter'. Cannot convert value \"\(d)\" to type \"System.Char\". Error: \"String must be exactly one character long.\"",
                                           errorId: "CannotConvertArgumentNoMessage", category: .InvalidArgument,
                                           exceptionType: "System.Management.Automation.ParameterBindingException")
        }
        return c
    }

    /// The header's member keys, folded once (not once per row and column).
    private var headerKeys: [NameKey] = []
    /// The positions of the header's columns in the last shared object shape seen (objects of one
    /// command share a shape: the 61 columns of 32,000 users are found once). The shape is held,
    /// so it cannot be freed and another take its place.
    private var columnPositions: (shape: PSShape, positions: [Int?])?
    /// The last DateTime written and its text: a Get-MsolUser user has three equal dates.
    private var lastDate: (DotNetDateTime, String)?
    /// `List`1[T]` texts by element type (every user has a dozen lists of a few types).
    private var listTexts: [ObjectIdentifier: (PSTypeInfo, String)] = [:]

    /// Lines for one object: the `#TYPE` and header lines before the first object, then its row.
    mutating func lines(for object: Value, context: CommandContext) -> [String] {
        var out = header == nil ? headerLines(for: object, context: context) : []
        var row = ""
        appendRow(for: object, context: context, to: &row)
        out.append(row)
        return out
    }

    /// The same lines, each with its newline, appended to `out`: Export-Csv keeps one buffer for
    /// the whole file instead of an array of lines joined at the end.
    mutating func appendLines(for object: Value, context: CommandContext, to out: inout String) {
        if header == nil {
            for line in headerLines(for: object, context: context) { out += line; out += "\n" }
        }
        appendRow(for: object, context: context, to: &out)
        out += "\n"
    }

    /// Sets the header from the first object; its `#TYPE` and header lines.
    private mutating func headerLines(for object: Value, context: CommandContext) -> [String] {
        var out: [String] = []
        // PowerShell 7.2+: a dictionary's columns are its keys.
        var names = ObjectAccess.propertyNames(of: object, context: context)
        if case .hashtable(let h) = ObjectAccess.base(object) { names = h.keys.map { LanguagePrimitives.toString($0) } }
        header = names
        if includeType {
            var t = ObjectAccess.typeName(of: object)
            if t.hasPrefix("CSV:") { t = String(t.dropFirst(4)) }
            out.append("#TYPE " + t)
        }
        if !noHeader { out.append(row(names)) }
        return out
    }

    /// One object's row (without its newline).
    private mutating func appendRow(for object: Value, context: CommandContext, to out: inout String) {
        let header = self.header ?? []
        if headerKeys.count != header.count { headerKeys = header.map(NameKey.init) }
        var values: [String?] = []
        values.reserveCapacity(header.count)
        let table: PSHashtable? = if case .hashtable(let h) = ObjectAccess.base(object) { h } else { nil }
        var positioned: (object: PSObject, positions: [Int?])?
        // only shared shapes: they never change, while an object's own shape changes in place
        if table == nil, case .object(let o) = object, o.shape.isShared {
            if columnPositions?.shape !== o.shape { columnPositions = (o.shape, headerKeys.map { o.shape.index[$0] }) }
            positioned = columnPositions.map { (o, $0.positions) }
        }
        for (column, (name, key)) in zip(header, headerKeys).enumerated() {
            if let table, let v = table[.string(name)] {
                values.append(v.isNull ? nil : fieldText(v))
                continue
            }
            // a note property where the shape has it: read in place (other members as always)
            if let (o, positions) = positioned, let p = positions[column], let v = o.noteValue(at: p) {
                values.append(v.isNull ? nil : fieldText(v))
                continue
            }
            guard let v = ObjectAccess.property(object, key, session: context.session), !v.isNull else {
                values.append(nil)
                continue
            }
            values.append(fieldText(v))
        }
        appendRow(values, to: &out)
    }

    func row(_ fields: [String?]) -> String {
        var out = ""
        appendRow(fields, to: &out)
        return out
    }

    func appendRow(_ fields: [String?], to out: inout String) {
        guard let quoteFields, let header else {
            CsvCodec.appendRow(fields, delimiter: delimiter, quote: quote, to: &out)
            return
        }
        var parts: [String] = []
        for (i, f) in fields.enumerated() {
            let name = i < header.count ? CaseFold.fold(header[i]) : ""
            parts.append(CsvCodec.formatRow([f], delimiter: delimiter, quote: quoteFields.contains(name) ? .always : .never))
        }
        out += parts.joined(separator: String(delimiter))
    }

    /// A property value's CSV text: its string form, collections by their type name (as .NET's ToString).
    /// A field as pwsh writes it: the value's ToString(), so a date is in the current culture
    /// (`3/5/2024 2:07:00 PM`).
    static func fieldText(_ v: Value) -> String {
        LanguagePrimitives.cultureString(v)
    }

    /// `fieldText` with the texts that repeat from row to row remembered (dates, list type names).
    mutating func fieldText(_ v: Value) -> String {
        switch v {
        case .string(let s): return s
        case .dateTime(let d):
            if let (last, text) = lastDate, last == d { return text }
            let text = CsvWriter.fieldText(v)
            lastDate = (d, text)
            return text
        case .native(let n):
            guard let list = n as? PSList, !list.isArrayList, let type = list.elementType else { return CsvWriter.fieldText(v) }
            if let (_, text) = listTexts[ObjectIdentifier(type)] { return text }
            let text = list.toString()
            listTexts[ObjectIdentifier(type)] = (type, text)
            return text
        default: return CsvWriter.fieldText(v)
        }
    }
}

/// Turns CSV records into PSCustomObjects (Import-Csv / ConvertFrom-Csv).
struct CsvReader {
    var delimiter: Character
    var header: [String]?
    var typeName: String?

    /// Builds objects from parsed records. The first record is the header unless one was given;
    /// `#TYPE x` before it sets the type name (`CSV:x`); other `#` lines before it are skipped;
    /// blank lines are skipped; missing values are `$null`.
    mutating func objects(from records: [[String]], context: CommandContext) throws -> [Value] {
        var out: [Value] = []
        for rec in records {
            if header == nil {
                if let first = rec.first, first.hasPrefix("#") {
                    if rec.count >= 1, CaseFold.fold(first).hasPrefix("#type") {
                        let t = first.dropFirst(5).trimmingCharacters(in: .whitespaces)
                        if !t.isEmpty { typeName = t }
                    } else if first.hasPrefix("#Fields: ") {
                        var h = rec
                        h[0] = String(first.dropFirst(9))
                        header = try CsvReader.validated(h, context)
                    }
                    continue
                }
                if rec.count == 1 && rec[0].isEmpty { continue }
                var h = rec
                while h.count > 1 && (h.last ?? "").isEmpty { h.removeLast() }
                header = try CsvReader.validated(h, context)
                continue
            }
            if rec.count == 1 && rec[0].isEmpty { continue }
            out.append(object(rec))
        }
        return out
    }

    static func validated(_ names: [String], _ context: CommandContext) throws -> [String] {
        var seen = Set<String>()
        var out: [String] = []
        for (i, n) in names.enumerated() {
            let name = n.isEmpty ? "H\(i + 1)" : n
            if !seen.insert(CaseFold.fold(name)).inserted {
                throw context.terminatingError("The member \"\(name)\" is already present.", errorId: "AlreadyPresentPSMemberInfoInternalCollectionAdd", category: .NotSpecified, exceptionType: "System.Management.Automation.ExtendedTypeSystemException")
            }
            out.append(name)
        }
        return out
    }

    func object(_ values: [String]) -> Value {
        var typeNames = [PSObject.customObjectTypeName, "System.Object"]
        if let typeName { typeNames.insert("CSV:" + typeName, at: 0) }
        let o = PSObject(typeNames: typeNames)
        for (i, name) in (header ?? []).enumerated() {
            o.setNote(name, i < values.count ? .string(values[i]) : .null)
        }
        return .object(o)
    }
}
