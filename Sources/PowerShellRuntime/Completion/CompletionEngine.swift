import Foundation

/// Tab completion from the same data the binder uses: command metadata (names, parameters,
/// ValidateSet, types), the session's functions, aliases and variables, the values in those
/// variables, registered value providers, and the file system.
public struct CompletionEngine {
    let session: Session

    public init(session: Session) { self.session = session }

    /// Candidates for the word that ends at `cursor` (a Character offset into `line`).
    public func complete(line: String, cursor: Int) -> CompletionResult {
        let chars = Array(line)
        let end = max(0, min(cursor, chars.count))
        let prefix = Array(chars[..<end])
        // the special positions, in order: the first that applies answers
        let special: [([Character]) -> (Int, [CompletionMatch])?] = [
            assignmentCompletion, indexKeyCompletion, usingKinds, staticMemberCompletion, typeNameCompletion, expressionMemberCompletion,
        ]
        for complete in special {
            if let (start, matches) = complete(prefix) {
                return CompletionResult(replacementStart: start, replacementLength: end - start, matches: matches)
            }
        }
        var input = CompletionInput(prefix: prefix)
        input.after = String(chars[end...])
        var matches = candidates(for: input)
        var start = input.wordStart
        // a member replaces only its own name (`$x.Len` → `Length` after the dot), as in PowerShell
        let word = input.word
        if input.openQuote == nil, word.hasPrefix("$"), !word.hasPrefix("${"), let dot = word.lastIndex(of: "."),
           !matches.isEmpty, matches.allSatisfy({ $0.completionText.hasPrefix(word[...dot]) }) {
            let head = word[...dot].count
            start += head
            matches = matches.map { m in
                var out = m
                out.completionText = String(m.completionText.dropFirst(head))
                return out
            }
        }
        // `-Name:value` replaces only the value (`-exe:b` → `Bypass`), as in PowerShell
        if input.openQuote == nil, word.hasPrefix("-"), let colon = word.firstIndex(of: ":"),
           !matches.isEmpty, matches.allSatisfy({ $0.completionText.hasPrefix(word[...colon]) }) {
            let head = word[...colon].count
            start += head
            matches = matches.map { m in
                var out = m
                out.completionText = String(m.completionText.dropFirst(head))
                return out
            }
        }
        return CompletionResult(replacementStart: start, replacementLength: end - start, matches: matches)
    }

