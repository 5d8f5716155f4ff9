import Foundation
import PowerShellSyntax

extension CompletionEngine {
    /// `$us` → variables; `$u.Li` → members of the value in `$u` (`$u.Address.Cit` walks the
    /// chain, enumerating members of collections as member access does); `@sp` → splatting.
    /// Only variables and property reads are evaluated, never methods or commands.
    func variableOrMember(_ word: String, pipelineInput: [String] = [], before: String = "") -> [CompletionMatch] {
        let sigil = String(word.prefix(1))
        let body = String(word.dropFirst())
        guard let dot = body.firstIndex(of: "."), sigil == "$", !body.hasPrefix("{") else {
            return variables(prefix: body, sigil: sigil, before: before)
        }
        let name = String(body[..<dot])
        var path = body[body.index(after: dot)...].split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        let partial = path.popLast() ?? ""
        guard var value = pipelineItem(name, pipelineInput) ?? session.variable(name) else { return [] }
        for member in path {
            guard !member.isEmpty, !member.contains("("), let next = try? session.getMember(value, member) else { return [] }
            value = next
        }
        let head = "$" + name + "." + path.map { $0 + "." }.joined()
        let prefix = NameKey.fold(partial)
        var seen = Set<NameKey>()
        var out: [CompletionMatch] = []
        for n in memberNames(of: value) where seen.insert(NameKey(n.name)).inserted && NameKey.fold(n.name).hasPrefix(prefix) {
            out.append(CompletionMatch(head + n.name + (n.isMethod ? "(" : ""), listItemText: n.name + (n.isMethod ? "(" : ""), kind: n.isMethod ? .method : .property))
        }
        return out
    }

    /// `$_`/`$PSItem` inside a script block of a pipeline: an item of what comes down the pipeline,
    /// the value of `$variable | ...` or an object of the type the command before the `|`
    /// declares it writes (as a module gives one, `CompletionProviders.registerSample`). Commands
    /// that pass their input through (Where-Object, Sort-Object, Select-Object -First, ...) are
    /// looked through.
    func pipelineItem(_ name: String, _ elements: [String]) -> Value? {
        guard ["_", "psitem"].contains(NameKey.fold(name)),
              let input = elements.last(where: { !CompletionEngine.passThrough.contains(NameKey.fold($0)) }) else { return nil }
        if input.hasPrefix("$") {
            let variable = String(input.dropFirst())
            guard !variable.contains("."), !variable.contains("("), let v = session.variable(variable) else { return nil }
            return v.enumerated()?.first ?? v
        }
        guard let metadata = session.resolveCommandMetadata(input) else { return nil }
        let providers = CompletionProviders.of(session)
        for type in metadata.outputTypes {
            if let sample = providers.sample(typeName: type) { return sample }
        }
        return nil
    }

    /// Commands whose output is their input, or part of it.
    static let passThrough: Set<String> = ["where-object", "where", "?", "sort-object", "sort", "select-object", "select",
                                           "tee-object", "tee", "get-unique", "gu"]

