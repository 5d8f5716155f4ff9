import Foundation

/// File names as PowerShell completes them (CompletionCompleters.CompleteFilename): the typed
/// word is a folder (wildcards allowed) and a name prefix; a word typed relative to the current
/// location completes to a path relative to it (`./name`, `../name`), an absolute or `~/` one to an
/// absolute path; names are escaped and quoted for the quote in use; sorted by full path.
extension CompletionEngine {
    func looksLikePath(_ word: String) -> Bool {
        word.hasPrefix(".") || word.hasPrefix("/") || word.hasPrefix("~") || word.contains("/") || word.contains("\\")
    }

    /// How a completed path is written: as a bare word, or inside the quote the user opened.
    enum PathQuoting { case bare, singleQuoted, doubleQuoted }

    /// - Parameters:
    ///   - containersOnly: folders only (Set-Location's path).
    ///   - literal: `[`, `]` and `` ` `` are not wildcard characters (a -LiteralPath, a command name).
    func paths(_ input: CompletionInput, containersOnly: Bool = false, literal: Bool = false) -> [CompletionMatch] {
        var typed = input.unquotedWord
        var quoteChar = input.openQuote
        // a word quoted at both ends: `'./My `[Path`]'`
        if quoteChar == nil, typed.count >= 2, let f = typed.first, f == typed.last, f == "'" || f == "\"" {
            quoteChar = f
            typed = String(typed.dropFirst().dropLast())
        }
        let quoting: PathQuoting = quoteChar.map { "'‘’‚‛".contains($0) ? .singleQuoted : .doubleQuoted } ?? .bare

        let home = session.environment["HOME"] ?? NSHomeDirectory()
        let usedHome = typed.hasPrefix("~/") || typed.hasPrefix("~\\")
        let normalized = typed.replacingOccurrences(of: "\\", with: "/")
        let slash = normalized.lastIndex(of: "/")
        let basePart = slash.map { String(normalized[...$0]) } ?? ""
        let filter = (slash.map { String(normalized[normalized.index(after: $0)...]) } ?? normalized) + "*"
        let relative = !usedHome && !basePart.hasPrefix("/")

        let current = session.currentLocation
        let directories: [String]
        if basePart.isEmpty {
            directories = [current]
        } else {
            let start = usedHome ? home : basePart.hasPrefix("/") ? "/" : current
            let rest = usedHome ? String(basePart.dropFirst(2)) : basePart
            directories = resolveFolders(rest, from: start)
        }
        let pattern = WildcardPattern(filter)
        var found: [(text: String, name: String, full: String, isDirectory: Bool)] = []
        for directory in directories {
            guard let names = try? session.fileSystem.contents(ofDirectory: directory) else { continue }
            for name in names where pattern.matches(name) {
                let full = directory == "/" ? "/" + name : directory + "/" + name
                let isDirectory = session.fileSystem.isDirectory(full)
                if containersOnly && !isDirectory { continue }
                var parent: String
                if relative {
                    parent = CompletionEngine.relativePath(from: current, to: directory)
                } else if usedHome, directory == home || directory.hasPrefix(home + "/") {
                    parent = "~" + directory.dropFirst(home.count) + "/"
                } else {
                    parent = directory.hasSuffix("/") ? directory : directory + "/"
                }
                if parent.isEmpty { parent = "./" }
                let (escapedParent, parentNeedsQuotes) = CompletionEngine.escapePath(parent, quoting, literal: literal)
                let (escapedLeaf, leafNeedsQuotes) = CompletionEngine.escapePath(name, quoting, literal: literal)
                let body = escapedParent + escapedLeaf
                let text: String
                switch quoting {
                case .singleQuoted: text = "'" + body + "'"
                case .doubleQuoted: text = "\"" + body + "\""
                case .bare: text = parentNeedsQuotes || leafNeedsQuotes ? "'" + body + "'" : body
                }
                found.append((text, name, full, isDirectory))
            }
        }
        return found.sorted { CompletionEngine.toolTipOrder($0.full, $1.full) }.map {
            CompletionMatch($0.text, listItemText: $0.name, kind: $0.isDirectory ? .directory : .file, toolTip: $0.full)
        }
    }