    func candidates(for input: CompletionInput) -> [CompletionMatch] {
        let word = input.word
        if input.openQuote == nil, word.hasPrefix("$") || word.hasPrefix("@") {
            return variableOrMember(word, pipelineInput: input.scriptBlockInput, before: input.before)
        }
        if let inHashtable = hashtableValues(input) { return inHashtable }
        if let keys = calculatedPropertyKeys(input) { return keys }
        if let labels = loopLabels(input, after: input.after) { return labels }
        if input.openQuote == nil, word.hasPrefix("-"), let flags = CompletionEngine.switchFlags(input) { return flags }
        if input.openQuote == nil, word.hasPrefix("-"), input.isExpressionStatement {
            return CompletionEngine.operators(word)
        }
        if input.isRedirectionTarget { return paths(input) }
        if input.isCommandPosition {
            // functions the text defines come first, as PowerShell finds them in the script
            let found = commands(input.unquotedWord, quote: input.openQuote)
            let pattern = WildcardPattern(input.unquotedWord + "*")
            let defined = CompletionEngine.definedFunctions(in: input.before)
                .filter { name in pattern.matches(name) && !found.contains { NameKey.fold($0.completionText) == NameKey.fold(name) } }
                .map { CompletionMatch($0, kind: .command) }
            return filesAsCommands(input) + defined + found
        }
        // `$x = Get-Date -Fo`: the command is the first token after an assignment
        let commandIndex = input.tokens.count >= 2 && input.tokens[0].hasPrefix("$") && input.tokens[1].hasSuffix("=") ? 2 : 0
        guard commandIndex < input.tokens.count, let metadata = session.resolveCommandMetadata(input.tokens[commandIndex]) else {
            if commandIndex < input.tokens.count,
               let native = nativeValues(command: input.tokens[commandIndex], word: input.unquotedWord, cursor: input.wordStart + input.word.count) {
                return native
            }
            return paths(input)
        }
        let arguments = Array(input.tokens.dropFirst(commandIndex + 1))
        if input.openQuote == nil, word.hasPrefix("-"), !word.contains(":") {
            return parameterNames(word, metadata)
        }
        if input.openQuote == nil, word.hasPrefix("-"), let colon = word.firstIndex(of: ":") {
            // -Name:value
            let name = String(word[word.index(after: word.startIndex)..<colon])
            let valuePart = String(word[word.index(after: colon)...])
            guard let parameter = resolveParameter(name, metadata) else { return [] }
            let head = String(word[...colon])
            return values(for: parameter, command: metadata.name, typed: valuePart, quote: nil, bound: boundArguments(arguments, metadata)).map {
                CompletionMatch(head + $0.completionText, listItemText: $0.listItemText, kind: .parameterValue)
            }
        }
        if let parameter = parameterForArgument(arguments, metadata) {
            let typed = input.unquotedWord
            let bound = boundArguments(arguments, metadata)
            let found = values(for: parameter, command: metadata.name, typed: typed, quote: input.openQuote, bound: bound)
            if found.isEmpty, builtinValues(command: metadata.name, parameter: parameter.name, typed: typed, quote: input.openQuote, bound: bound) != nil {
                return []
            }
            if !found.isEmpty || !isPathLike(parameter) {
                return found.isEmpty ? paths(input, containersOnly: foldersOnly(metadata), literal: parameter.key == NameKey("LiteralPath")) : found
            }
            return paths(input, containersOnly: foldersOnly(metadata), literal: parameter.key == NameKey("LiteralPath"))
        }
        return paths(input, containersOnly: foldersOnly(metadata))
    }

    /// `switch -<Tab>`: the switch statement's flags (CompleteStatementFlags: SwitchFlags' names
    /// but None, an exact match first, then sorted; `-File:` keeps its colon).
    static func switchFlags(_ input: CompletionInput) -> [CompletionMatch]? {
        guard let first = input.tokens.first, NameKey.fold(first) == "switch",
              input.tokens.dropFirst().allSatisfy({ $0.hasPrefix("-") }) else { return nil }
        var typed = String(input.word.dropFirst())
        let withColon = typed.hasSuffix(":")
        if withColon { typed.removeLast() }
        let pattern = WildcardPattern(typed + "*")
        var exact: [String] = [], others: [String] = []
        for flag in ["File", "Regex", "Wildcard", "Exact", "CaseSensitive", "Parallel"] {
            if NameKey.fold(flag) == NameKey.fold(typed) { exact.append(flag) } else if pattern.matches(flag) { others.append(flag) }
        }
        return (exact + others.sorted()).map { CompletionMatch("-" + $0 + (withColon ? ":" : ""), listItemText: $0, kind: .parameterName, toolTip: $0) }
    }

    /// Set-Location and Push-Location go to folders: their paths complete folders only.
    func foldersOnly(_ metadata: CommandMetadata) -> Bool {
        ["set-location", "push-location"].contains(NameKey.fold(metadata.name))
    }

    /// Where a command name goes, files come first (CompleteFileNameAsCommand): names taken
    /// literally, and a quoted one gets the call operator `&` unless it is already there.
    func filesAsCommands(_ input: CompletionInput) -> [CompletionMatch] {
        paths(input, literal: true).map { m in
            let t = m.completionText
            guard !input.afterCallOperator, t.count > 2, t.first == "'", t.last == "'" else { return m }
            var out = m
            out.completionText = "& " + t
            return out
        }
    }

    // MARK: commands