    /// Variables whose names start with the word (CompletionCompleters.CompleteVariable): first
    /// those the text before assigns (tool tip: the type constraint written), then the session's,
    /// sorted (tool tip: `[type]$name` of the value). `$global:x` keeps its scope, `${x` its
    /// braces; a name with characters a bare variable cannot hold gets braces.
    func variables(prefix: String, sigil: String, before: String = "") -> [CompletionMatch] {
        var word = prefix
        var braces = false
        if word.hasPrefix("{") {
            braces = true
            word.removeFirst()
            if word.hasSuffix("}") { word.removeLast() }
        }
        func text(_ name: String) -> String {
            braces || CompletionEngine.needsBraces(name) ? sigil + "{" + name + "}" : sigil + name
        }
        if NameKey.fold(word).hasPrefix("env:") {
            let p = NameKey.fold(String(word.dropFirst(4)))
            return session.environment.keys.filter { NameKey.fold($0).hasPrefix(p) }.sorted()
                .map { CompletionMatch(text("env:" + $0), listItemText: $0, kind: .variable) }
        }
        // a new parameter or class member is being named: nothing to complete
        if CompletionEngine.namesANewVariable(before) { return [] }
        var scopePrefix = ""
        if let colon = word.firstIndex(of: ":") {
            scopePrefix = String(word[...colon])
            word = String(word[word.index(after: colon)...])
        }
        let pattern = WildcardPattern(word + "*")
        var seen = Set<NameKey>()
        var out: [CompletionMatch] = []
        for v in CompletionEngine.assignedVariables(in: before) where pattern.matches(v.name) && seen.insert(NameKey(v.name)).inserted {
            let toolTip = v.constraint.map { "[" + typeDisplayName($0) + "]$" + v.name } ?? v.name
            out.append(CompletionMatch(text(scopePrefix + v.name), listItemText: v.name, kind: .variable, toolTip: toolTip))
        }
        let scope = NameKey.fold(scopePrefix)
        if scope == "function:" {
            let functions = session.allCommands().filter { $0.kind == .function || $0.kind == .filter }.map(\.name)
            return out + functions.filter { pattern.matches($0) }.sorted { NameKey.fold($0) < NameKey.fold($1) }
                .map { CompletionMatch(text(scopePrefix + $0), listItemText: $0, kind: .variable, toolTip: $0) }
        }
        guard scope.isEmpty || ["global:", "local:", "script:", "private:", "using:"].contains(scope) else { return out }
        var found: [NameKey: PSVariable] = [:]
        var s: Scope? = session.currentScope
        while let sc = s {
            for v in sc.variables.values where found[NameKey(v.name)] == nil && pattern.matches(v.name) { found[NameKey(v.name)] = v }
            s = sc.parent
        }
        var names = found.values.map { ($0.name, Optional($0.value), $0.description) }
        for automatic in ["?", "Error", "PWD"] where pattern.matches(automatic) && found[NameKey(automatic)] == nil {
            names.append((automatic, session.variable(automatic), ""))
        }
        for (name, value, description) in names.sorted(by: { NameKey.fold($0.0) < NameKey.fold($1.0) }) where seen.insert(NameKey(name)).inserted {
            var toolTip = value.map { $0.isNull ? name : "[" + typeDisplayName(ObjectAccess.typeName(of: $0)) + "]$" + name } ?? name
            // the variable's description follows, as PowerShell's tool tip shows it
            if !description.isEmpty { toolTip += " - " + description }
            out.append(CompletionMatch(text(scopePrefix + name), listItemText: name, kind: .variable, toolTip: toolTip))
        }
        return out
    }

    /// Characters a variable name written without braces cannot hold.
    static func needsBraces(_ name: String) -> Bool {
        name.contains { "-`&@'\"#{}()$,;|<> .\\/\t^".contains($0) }
    }

    /// True when the word names a new parameter (`param($P`) or class member (`class X {$P`).
    static func namesANewVariable(_ before: String) -> Bool {
        let tokens = Parser.tokenize(before).filter { $0.kind != .endOfInput && $0.kind != .newLine && $0.kind != .comment }
        guard let last = tokens.last else { return false }
        if last.text == "(" || last.text == ",", tokens.count >= 2 {
            // directly inside param( ... ): the token before the innermost open `(` is `param`
            var depth = 0
            for t in tokens.reversed() {
                if t.text == ")" { depth += 1 } else if t.text == "(" {
                    if depth == 0 { return NameKey.fold(t.text) == "(" && tokens.last(where: { $0.extent.startOffset < t.extent.startOffset }).map { NameKey.fold($0.text) == "param" } == true }
                    depth -= 1
                }
            }
        }
        if last.text == "{", tokens.count >= 3, NameKey.fold(tokens[tokens.count - 3].text) == "class" { return true }
        return false
    }

