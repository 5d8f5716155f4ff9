/// Renders an ErrorRecord as `$ErrorView` says: ConciseView (pwsh 7 default) or NormalView
/// (Windows PowerShell 5.1 layout), CategoryView. Layouts from docs/sources.md "Error views".
public enum ErrorView {
    public static func render(_ r: ErrorRecord, view: String, useColor: Bool, width: Int) -> String {
        switch NameKey.fold(view) {
        case "normalview": return normal(r)
        case "categoryview": return r.categoryInfo.getMessage()
        default: return concise(r, useColor: useColor, width: width)
        }
    }

    /// `reason` of ConciseView: `Exception` for throw, else the command, activity or category.
    static func reason(_ r: ErrorRecord) -> String {
        if r.isParseError { return "ParserError" }
        if r.fromThrowStatement { return "Exception" }
        if let c = r.invocationInfo?.myCommand, !c.isEmpty { return c }
        if !r.categoryInfo.activity.isEmpty { return r.categoryInfo.activity }
        // an anonymous script block's `$PSCmdlet` error: MyCommand is the block, which has no name
        if r.invocationInfo?.myCommand == "" { return "" }
        if let n = r.invocationInfo?.invocationName, !n.isEmpty { return n }
        // Errors not tied to a command: the category, or for NotSpecified the exception's name
        // (`RuntimeException: Attempted to divide by zero.`).
        if r.categoryInfo.category != .NotSpecified { return r.categoryInfo.category.rawValue }
        return r.categoryInfo.reason.isEmpty ? r.categoryInfo.category.rawValue : r.categoryInfo.reason
    }

    public static func concise(_ r: ErrorRecord, useColor: Bool, width: Int = 120) -> String {
        let red = useColor ? "\u{1b}[31;1m" : ""
        let accent = useColor ? "\u{1b}[36;1m" : ""
        let reset = useColor ? "\u{1b}[0m" : ""
        var message = r.message
        if let rec = r.recommendedAction, !rec.isEmpty { message += "\n  Recommendation: " + rec }
        if let target = targetPosition(r) {
            // a TargetObject that names the place (Pester's Should does): File, Line, LineText,
            // StartColumn, EndColumn
            let num = String(target.line)
            let header = String(repeating: " ", count: max(0, num.count - 4))
            var out = red + reason(r) + ": " + reset + target.file + "\n"
            out += accent + header + "Line |" + reset + "\n"
            out += accent + String(repeating: " ", count: max(0, 4 - num.count)) + num + " | " + reset + target.text + "\n"
            let prefix = accent + header + "     | " + red
            if let (start, end) = target.columns {
                out += prefix + String(repeating: " ", count: start) + String(repeating: "~", count: end - start) + reset + "\n"
            }
            let flat = message.replacingOccurrences(of: "\n", with: " ").replacingOccurrences(of: "\t", with: " ")
            out += wrap(flat, width: width - 7).map { prefix + $0 + reset }.joined(separator: "\n")
            return out
        }
        guard let inv = r.invocationInfo, inv.scriptLineNumber > 0,
              !inv.scriptName.isEmpty || inv.scriptLineNumber > 1 || r.isParseError else {
            return red + reason(r) + ": " + message + reset
        }
        let location = inv.scriptName.isEmpty ? "" : "\(inv.scriptName):\(inv.scriptLineNumber)"
        var line = inv.line.replacingOccurrences(of: "\t", with: "    ")
        while line.last == " " || line.last == "\r" { line.removeLast() }
        let num = String(inv.scriptLineNumber)
        let pad = String(repeating: " ", count: max(0, 4 - num.count)) + num
        let col = max(0, inv.offsetInLine - 1)
        let squiggle = String(repeating: "~", count: max(1, min(inv.extentLength, max(1, line.count - col))))
        var out = red + reason(r) + ": " + reset + location + "\n"
        out += accent + "Line |" + reset + "\n"
        out += accent + pad + " | " + reset + " " + line + "\n"
        out += accent + "     | " + reset + " " + String(repeating: " ", count: col) + red + squiggle + reset + "\n"
        let msgLines = message.split(separator: "\n", omittingEmptySubsequences: false).flatMap { wrap(String($0), width: width - 7) }
        out += msgLines.map { accent + "     | " + reset + red + $0 + reset }.joined(separator: "\n")
        return out
    }

    /// The place a dictionary TargetObject with `Line` and `LineText` names, with the 0-based
    /// columns to underline when `StartColumn` (and `EndColumn`) are valid 1-based columns.
    static func targetPosition(_ r: ErrorRecord) -> (file: String, line: String, text: String, columns: (Int, Int)?)? {
        guard case .hashtable(let h) = ObjectAccess.base(r.targetObject), let line = h["Line"], let lineText = h["LineText"] else { return nil }
        let text = LanguagePrimitives.toString(lineText).trimmingCharacters(in: .whitespacesAndNewlines)
        let file = h["File"].map { LanguagePrimitives.toString($0) } ?? ""
        var columns: (Int, Int)?
        let length = text.count
        if let sv = h["StartColumn"], let start = try? LanguagePrimitives.toInt(sv), start > 0, start <= length {
            var end = length + 1
            if let ev = h["EndColumn"], let e = try? LanguagePrimitives.toInt(ev), e > start, e <= length + 1 { end = e }
            columns = (start - 1, end - 1)
        }
        return (file, LanguagePrimitives.toString(line), text, columns)
    }

    /// Word-wraps a message line to the window (ConciseView keeps the `     | ` prefix on each part).
    static func wrap(_ line: String, width: Int) -> [String] {
        guard width > 10, TextLayout.displayWidth(line) > width else { return [line] }
        var lines: [String] = []
        var cur = ""
        for word in line.split(separator: " ", omittingEmptySubsequences: false) {
            let candidate = cur.isEmpty ? String(word) : cur + " " + word
            if TextLayout.displayWidth(candidate) > width && !cur.isEmpty {
                lines.append(cur)
                cur = String(word)
            } else {
                cur = candidate
            }
        }
        if !cur.isEmpty { lines.append(cur) }
        return lines
    }

    public static func normal(_ r: ErrorRecord) -> String {
        var prefix = ""
        if !r.fromThrowStatement, let c = r.invocationInfo?.invocationName ?? r.invocationInfo?.myCommand, !c.isEmpty { prefix = c + " : " }
        var out = prefix + r.message
        if let inv = r.invocationInfo, inv.scriptLineNumber > 0 {
            out += "\n" + inv.positionMessage
        }
        out += "\n    + CategoryInfo          : " + r.categoryInfo.getMessage()
        out += "\n    + FullyQualifiedErrorId : " + r.fullyQualifiedErrorId
        out += "\n"
        return out
    }
}