    /// Commands whose names match the word (a prefix, or a wildcard pattern); `Module\name`
    /// completes the commands of that module, written with the module's name. In a quote, the
    /// names are written in that quote.
    func commands(_ typed: String, quote: Character? = nil) -> [CompletionMatch] {
        var word = typed
        if quote != nil, let last = word.last, last == quote { word.removeLast() }
        var module: String?
        if let backslash = word.firstIndex(of: "\\"), backslash != word.startIndex, !word[..<backslash].contains("/") {
            module = String(word[..<backslash])
            word = String(word[word.index(after: backslash)...])
        }
        var names: [(String, CompletionMatch.Kind)] = []
        var seen = Set<NameKey>()
        func add(_ name: String) {
            if seen.insert(NameKey(name)).inserted { names.append((name, .command)) }
        }
        for command in session.allCommands() {
            if let module {
                guard command.kind != .alias, NameKey.fold(command.moduleName ?? command.metadata?.moduleName ?? "") == NameKey.fold(module) else { continue }
            }
            add(command.name)
        }
        let found = commandNames(names, word)
        guard module != nil || quote != nil else { return found }
        return found.map { m in
            var out = m
            let name = (module.map { $0 + "\\" } ?? "") + m.completionText
            out.completionText = quote.map { q in String(q) + (q == "'" ? name.replacingOccurrences(of: "'", with: "''") : name) + String(q) } ?? name
            return out
        }
    }

    private func commandNames(_ names: [(String, CompletionMatch.Kind)], _ word: String) -> [CompletionMatch] {

        let pattern: WildcardPattern
        if WildcardPattern.containsWildcard(word) {
            pattern = WildcardPattern(word + "*")
        } else {
            let prefix = NameKey.fold(word)
            let byPrefix = names.filter { NameKey.fold($0.0).hasPrefix(prefix) }
            if !byPrefix.isEmpty || !word.contains("-") { return sortedCommands(byPrefix) }
            // `Get-Lic` → `Get-*Lic*`: the noun fragment may be anywhere in the noun
            let dash = word.firstIndex(of: "-")!
            pattern = WildcardPattern(String(word[...dash]) + "*" + String(word[word.index(after: dash)...]) + "*")
        }
        return sortedCommands(names.filter { pattern.matches($0.0) })
    }

    private func sortedCommands(_ names: [(String, CompletionMatch.Kind)]) -> [CompletionMatch] {
        names.sorted { NameKey.fold($0.0) < NameKey.fold($1.0) }.map { CompletionMatch($0.0, kind: $0.1) }
    }

    // MARK: operators

    /// `'' -a`, `55 -`: after a value, a dash starts an operator. PowerShell offers every
    /// operator whose name starts with what was typed, sorted by name (CompleteOperator).
    static func operators(_ word: String) -> [CompletionMatch] {
        let typed = NameKey.fold(String(word.dropFirst()))
        return SystemManagementAutomation.operatorNames.filter { $0.hasPrefix(typed) }.sorted()
            .map { CompletionMatch("-" + $0, listItemText: $0, kind: .parameterName) }
    }

    // MARK: parameters

    func parameterNames(_ word: String, _ metadata: CommandMetadata) -> [CompletionMatch] {
        let prefix = NameKey.fold(String(word.dropFirst()))
        // a parameter whose name does not match offers its aliases that do (`gm -t` → `-Type`)
        return metadata.allParameters.flatMap { p -> [CompletionMatch] in
            let names = NameKey.fold(p.name).hasPrefix(prefix) ? [p.name] : prefix.isEmpty ? [] : p.aliases.filter { NameKey.fold($0).hasPrefix(prefix) }
            let help = p.helpMessage.map { $0.isEmpty ? "" : " - " + $0 } ?? ""
            return names.map { name in
                CompletionMatch("-" + name, listItemText: name, kind: .parameterName, toolTip: "[" + typeDisplayName(p.type) + "] " + name + help)
            }
        }
    }

    /// A type as PowerShell shows it in a tool tip (ToStringCodeMethods.Type without namespaces):
    /// its built-in accelerator (`string`, `int`, `switch`), else its name without the namespace.
    func typeDisplayName(_ written: String) -> String {
        var base = written
        var suffix = ""
        while base.hasSuffix("[]") { base.removeLast(2); suffix += "[]" }
        let full = session.types.resolve(base)?.fullName ?? base
        if let accelerator = CompletionEngine.accelerators[NameKey.fold(full)] { return accelerator + suffix }
        return String(full.split(separator: ".").last ?? Substring(full)) + suffix
    }

