// ConvertTo-Csv / Export-Csv rows and ConvertFrom-Csv / Import-Csv parsing, PowerShell 7 rules.

public enum QuoteMode: Sendable { case always, asNeeded, never }

public enum CsvCodec {
    /// One CSV line. `nil` fields are written as nothing (no quotes), as PowerShell does for
    /// null property values. `.always` (the default) quotes every field and doubles embedded
    /// quotes; `.asNeeded` quotes only fields containing the delimiter, a quote or a newline.
    public static func formatRow(_ fields: [String?], delimiter: Character = ",", quote: QuoteMode = .always) -> String {
        var out = ""
        for (i, f) in fields.enumerated() {
            if i > 0 { out.append(delimiter) }
            guard let v = f else { continue }
            switch quote {
            case .always: appendQuoted(&out, v)
            case .asNeeded:
                if v.contains(where: { $0 == delimiter || $0 == "\n" || $0 == "\"" || $0 == "\r\n" }) { appendQuoted(&out, v) } else { out += v }
            case .never: out += v
            }
        }
        return out
    }

    static func appendQuoted(_ out: inout String, _ v: String) {
        out.append("\"")
        for ch in v {
            if ch == "\"" { out.append("\"") }
            out.append(ch)
        }
        out.append("\"")
    }

    /// Parses CSV text into records. Quoted fields may contain the delimiter, doubled quotes and
    /// newlines; CRLF and LF both end a record; a final newline does not create an empty record;
    /// blank lines give a record with one empty field (the caller skips them as Import-Csv does).
    /// Characters after a closing quote are appended to the field (PowerShell's lenient reading).
    public static func parse(_ text: String, delimiter: Character = ",") -> [[String]] {
        var records: [[String]] = []
        var fields: [String] = []
        var field = ""
        var inQuotes = false
        var fieldStarted = false
        var it = Array(text)
        if it.first == "\u{FEFF}" { it.removeFirst() }
        var i = 0
        var lineHasContent = false
        while i < it.count {
            let c = it[i]
            if inQuotes {
                if c == "\"" {
                    if i + 1 < it.count && it[i + 1] == "\"" { field.append("\""); i += 2; continue }
                    inQuotes = false; i += 1; continue
                }
                field.append(c); i += 1; continue
            }
            switch c {
            case "\"":
                if !fieldStarted || field.allSatisfy({ $0 == " " || $0 == "\t" }) {
                    if !fieldStarted || !field.isEmpty { field = "" }
                    inQuotes = true; fieldStarted = true
                } else {
                    field.append(c)
                }
                lineHasContent = true
                i += 1
            case delimiter:
                fields.append(field); field = ""; fieldStarted = false; lineHasContent = true
                i += 1
            case "\n", "\r\n", "\r":
                if lineHasContent || fieldStarted || !field.isEmpty {
                    fields.append(field)
                    records.append(fields)
                } else {
                    records.append([""])
                }
                fields = []; field = ""; fieldStarted = false; lineHasContent = false
                i += 1
            default:
                field.append(c); fieldStarted = true; lineHasContent = true
                i += 1
            }
        }
        if lineHasContent || fieldStarted || !field.isEmpty || inQuotes {
            fields.append(field)
            records.append(fields)
        }
        return records
    }
}