    /// Variables the text assigns, in order: `$x = `, `$a, $b = `, `($x) = `, `[int]$x = ` (its
    /// constraint kept), `foreach ($x in`, `data Name {`. Assignments inside a script block that is
    /// closed before the end are not seen (it runs elsewhere), those in a statement's block are.
    static func assignedVariables(in text: String) -> [(name: String, constraint: String?)] {
        guard text.contains("$") || NameKey.fold(text).contains("data") else { return [] }
        let tokens = Parser.tokenize(text).filter { $0.kind != .comment && $0.kind != .newLine && $0.kind != .lineContinuation && $0.kind != .endOfInput }
        // which `{` open a script block (a value) rather than a statement's block
        var blocks: [(opaque: Bool, found: [(String, String?)])] = [(false, [])]
        func bare(_ name: String) -> String {
            if let colon = name.firstIndex(of: ":"), ["global", "local", "script", "private", "using"].contains(NameKey.fold(String(name[..<colon]))) {
                return String(name[name.index(after: colon)...])
            }
            return name
        }
        for (i, t) in tokens.enumerated() {
            switch t.kind {
            case .punctuation where t.text == "{" || t.text == "@{":
                var opaque = false
                if t.text == "{", i > 0 {
                    let p = tokens[i - 1]
                    let statementBlock = p.text == ")" || (p.kind == .keyword && ["do", "else", "try", "finally", "begin", "process", "end", "clean"].contains(NameKey.fold(p.text)))
                        || (i >= 2 && NameKey.fold(tokens[i - 2].text) == "data") || (i >= 2 && NameKey.fold(tokens[i - 2].text) == "function")
                    opaque = !statementBlock
                }
                blocks.append((opaque, []))
            case .punctuation where t.text == "}":
                if blocks.count > 1 {
                    let closed = blocks.removeLast()
                    if !closed.opaque { blocks[blocks.count - 1].found += closed.found }
                }
            case .variable:
                let name = bare(t.value.isEmpty ? String(t.text.dropFirst()) : t.value)
                var j = i + 1
                while j < tokens.count, tokens[j].text == "," || tokens[j].text == ")" || tokens[j].kind == .variable { j += 1 }
                let assigned = j < tokens.count && tokens[j].kind == .operator && ["=", "+=", "-=", "*=", "/=", "%=", "??="].contains(tokens[j].text)
                let iterated = i >= 2 && tokens[i - 1].text == "(" && NameKey.fold(tokens[i - 2].text) == "foreach"
                guard assigned || iterated else { break }
                var constraint: String?
                var k = i - 1
                while k >= 0, tokens[k].kind == .punctuation && tokens[k].text == "]" || tokens[k].kind == .typeName || tokens[k].text == "[" {
                    if tokens[k].kind == .typeName { constraint = tokens[k].text }
                    k -= 1
                }
                blocks[blocks.count - 1].found.append((name, constraint))
            case .generic, .identifier:
                if i >= 1, NameKey.fold(tokens[i - 1].text) == "data" { blocks[blocks.count - 1].found.append((t.text, nil)) }
            default:
                break
            }
        }
        return blocks.flatMap(\.found).map { (name: $0.0, constraint: $0.1) }
    }

    struct MemberName { let name: String; let isMethod: Bool }

    /// Properties first (as Format-List orders them), then methods.
    func memberNames(of value: Value) -> [MemberName] {
        var out: [MemberName] = []
        // A collection: its items' members (member-access enumeration), then its own.
        switch value {
        case .array(let a):
            if let first = a.items.first { out += memberNames(of: first) }
        case .native(let n):
            if let first = n.enumerated()?.first { out += memberNames(of: first) }
        default:
            break
        }
        out += ObjectAccess.propertyNames(of: value).map { MemberName(name: $0, isMethod: false) }
        if case .object(let o) = value {
            for m in o.members {
                switch m.kind {
                case .scriptMethod, .codeMethod: out.append(MemberName(name: m.name, isMethod: true))
                default: break
                }
            }
        }
        // a collection's Count, as PowerShell adds it to every array
        if case .array = value, !out.contains(where: { $0.name == "Count" }) { out.append(MemberName(name: "Count", isMethod: false)) }
        // the methods the runtime has for the value's type, then those every object has
        var methods = DotNetTypes.instanceMembers(of: value)?.instanceMethods.values.map(\.name).sorted() ?? []
        for universal in ["Equals", "GetHashCode", "GetType", "ToString"] where !methods.contains(universal) { methods.append(universal) }
        out += methods.map { MemberName(name: $0, isMethod: true) }
        return out
    }
}