    /// PowerShell's built-in type accelerators, by the type's full name (the first name of each).
    static let accelerators: [String: String] = {
        let pairs = [
            ("System.Array", "array"), ("System.Boolean", "bool"), ("System.Byte", "byte"), ("System.Char", "char"),
            ("System.DateTime", "datetime"), ("System.Decimal", "decimal"), ("System.Double", "double"), ("System.Single", "float"),
            ("System.Guid", "guid"), ("System.Collections.Hashtable", "hashtable"), ("System.Int32", "int"), ("System.Int16", "short"),
            ("System.Int64", "long"), ("System.Collections.Specialized.OrderedDictionary", "ordered"),
            ("System.Management.Automation.PSCredential", "pscredential"), ("System.Management.Automation.PSObject", "psobject"),
            ("System.Management.Automation.PSReference", "ref"), ("System.Text.RegularExpressions.Regex", "regex"),
            ("System.SByte", "sbyte"), ("System.String", "string"), ("System.Management.Automation.SwitchParameter", "switch"),
            ("System.Globalization.CultureInfo", "cultureinfo"), ("System.Numerics.BigInteger", "bigint"),
            ("System.Security.SecureString", "securestring"), ("System.TimeSpan", "timespan"), ("System.UInt16", "ushort"),
            ("System.UInt32", "uint"), ("System.UInt64", "ulong"), ("System.Uri", "uri"), ("System.Version", "version"),
            ("System.Void", "void"), ("System.Net.IPAddress", "ipaddress"), ("System.Xml.XmlDocument", "xml"),
            ("System.Management.Automation.WildcardPattern", "WildcardPattern"), ("System.Net.Mail.MailAddress", "mailaddress"),
            ("System.Management.Automation.SemanticVersion", "semver"),
        ]
        var d: [String: String] = [:]
        for (full, name) in pairs { d[NameKey.fold(full)] = name }
        return d
    }()

    /// Exact name or alias first, then a unique prefix (the binder's abbreviation rule).
    func resolveParameter(_ name: String, _ metadata: CommandMetadata) -> ParameterMetadata? {
        let key = NameKey.fold(name)
        let all = metadata.allParameters
        if let exact = all.first(where: { NameKey.fold($0.name) == key || $0.aliases.contains { NameKey.fold($0) == key } }) { return exact }
        let byPrefix = all.filter { NameKey.fold($0.name).hasPrefix(key) }
        return byPrefix.count == 1 ? byPrefix[0] : nil
    }

    /// The parameter an argument after `args` binds to: the named parameter right before it
    /// (unless that is a switch), otherwise the next positional parameter.
    func parameterForArgument(_ args: [String], _ metadata: CommandMetadata) -> ParameterMetadata? {
        // `-Type Alias, <word>`: the word goes on the list of the parameter before the list
        var last = args.last
        if var i = args.indices.last, args[i].hasSuffix(",") {
            while i > 0, args[i - 1].hasSuffix(",") || args[i].hasPrefix(",") { i -= 1 }
            last = i > 0 ? args[i - 1] : nil
        }
        // `-Type: <word>`: the value of -Type
        if let l = last, l.hasSuffix(":"), l.dropLast().contains(":") == false { last = String(l.dropLast()) }
        if let last, last.hasPrefix("-"), last.count > 1, !last.hasSuffix(","),
           let p = resolveParameter(String(last.dropFirst()), metadata), !p.isSwitch {
            return p
        }
        var position = 0
        var i = 0
        while i < args.count {
            let a = args[i]
            if a.hasPrefix("-"), a.count > 1, !a.contains(":"), let p = resolveParameter(String(a.dropFirst()), metadata) {
                i += p.isSwitch ? 1 : 2
                continue
            }
            if !(a.hasPrefix("-") && a.contains(":")) { position += 1 }
            i += 1
        }
        let positional = metadata.parameters.filter { $0.position != nil }.sorted { ($0.position ?? 0) < ($1.position ?? 0) }
        let defaultSet = metadata.defaultParameterSet
        let inDefault = positional.filter { p in defaultSet.map { p.inSet($0) } ?? true }
        let candidates = inDefault.isEmpty ? positional : inDefault
        return position < candidates.count ? candidates[position] : nil
    }

