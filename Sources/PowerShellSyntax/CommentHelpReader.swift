// Comment-based help (about_Comment_Based_Help): a `<# ... #>` block or a run of `#` lines
// containing help keywords (.SYNOPSIS, .DESCRIPTION, .PARAMETER name, .EXAMPLE ...), placed
// just before `function` (at most one blank line between), or first/last in its body;
// for a script, first in the file.

extension ScriptParser {
    /// Help for a function: before the keyword, at the start of the body, or at its end.
    func functionHelp(functionStart: Int, bodyOpen: Int, bodyClose: Int) -> CommentHelp? {
        if let before = commentRun(endingBefore: functionStart, maxNewlines: 2), let help = readHelp(before) { return help }
        if let first = commentRun(startingAfter: bodyOpen, limit: bodyClose), let help = readHelp(first) { return help }
        if let last = commentRun(endingBefore: bodyClose, maxNewlines: Int.max, notBefore: bodyOpen), let help = readHelp(last) { return help }
        return nil
    }

    /// Help for a script: the first comment block, unless it belongs to a function right after it.
    func scriptHelp(_ body: ScriptBlockAst) -> CommentHelp? {
        // The first help block among the comments that open the file (after #Requires lines).
        var offset = 0
        var found: ([(start: Int, end: Int)], CommentHelp)?
        while let run = commentRun(startingAfter: offset, limit: n) {
            if let help = readHelp(run) { found = (run, help); break }
            offset = run.last?.end ?? n
        }
        guard let (run, help) = found else { return nil }
        // A help block directly followed (within one blank line) by a function belongs to the function.
        if case .functionDefinition(let f)? = body.endBlock?.statements.first, body.paramBlock == nil,
           let gap = newlines(between: run.last?.end ?? 0, and: f.extent.startOffset), gap <= 2 {
            return nil
        }
        return help
    }

    /// Newlines between two offsets when only whitespace lies between; nil otherwise.
    private func newlines(between a: Int, and b: Int) -> Int? {
        var count = 0
        var p = a
        while p < b && p < n {
            let x = c[p]
            if x == 0x0A { count += 1 } else if x == 0x0D { if ch(p + 1) != 0x0A { count += 1 } } else if !isWhitespaceChar(x) { return nil }
            p += 1
        }
        return count
    }

    /// Index of the last comment ending at or before `offset`.
    private func lastCommentIndex(endingBefore offset: Int) -> Int? {
        var lo = 0, hi = comments.count - 1, found: Int?
        while lo <= hi {
            let mid = (lo + hi) / 2
            if comments[mid].end <= offset { found = mid; lo = mid + 1 } else { hi = mid - 1 }
        }
        return found
    }

    /// The comment block (one `<# #>` or consecutive `#` lines) that ends just before `offset`.
    private func commentRun(endingBefore offset: Int, maxNewlines: Int, notBefore: Int = 0) -> [(start: Int, end: Int)]? {
        guard var i = lastCommentIndex(endingBefore: offset) else { return nil }
        guard comments[i].start >= notBefore, let gap = newlines(between: comments[i].end, and: offset), gap <= maxNewlines else { return nil }
        var run = [comments[i]]
        if c[comments[i].start] == 0x23 {
            while i > 0, c[comments[i - 1].start] == 0x23, comments[i - 1].start >= notBefore,
                  let g = newlines(between: comments[i - 1].end, and: comments[i].start), g == 1 {
                i -= 1
                run.insert(comments[i], at: 0)
            }
        }
        return run
    }

    /// The comment block that starts first after `offset` with only whitespace before it.
    private func commentRun(startingAfter offset: Int, limit: Int) -> [(start: Int, end: Int)]? {
        guard let idx = comments.firstIndex(where: { $0.start >= offset }), comments[idx].start < limit,
              newlines(between: offset, and: comments[idx].start) != nil else { return nil }
        var run = [comments[idx]]
        var i = idx
        if c[comments[i].start] == 0x23 {
            while i + 1 < comments.count, c[comments[i + 1].start] == 0x23, comments[i + 1].start < limit,
                  let g = newlines(between: comments[i].end, and: comments[i + 1].start), g == 1 {
                i += 1
                run.append(comments[i])
            }
        }
        return run
    }

    private func readHelp(_ run: [(start: Int, end: Int)]) -> CommentHelp? {
        var lines: [String] = []
        for (s, e) in run {
            if c[s] == 0x3C {
                let inner = text(s + 2, max(s + 2, e - 2))
                lines.append(contentsOf: splitLines(inner))
            } else {
                lines.append(text(s + 1, e))
            }
        }
        return CommentHelp.parse(lines: lines, rawText: run.map { text($0.start, $0.end) }.joined(separator: "\n"))
    }

    private func splitLines(_ s: String) -> [String] {
        var out: [String] = []
        var current = ""
        var lastWasCR = false
        for ch in s.unicodeScalars {
            if ch == "\n" {
                if !lastWasCR { out.append(current) }
                current = ""
                lastWasCR = false
            } else if ch == "\r" {
                out.append(current)
                current = ""
                lastWasCR = true
            } else {
                current.unicodeScalars.append(ch)
                lastWasCR = false
            }
        }
        out.append(current)
        return out
    }
}

extension CommentHelp {
    static let keywords: Set<String> = [
        "synopsis", "description", "parameter", "example", "inputs", "outputs", "notes", "link",
        "component", "role", "functionality", "forwardhelptargetname", "forwardhelpcategory",
        "remotehelprunspace", "externalhelp",
    ]

    /// Reads help sections from comment lines; nil when no help keyword is present.
    static func parse(lines: [String], rawText: String) -> CommentHelp? {
        var sections: [(keyword: String, argument: String, body: [String])] = []
        for line in lines {
            let t = trimmed(line, " \t")
            if t.hasPrefix(".") {
                let rest = t.dropFirst()
                let word = rest.prefix { $0.isLetter }
                if keywords.contains(word.lowercased()) {
                    let argument = trimmed(rest.dropFirst(word.count), " \t")
                    sections.append((word.lowercased(), argument, []))
                    continue
                }
            }
            if !sections.isEmpty { sections[sections.count - 1].body.append(line) }
        }
        guard !sections.isEmpty else { return nil }
        var help = CommentHelp(rawText: rawText)
        for s in sections {
            let body = dedent(s.body)
            switch s.keyword {
            case "synopsis": help.synopsis = body
            case "description": help.description = body
            case "parameter": help.parameterPairs.append(NamedText(name: s.argument, text: body))
            case "example": help.examples.append(body)
            case "inputs": help.inputs.append(body)
            case "outputs": help.outputs.append(body)
            case "notes": help.notes = body
            case "link": help.links.append(body.isEmpty ? s.argument : body)
            case "component": help.component = body
            case "role": help.role = body
            case "functionality": help.functionality = body
            default: break
            }
        }
        return help
    }

    /// Removes the common indentation and surrounding blank lines.
    private static func dedent(_ lines: [String]) -> String {
        var body = lines.map { String($0.reversed().drop { $0 == " " || $0 == "\t" }.reversed()) }
        while let f = body.first, f.isEmpty { body.removeFirst() }
        while let l = body.last, l.isEmpty { body.removeLast() }
        let indent = body.filter { !$0.isEmpty }.map { $0.prefix { $0 == " " || $0 == "\t" }.count }.min() ?? 0
        return body.map { $0.isEmpty ? $0 : String($0.dropFirst(indent)) }.joined(separator: "\n")
    }
}
