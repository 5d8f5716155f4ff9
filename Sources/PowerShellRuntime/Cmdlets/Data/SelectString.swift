import Foundation

/// Select-String: finds regex (or -SimpleMatch) patterns in piped strings or in files, writing
/// MatchInfo objects (Line, LineNumber, Path, Filename, Pattern, Matches) that print as the line
/// (piped input) or `file:line:text` (files); -Quiet gives one Boolean, -List the first match per
/// file, -NotMatch the lines without a match, -AllMatches every match on a line, -Raw the lines.
final class SelectStringCommand: Cmdlet {
    static let matchInfoType = "Microsoft.PowerShell.Commands.MatchInfo"

    static let metadata = CommandMetadata(
        name: "Select-String",
        parameters: [
            ParameterMetadata(name: "InputObject", type: "psobject", valueFromPipeline: true, allowNull: true, allowEmptyString: true),
            ParameterMetadata(name: "Pattern", type: "string[]", position: 0, mandatory: true),
            ParameterMetadata(name: "Path", type: "string[]", position: 1),
            ParameterMetadata(name: "LiteralPath", type: "string[]", aliases: ["PSPath", "LP"]),
            ParameterMetadata(name: "SimpleMatch", type: "switch"),
            ParameterMetadata(name: "CaseSensitive", type: "switch"),
            ParameterMetadata(name: "Quiet", type: "switch"),
            ParameterMetadata(name: "List", type: "switch"),
            ParameterMetadata(name: "NoEmphasis", type: "switch"),
            ParameterMetadata(name: "Include", type: "string[]"),
            ParameterMetadata(name: "Exclude", type: "string[]"),
            ParameterMetadata(name: "NotMatch", type: "switch"),
            ParameterMetadata(name: "AllMatches", type: "switch"),
            ParameterMetadata(name: "Raw", type: "switch"),
            ParameterMetadata(name: "Encoding", type: "object"),
            ParameterMetadata(name: "Context", type: "int[]"),
        ],
        outputTypes: [matchInfoType, "System.Boolean", "System.String"],
        moduleName: "Microsoft.PowerShell.Utility",
        synopsis: "Finds text in strings and files.",
        examples: [CommandExample(code: "'ann@contoso.com', 'bob@fabrikam.com' | Select-String -Pattern 'contoso' -Raw", remarks: "Matching lines.", expectedOutput: "ann@contoso.com")])
    init() {}

    private var regexes: [DotNetRegex] = []
    private var patterns: [String] = []
    private var found = false
    private var quietDone = false

    func begin(_ context: CommandContext) throws {
        patterns = context.strings("Pattern")
        let cs = context.switchPresent("CaseSensitive")
        for p in patterns {
            let text = context.switchPresent("SimpleMatch") ? DotNetRegex.escape(p) : p
            do {
                regexes.append(try DotNetRegex.compile(text, caseSensitive: cs))
            } catch let e as RegexError {
                throw context.terminatingError(e.message, errorId: "InvalidRegex", category: .InvalidArgument, exceptionType: "System.ArgumentException", targetObject: .string(p))
            }
        }
    }

    func process(_ context: CommandContext) throws {
        if quietDone { return }
        if let input = context.inputObject ?? (context.has("InputObject") ? context.value("InputObject") : nil) {
            // A FileInfo from Get-ChildItem is searched as a file.
            if case .object(let o) = input, o.typeNames.first == FileItem.fileType, let full = o.member("FullName"), case .noteProperty(let v) = full.kind {
                try search(file: LanguagePrimitives.toString(v), display: LanguagePrimitives.toString(v), context)
                return
            }
            let line = input.isNull ? "" : LanguagePrimitives.toString(input)
            try consider(line, lineNumber: 1, path: "InputStream", filename: "InputStream", context)
            return
        }
        let literal = context.has("LiteralPath")
        for raw in literal ? context.strings("LiteralPath") : context.strings("Path") {
            let paths = (literal ? [FileSystemSupport.resolve(raw, context)] : FileSystemSupport.expand(raw, context)).filter { context.files.exists($0) && !context.files.isDirectory($0) }
            if paths.isEmpty {
                try context.writeError(FileSystemSupport.pathNotFound(FileSystemSupport.resolve(raw, context), context))
                continue
            }
            for p in paths { try search(file: p, display: p, context) }
        }
    }