    // MARK: values

    /// `-Name value` pairs among the arguments (`-Name:value` too), by the parameter's declared
    /// name when it resolves, values unquoted.
    func boundArguments(_ args: [String], _ metadata: CommandMetadata) -> [String: String] {
        var bound: [String: String] = [:]
        func unquoted(_ s: String) -> String {
            guard s.count >= 2, let f = s.first, let l = s.last, (f == "'" && l == "'") || (f == "\"" && l == "\"") else { return s }
            return String(s.dropFirst().dropLast())
        }
        var i = 0
        while i < args.count {
            let a = args[i]
            guard a.hasPrefix("-"), a.count > 1 else { i += 1; continue }
            if let colon = a.firstIndex(of: ":") {
                let name = String(a[a.index(after: a.startIndex)..<colon])
                bound[resolveParameter(name, metadata)?.name ?? name] = unquoted(String(a[a.index(after: colon)...]))
                i += 1
                continue
            }
            let name = String(a.dropFirst())
            let p = resolveParameter(name, metadata)
            if p?.isSwitch == true { bound[p!.name] = "True"; i += 1; continue }
            if i + 1 < args.count, !args[i + 1].hasPrefix("-") {
                // `-Noun Json, Job`: a list goes on while an item ends with a comma
                var value = args[i + 1]
                i += 2
                while value.hasSuffix(","), i < args.count, !args[i].hasPrefix("-") {
                    value += " " + args[i]
                    i += 1
                }
                bound[p?.name ?? name] = value.contains(",") ? value : unquoted(value)
            } else {
                i += 1
            }
        }
        return bound
    }

    func values(for parameter: ParameterMetadata, command: String, typed: String, quote: Character?, bound: [String: String] = [:]) -> [CompletionMatch] {
        if let scripted = scriptedValues(command: command, parameter: parameter, typed: typed, quote: quote, bound: bound) { return scripted }
        if let builtin = builtinValues(command: command, parameter: parameter.name, typed: typed, quote: quote, bound: bound) { return builtin }
        var options: [String]
        let type = NameKey.fold(parameter.type)
        if let set = parameter.validateSet {
            options = set
        } else if let e = DotNetEnums.resolve(type.hasSuffix("[]") ? String(type.dropLast(2)) : type, in: session) {
            // an enumeration's names, sorted
            options = e.members.map(\.name).sorted(by: CompletionEngine.toolTipOrder)
        } else if type == "bool" || type == "system.boolean" || parameter.isSwitch {
            return ["$true", "$false"].filter { NameKey.fold($0).hasPrefix(NameKey.fold(typed)) || typed.isEmpty }
                .map { CompletionMatch($0, kind: .parameterValue) }
        } else if let named = namedThings(command: command, parameter: parameter.name, bound: bound) {
            options = named
        } else if let provided = CompletionProviders.of(session).values(for: CompletionRequest(commandName: command, parameterName: parameter.name, wordToComplete: typed, boundArguments: bound)) {
            return provided.map { CompletionMatch(quoted($0.value, quote: quote), listItemText: $0.label, kind: .parameterValue) }
        } else {
            return []
        }
        let matching: [String]
        if WildcardPattern.containsWildcard(typed) {
            let p = WildcardPattern(typed)
            matching = options.filter { p.matches($0) }
        } else {
            let prefix = NameKey.fold(typed)
            matching = options.filter { NameKey.fold($0).hasPrefix(prefix) }
        }
        return matching.map { CompletionMatch(quoted($0, quote: quote), listItemText: $0, kind: .parameterValue) }
    }