    /// The folders a typed folder path names, from `start`: `.` and `..` step, a component with
    /// wildcards matches every folder it matches, others are taken literally (escapes removed).
    func resolveFolders(_ path: String, from start: String) -> [String] {
        var current = [start]
        for component in path.split(separator: "/").map(String.init) {
            var next: [String] = []
            for directory in current {
                switch component {
                case ".":
                    next.append(directory)
                case "..":
                    next.append((directory as NSString).deletingLastPathComponent)
                default:
                    if WildcardPattern.containsWildcard(component) {
                        let pattern = WildcardPattern(component)
                        let names = (try? session.fileSystem.contents(ofDirectory: directory)) ?? []
                        for name in names.sorted() where pattern.matches(name) {
                            let full = (directory as NSString).appendingPathComponent(name)
                            if session.fileSystem.isDirectory(full) { next.append(full) }
                        }
                    } else {
                        let full = (directory as NSString).appendingPathComponent(CompletionEngine.unescapeWildcards(component))
                        if session.fileSystem.isDirectory(full) { next.append(full) }
                    }
                }
            }
            current = next
        }
        return current
    }

    static func unescapeWildcards(_ text: String) -> String {
        var out = ""
        var escaped = false
        for c in text {
            if !escaped && c == "`" { escaped = true; continue }
            escaped = false
            out.append(c)
        }
        return out
    }

    /// The path from folder `from` to folder `to` ending with `/`: `./sub/` below it, `../x/` beside
    /// it (SessionState.NormalizeRelativePath, with PowerShell's `./` for what is below).
    static func relativePath(from: String, to: String) -> String {
        let a = from.split(separator: "/").map(String.init), b = to.split(separator: "/").map(String.init)
        var common = 0
        while common < a.count, common < b.count, a[common] == b[common] { common += 1 }
        let ups = a.count - common
        let down = b[common...].map { $0 + "/" }.joined()
        return ups == 0 ? "./" + down : String(repeating: "../", count: ups) + down
    }

    /// Escapes what a path needs escaped in the quoting it will be written in, and says whether a
    /// bare word must be quoted (PowerShell's EscapeCharIfNeeded): wildcard brackets get a
    /// backtick unless the path is literal, `$` and `` ` `` are escaped in double quotes, a quote
    /// character is doubled in single quotes, and characters that end a bare word need quotes.
    static func escapePath(_ path: String, _ quoting: PathQuoting, literal: Bool) -> (String, Bool) {
        let singleRules = quoting != .doubleQuoted
        let bare = quoting == .bare
        var out = ""
        var needsQuotes = false
        for (index, c) in path.enumerated() {
            switch c {
            case "#", "-", "@":
                if index == 0 && bare { needsQuotes = true }
            case " ", ",", ";", "(", ")", "{", "}", "|", "&":
                if bare { needsQuotes = true }
            case "[", "]":
                if !literal {
                    out += singleRules ? "`" : (out.last == "`" ? "````" : "``")
                    needsQuotes = true
                }
            case "`":
                if singleRules {
                    if !literal { out += "`" }
                } else {
                    out += !literal && out.last == "`" ? "```" : "`"
                }
                if quoting != .singleQuoted { needsQuotes = true }
            case "$":
                if !singleRules { out += "`" }
                if quoting != .singleQuoted { needsQuotes = true }
            default:
                if singleRules {
                    if "'‘’‚‛".contains(c) {
                        out += "'"
                        needsQuotes = true
                    } else if !needsQuotes && bare && "\"“”„".contains(c) {
                        needsQuotes = true
                    }
                } else if "\"“”„".contains(c) {
                    out += "`"
                    needsQuotes = true
                }
            }
            out.append(c)
        }
        return (out, needsQuotes)
    }

    /// .NET's culture order (as ICU's root collation sorts): punctuation and symbols before
    /// digits before letters, letters by their case-folded form, lower case first on a tie.
    static func toolTipOrder(_ a: String, _ b: String) -> Bool {
        func rank(_ c: Character) -> Int { c.isLetter ? 2 : c.isNumber ? 1 : 0 }
        let fa = Array(NameKey.fold(a)), fb = Array(NameKey.fold(b))
        for (x, y) in zip(fa, fb) where x != y {
            let rx = rank(x), ry = rank(y)
            return rx != ry ? rx < ry : x < y
        }
        if fa.count != fb.count { return fa.count < fb.count }
        for (x, y) in zip(a, b) where x != y { return x.isLowercase && !y.isLowercase }
        return a < b
    }
}
