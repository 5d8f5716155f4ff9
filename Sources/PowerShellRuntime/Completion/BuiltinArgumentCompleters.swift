/// The argument completers PowerShell's own cmdlets declare on parameters
/// (`[ArgumentCompleter(typeof(...))]` in its source): fixed value lists matched and quoted as
/// CompletionHelpers.GetMatchingResults does. A completer's answer is final, even when empty: no
/// file names are proposed instead.
extension CompletionEngine {
    func builtinValues(command: String, parameter: String, typed: String, quote: Character?, bound: [String: String]) -> [CompletionMatch]? {
        let c = NameKey.fold(command), p = NameKey.fold(parameter)
        switch p {
        case "scope" where CompletionEngine.scopeCommands.contains(c):
            return CompletionQuoting.matchingResults(["Global", "Local", "Script"], typed: typed, quote: quote)
        case "version" where c == "set-strictmode":
            return CompletionQuoting.matchingResults(["Latest", "3.0", "2.0", "1.0"], typed: typed, quote: quote)
        case "psedition" where c == "get-module":
            return CompletionQuoting.matchingResults(["Desktop", "Core"], typed: typed, quote: quote)
        case "verb" where c == "get-verb" || c == "get-command":
            return CompletionQuoting.matchingResults(verbs(command: c, bound: bound), typed: typed, quote: quote)
        case "commandtype" where c == "get-command":
            let names = DotNetEnums.resolve("System.Management.Automation.CommandTypes", in: session)?.members.map(\.name) ?? []
            return CompletionQuoting.matchingResults(names.sorted { StringComparerObject.compare($0, $1, ignoreCase: true) < 0 }, typed: typed, quote: quote)
        case "noun" where c == "get-command":
            return CompletionQuoting.matchingResults(nouns(bound: bound), typed: typed, quote: quote)
        case "separator" where c == "join-string":
            return CompletionQuoting.matchingResults(CompletionEngine.separators.map(\.value), typed: typed, quote: quote, kind: .parameterValue) { value in
                guard let s = CompletionEngine.separators.first(where: { $0.value == value }) else { return (value, value) }
                return (s.toolTip, s.name)
            }
        case "formatstring" where c == "join-string":
            return CompletionQuoting.matchingResults(["[{0}]", "{0:N2}", "`n    `${0}", "`n    [string] `${0}"],
                                                     typed: typed, quote: quote, match: .prefixOrEscapedWildcard)
        case "typename" where c == "new-object":
            return typeNames(typed)
        case "encoding" where !isFunction(command):
            return CompletionQuoting.matchingResults(CompletionEngine.encodingNames, typed: typed, quote: quote)
        default:
            return nil
        }
    }

    private func isFunction(_ command: String) -> Bool {
        if case .function? = session.resolveCommand(command) { return true }
        return false
    }

    /// The encoding names the cmdlets' -Encoding offers (ArgumentEncodingCompletionsAttribute).
    static let encodingNames = ["ansi", "ascii", "bigendianunicode", "bigendianutf32", "oem", "unicode", "utf7", "utf8", "utf8BOM",
                                "utf8NoBOM", "utf32"]

    /// The cmdlets whose -Scope takes a scope name (ScopeArgumentCompleter).
    static let scopeCommands: Set<String> = ["clear-variable", "export-alias", "get-alias", "get-psdrive", "get-variable", "import-alias",
                                             "new-alias", "new-psdrive", "new-variable", "remove-alias", "remove-psdrive",
                                             "remove-variable", "set-alias", "set-variable"]

    /// Join-String's separators, with the names and tool tips PowerShell shows for them.
    static let separators: [(value: String, name: String, toolTip: String)] = [
        (",", "Comma", "',' - Comma"), (", ", "Comma-Space", "', ' - Comma-Space"),
        (";", "Semi-Colon", "';' - Semi-Colon"), ("; ", "Semi-Colon-Space", "'; ' - Semi-Colon-Space"),
        ("`n", "Newline", "`n - Newline"), ("-", "Dash", "'-' - Dash"), (" ", "Space", "' ' - Space"),
    ]