    /// What the shell's own commands name (PowerShell's native argument completion): `Get-Help
    /// -Name` a command or an about_ topic, `Get-Command -Name` a command, `-Module` a module,
    /// `Get-Variable -Name` a variable, `Get-Alias -Name` an alias, `Get-Module -Name` a loaded
    /// module (an installed one with -ListAvailable, and for Import-Module and the help cmdlets).
    func namedThings(command: String, parameter: String, bound: [String: String] = [:]) -> [String]? {
        let p = NameKey.fold(parameter)
        func modules(available: Bool) -> [String] {
            (available ? session.modules.available : session.modules.loaded).map(\.name).sorted { NameKey.fold($0) < NameKey.fold($1) }
        }
        switch (NameKey.fold(command), p) {
        case ("get-help", "name"):
            return session.modules.helpTopics.map(\.name).sorted { NameKey.fold($0) < NameKey.fold($1) } + session.allCommands().map(\.name)
        case ("get-command", "name"):
            return session.allCommands().map(\.name)
        case ("get-command", "module"), ("get-command", "excludemodule"), ("remove-module", "name"):
            return modules(available: false)
        case ("get-module", "name"):
            return modules(available: bound.keys.contains { NameKey.fold($0) == "listavailable" })
        case ("import-module", "name"), ("save-help", "module"), ("update-help", "module"):
            return modules(available: true)
        case ("get-variable", "name"), ("set-variable", "name"), ("clear-variable", "name"), ("remove-variable", "name"):
            return variables(prefix: "", sigil: "").map(\.completionText)
        case ("get-alias", "name"):
            return session.allCommands().filter { $0.kind == .alias }.map(\.name).sorted { NameKey.fold($0) < NameKey.fold($1) }
        default:
            return nil
        }
    }

    /// `Set-MgUserLicense -AddLicenses @{SkuId=<Tab>`: a value for a hashtable key is what the
    /// providers give for a parameter of that name of the command the hashtable is passed to.
    func hashtableValues(_ input: CompletionInput) -> [CompletionMatch]? {
        guard let entry = input.hashtableEntry, let command = input.hashtableCommand,
              let metadata = session.resolveCommandMetadata(command) else { return nil }
        let parameter = ParameterMetadata(name: entry.key)
        let found = values(for: parameter, command: metadata.name, typed: entry.typed, quote: entry.head.isEmpty ? input.openQuote : nil)
        if found.isEmpty { return nil }
        return found.map { CompletionMatch(entry.head + $0.completionText, listItemText: $0.listItemText, kind: .parameterValue) }
    }

    func isPathLike(_ p: ParameterMetadata) -> Bool {
        let n = NameKey.fold(p.name)
        return n.contains("path") || n.contains("file") || n == "literalpath"
    }

    /// Quotes a value that would not survive argument mode as one bare word.
    func quoted(_ value: String, quote: Character?) -> String {
        if let quote {
            let close: Character = quote == "‘" ? "’" : quote == "“" ? "”" : quote
            return String(quote) + (close == "'" || close == "’" ? value.replacingOccurrences(of: "'", with: "''") : value) + String(close)
        }
        // `@` and `#` only mean something at the start of an argument (splatting, a comment).
        // Bytes, not Characters: a value provider may return 100,000 user names.
        var needsQuotes = value.isEmpty || value.utf8.first == UInt8(ascii: "@") || value.utf8.first == UInt8(ascii: "#")
        if !needsQuotes {
            for byte in value.utf8 where CompletionEngine.argumentBreakers.contains(byte) || byte >= 0x80 && CompletionEngine.hasTypographicQuote(value) {
                needsQuotes = true
                break
            }
        }
        guard needsQuotes else { return value }
        return "'" + value.replacingOccurrences(of: "'", with: "''") + "'"
    }

    /// ASCII characters that end or change a bare argument in argument mode.
    static let argumentBreakers: Set<UInt8> = Set(" \t'\"$`;,(){}|&<>".utf8)

    static func hasTypographicQuote(_ value: String) -> Bool {
        value.unicodeScalars.contains { "‘’‚‛“”„".unicodeScalars.contains($0) }
    }
}
