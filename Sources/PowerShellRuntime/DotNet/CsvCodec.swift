// ConvertTo-Csv / Export-Csv rows and ConvertFrom-Csv / Import-Csv parsing, PowerShell 7 rules.
import Foundation

public enum QuoteMode: Sendable { case always, asNeeded, never }

public enum CsvCodec {
    /// One CSV line. `nil` fields are written as nothing (no quotes), as PowerShell does for
    /// null property values. `.always` (the default) quotes every field and doubles embedded
    /// quotes; `.asNeeded` quotes only fields containing the delimiter, a quote or a newline.
    public static func formatRow(_ fields: [String?], delimiter: Character = ",", quote: QuoteMode = .always) -> String {
        var out = ""
        appendRow(fields, delimiter: delimiter, quote: quote, to: &out)
        return out
    }

    /// `formatRow` appending to `out` (Export-Csv writes a whole file into one buffer).
    public static func appendRow(_ fields: [String?], delimiter: Character = ",", quote: QuoteMode = .always, to out: inout String) {
        for (i, f) in fields.enumerated() {
            if i > 0 { out.append(delimiter) }
            guard let v = f else { continue }
            switch quote {
            case .always: appendQuoted(&out, v)
            case .asNeeded:
                if mayNeedQuotes(v, delimiter: delimiter),
                   v.contains(where: { $0 == delimiter || $0 == "\n" || $0 == "\"" || $0 == "\r\n" }) {
                    appendQuoted(&out, v)
                } else {
                    out += v
                }
            case .never: out += v
            }
        }
    }

    /// False when no byte of `v` can start a delimiter, a quote or a line break, so the
    /// Character-by-Character test is not needed (it is ~10x slower than looking at bytes).
    static func mayNeedQuotes(_ v: String, delimiter: Character) -> Bool {
        guard let d = delimiter.asciiValue else { return true }
        return v.utf8.contains { $0 == d || $0 == 0x0A || $0 == 0x0D || $0 == 0x22 }
    }

    /// ConvertTo-Csv -QuoteFields: only the fields whose flag is true are quoted.
    public static func formatRow(_ fields: [String?], delimiter: Character = ",", quoteFields: [Bool]) -> String {
        var out = ""
        for (i, f) in fields.enumerated() {
            if i > 0 { out.append(delimiter) }
            guard let v = f else { continue }
            if i < quoteFields.count && quoteFields[i] { appendQuoted(&out, v) } else { out += v }
        }
        return out
    }

    /// Whether the text holds a `"` byte (memchr over the contiguous UTF-8 of a native string).
    static func containsQuote(_ v: String) -> Bool {
        v.utf8.withContiguousStorageIfAvailable { bytes in
            guard let base = bytes.baseAddress else { return false }
            return memchr(base, 0x22, bytes.count) != nil
        } ?? v.utf8.contains(0x22)
    }

    static func appendQuoted(_ out: inout String, _ v: String) {
        // Most fields hold no quote byte: append them whole. Otherwise walk Characters, as a
        // quote followed by a combining mark is one Character that is not a quote.
        if !containsQuote(v) {
            out += "\""
            out += v
            out += "\""
            return
        }
        out.append("\"")
        for ch in v {
            if ch == "\"" { out.append("\"") }
            out.append(ch)
        }
        out.append("\"")
    }

    /// Parses CSV text into records the way Import-Csv / ConvertFrom-Csv read them:
    /// - a field may be quoted; inside quotes the delimiter, newlines and doubled quotes ("") are text;
    /// - leading blanks of a field are skipped; blanks after a closing quote are dropped, other text
    ///   after it is kept as is; a quote in the middle of an unquoted field is ordinary text;
    /// - CR, LF and CRLF end a record; a blank line gives `[""]` (callers skip it);
    /// - a delimiter right before the end of the text does not add an empty last field.
    public static func parse(_ text: String, delimiter: Character = ",") -> [[String]] {
        let d = delimiter.unicodeScalars.first ?? ","
        var chars = Array(text.unicodeScalars)
        if chars.first == "\u{FEFF}" { chars.removeFirst() }
        var i = 0
        let n = chars.count
        var records: [[String]] = []

        func isBlank(_ c: Unicode.Scalar) -> Bool { c == " " || c == "\t" }
        /// Consumes a newline at i (CR, LF or CRLF) and returns it, or nil.
        func newline() -> String? {
            guard i < n else { return nil }
            if chars[i] == "\r" {
                if i + 1 < n && chars[i + 1] == "\n" { i += 2; return "\r\n" }
                i += 1; return "\r"
            }
            if chars[i] == "\n" { i += 1; return "\n" }
            return nil
        }
        /// Reads to the next delimiter or newline; returns (text, endOfRecord).
        func readTillDelimiter(eatTrailingBlanks: Bool) -> (String, Bool) {
            var temp = String.UnicodeScalarView()
            var nonBlank = false
            while true {
                if i >= n { return (finish(temp, nonBlank, eatTrailingBlanks), true) }
                if chars[i] == d { i += 1; break }
                if newline() != nil { return (finish(temp, nonBlank, eatTrailingBlanks), true) }
                let c = chars[i]; i += 1
                temp.append(c)
                if !isBlank(c) { nonBlank = true }
            }
            return (finish(temp, nonBlank, eatTrailingBlanks), false)
        }
        func finish(_ t: String.UnicodeScalarView, _ nonBlank: Bool, _ eat: Bool) -> String {
            (eat && !nonBlank) ? "" : String(t)
        }

        while i < n {
            var result: [String] = []
            var current = String.UnicodeScalarView()
            var inQuotes = false
            recordLoop: while i < n {
                let c = chars[i]
                if c == d {
                    i += 1
                    if inQuotes { current.append(c) } else { result.append(String(current)); current = String.UnicodeScalarView() }
                } else if c == "\"" {
                    i += 1
                    if inQuotes {
                        if i < n && chars[i] == "\"" { i += 1; current.append("\"") }
                        else {
                            inQuotes = false
                            let (rest, end) = readTillDelimiter(eatTrailingBlanks: true)
                            current.append(contentsOf: rest.unicodeScalars)
                            result.append(String(current)); current = String.UnicodeScalarView()
                            if end { break recordLoop }
                        }
                    } else if current.isEmpty {
                        inQuotes = true
                    } else {
                        current.append(c)
                        let (rest, end) = readTillDelimiter(eatTrailingBlanks: false)
                        current.append(contentsOf: rest.unicodeScalars)
                        result.append(String(current)); current = String.UnicodeScalarView()
                        if end { break recordLoop }
                    }
                } else if isBlank(c) {
                    i += 1
                    if inQuotes { current.append(c) }
                    else if current.isEmpty { continue }
                    else {
                        current.append(c)
                        let (rest, end) = readTillDelimiter(eatTrailingBlanks: true)
                        current.append(contentsOf: rest.unicodeScalars)
                        result.append(String(current)); current = String.UnicodeScalarView()
                        if end { break recordLoop }
                    }
                } else if let nl = newline() {
                    if inQuotes { current.append(contentsOf: nl.unicodeScalars) }
                    else { result.append(String(current)); current = String.UnicodeScalarView(); break recordLoop }
                } else {
                    i += 1
                    current.append(c)
                }
            }
            if !current.isEmpty { result.append(String(current)) }
            if result.isEmpty { break }
            records.append(result)
        }
        return records
    }
}