    /// Get-Verb -Group narrows the verbs to those groups; Get-Command -Noun (and -Module) to the
    /// verbs of the commands it would list; otherwise every approved verb.
    func verbs(command: String, bound: [String: String]) -> [String] {
        if command == "get-verb", let groups = bound.first(where: { NameKey.fold($0.key) == "group" })?.value {
            let wanted = Set(CompletionEngine.listItems(groups).map(NameKey.fold))
            return ApprovedVerbs.groups.filter { wanted.contains(NameKey.fold($0.group)) }.flatMap(\.verbs)
        }
        if command == "get-command", let nouns = bound.first(where: { NameKey.fold($0.key) == "noun" })?.value {
            let nounPatterns = CompletionEngine.listItems(nouns).map { WildcardPattern($0) }
            let modules = bound.first(where: { NameKey.fold($0.key) == "module" }).map { CompletionEngine.listItems($0.value).map { WildcardPattern($0) } }
            var seen = Set<NameKey>()
            var out: [String] = []
            // in Get-Command's order: by name
            let commands = session.allCommands().filter { $0.kind != .alias }.sorted { StringComparerObject.compare($0.name, $1.name, ignoreCase: true) < 0 }
            for entry in commands {
                guard let dash = entry.name.firstIndex(of: "-") else { continue }
                let verb = String(entry.name[..<dash]), noun = String(entry.name[entry.name.index(after: dash)...])
                guard nounPatterns.contains(where: { $0.matches(noun) }) else { continue }
                if let modules, !modules.contains(where: { $0.matches(entry.moduleName ?? entry.metadata?.moduleName ?? "") }) { continue }
                if seen.insert(NameKey(verb)).inserted { out.append(verb) }
            }
            return out
        }
        return ApprovedVerbs.groups.flatMap(\.verbs)
    }

    /// Get-Command -Noun: the nouns of the commands Get-Command would list with the -Module and
    /// -Verb already typed, sorted and unique ignoring case (NounArgumentCompleter's SortedSet).
    func nouns(bound: [String: String]) -> [String] {
        func patterns(_ name: String) -> [WildcardPattern]? {
            bound.first(where: { NameKey.fold($0.key) == name }).map { CompletionEngine.listItems($0.value).map { WildcardPattern($0) } }
        }
        let modules = patterns("module"), verbs = patterns("verb")
        var seen = Set<String>()
        var out: [String] = []
        for entry in GetCommandCommand.entries(session) {
            if let modules, !modules.contains(where: { $0.matches(entry.module) }) { continue }
            if let verbs, entry.type == "Alias" || !verbs.contains(where: { $0.matches(entry.metadata?.verb ?? "") }) { continue }
            guard let dash = entry.name.firstIndex(of: "-") else { continue }
            let noun = String(entry.name[entry.name.index(after: dash)...])
            if seen.insert(noun.uppercased()).inserted { out.append(noun) }
        }
        return out.sorted { StringComparerObject.compare($0, $1, ignoreCase: true) < 0 }
    }

    /// `Json, Job` → [Json, Job], quotes removed.
    static func listItems(_ text: String) -> [String] {
        text.split(separator: ",").map { item in
            var s = item.trimmingCharacters(in: .whitespaces)
            if s.count >= 2, let f = s.first, f == s.last, f == "'" || f == "\"" { s = String(s.dropFirst().dropLast()) }
            return s
        }.filter { !$0.isEmpty }
    }
}

/// PowerShell's approved verbs by group (System.Management.Automation.Verbs*), in its order.
enum ApprovedVerbs {
    static let groups: [(group: String, verbs: [String])] = [
        ("Common", ["Add", "Clear", "Close", "Copy", "Enter", "Exit", "Find", "Format", "Get", "Hide", "Join", "Lock", "Move", "New", "Open",
                    "Optimize", "Push", "Pop", "Redo", "Remove", "Rename", "Reset", "Resize", "Search", "Select", "Set", "Show", "Skip",
                    "Split", "Step", "Switch", "Undo", "Unlock", "Watch"]),
        ("Communications", ["Connect", "Disconnect", "Read", "Receive", "Send", "Write"]),
        ("Data", ["Backup", "Checkpoint", "Compare", "Compress", "Convert", "ConvertFrom", "ConvertTo", "Dismount", "Edit", "Expand",
                  "Export", "Group", "Import", "Initialize", "Limit", "Merge", "Mount", "Out", "Publish", "Restore", "Save", "Sync",
                  "Unpublish", "Update"]),
        ("Diagnostic", ["Debug", "Measure", "Ping", "Repair", "Resolve", "Test", "Trace"]),
        ("Lifecycle", ["Approve", "Assert", "Build", "Complete", "Confirm", "Deny", "Deploy", "Disable", "Enable", "Install", "Invoke",
                       "Register", "Request", "Restart", "Resume", "Start", "Stop", "Submit", "Suspend", "Uninstall", "Unregister", "Wait"]),
        ("Other", ["Use"]),
        ("Security", ["Block", "Grant", "Protect", "Revoke", "Unblock", "Unprotect"]),
    ]
}