    func end(_ context: CommandContext) throws {
        if context.switchPresent("Quiet") && !quietDone { try context.writeObject(.bool(found)) }
    }

    private func search(file path: String, display: String, _ context: CommandContext) throws {
        let text: String
        do { text = try FileSystemSupport.readText(path, context.files) } catch {
            try context.writeError(FileSystemSupport.ioError(error, path: path, errorId: "ProcessingFile", context))
            return
        }
        for (i, line) in FileSystemSupport.lines(text).enumerated() {
            if try consider(line, lineNumber: i + 1, path: path, filename: (path as NSString).lastPathComponent, context), context.switchPresent("List") { return }
            if quietDone { return }
        }
    }

    /// Tests one line; writes its MatchInfo (or line / Boolean). Returns whether it was written.
    @discardableResult
    private func consider(_ line: String, lineNumber: Int, path: String, filename: String, _ context: CommandContext) throws -> Bool {
        var matches: [RegexMatch] = []
        var patternHit = ""
        for (r, p) in zip(regexes, patterns) {
            if context.switchPresent("AllMatches") {
                let ms = r.matches(in: line)
                if !ms.isEmpty { matches = ms; patternHit = p; break }
            } else if let m = r.firstMatch(in: line) {
                matches = [m]; patternHit = p; break
            }
        }
        let hit = !matches.isEmpty
        guard hit != context.switchPresent("NotMatch") else { return false }
        found = true
        if context.switchPresent("Quiet") {
            quietDone = true
            try context.writeObject(.bool(true))
            return true
        }
        if context.switchPresent("Raw") {
            try context.writeObject(.string(line))
            return true
        }
        let shown = path == "InputStream" ? line : "\(SelectStringCommand.relative(path, to: FileSystemSupport.location(context))):\(lineNumber):\(line)"
        let info = MatchInfo(line: line, lineNumber: lineNumber, path: path, filename: filename, pattern: hit ? patternHit : (patterns.first ?? ""),
                             ignoreCase: !context.switchPresent("CaseSensitive"), matches: matches, shown: shown)
        try context.writeObject(.native(info))
        return true
    }

    /// The path as MatchInfo prints it: relative to the current location when inside it.
    static func relative(_ path: String, to location: String) -> String {
        let base = location.hasSuffix("/") ? location : location + "/"
        return path.hasPrefix(base) ? String(path.dropFirst(base.count)) : path
    }
}

/// Microsoft.PowerShell.Commands.MatchInfo. It prints as its line (`file:n:line` for files), as
/// PowerShell's MatchInfo view does, so it lists no display properties; its properties still read.
final class MatchInfo: NativeObject {
    let line: String, lineNumber: Int, path: String, filename: String, pattern: String, ignoreCase: Bool
    let matches: [RegexMatch]
    let shown: String

    init(line: String, lineNumber: Int, path: String, filename: String, pattern: String, ignoreCase: Bool, matches: [RegexMatch], shown: String) {
        self.line = line; self.lineNumber = lineNumber; self.path = path; self.filename = filename
        self.pattern = pattern; self.ignoreCase = ignoreCase; self.matches = matches; self.shown = shown
    }

    var typeName: String { SelectStringCommand.matchInfoType }

    func getProperty(_ name: NameKey, session: Session) -> Value? {
        switch name.folded {
        case "line": return .string(line)
        case "linenumber": return .int(lineNumber)
        case "path": return .string(path)
        case "filename": return .string(filename)
        case "pattern": return .string(pattern)
        case "ignorecase": return .bool(ignoreCase)
        case "context": return .null
        case "matches": return .array(PSArray(matches.map { .native(RegexMatchObject($0, regex: nil)) }))
        default: return nil
        }
    }

    func invokeMethod(_ name: NameKey, _ args: [Value], session: Session) throws -> Value? {
        name.folded == "tostring" ? .string(shown) : nil
    }

    func toString() -> String { shown }
}
