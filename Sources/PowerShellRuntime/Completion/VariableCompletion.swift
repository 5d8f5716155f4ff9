import Foundation

extension CompletionEngine {
    /// `$us` → variables; `$u.Li` → members of the value in `$u` (`$u.Address.Cit` walks the
    /// chain, enumerating members of collections as member access does); `@sp` → splatting.
    /// Only variables and property reads are evaluated, never methods or commands.
    func variableOrMember(_ word: String, pipelineInput: [String] = []) -> [CompletionMatch] {
        let sigil = String(word.prefix(1))
        let body = String(word.dropFirst())
        guard let dot = body.firstIndex(of: "."), sigil == "$" else {
            return variables(prefix: body, sigil: sigil)
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

    func variables(prefix: String, sigil: String) -> [CompletionMatch] {
        if NameKey.fold(prefix).hasPrefix("env:") {
            let p = NameKey.fold(String(prefix.dropFirst(4)))
            return session.environment.keys.filter { NameKey.fold($0).hasPrefix(p) }.sorted()
                .map { CompletionMatch(sigil + "env:" + $0, listItemText: $0, kind: .variable) }
        }
        let p = NameKey.fold(prefix)
        var names: [NameKey: String] = [:]
        var scope: Scope? = session.currentScope
        while let s = scope {
            for v in s.variables.values where names[NameKey(v.name)] == nil && NameKey.fold(v.name).hasPrefix(p) {
                names[NameKey(v.name)] = v.name
            }
            scope = s.parent
        }
        for automatic in ["?", "Error", "PWD"] where NameKey.fold(automatic).hasPrefix(p) && names[NameKey(automatic)] == nil {
            names[NameKey(automatic)] = automatic
        }
        return names.values.sorted { NameKey.fold($0) < NameKey.fold($1) }
            .map { CompletionMatch(sigil + $0, listItemText: $0, kind: .variable) }
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
        let methods: [String]
        switch value {
        case .string: methods = ["Contains", "EndsWith", "IndexOf", "Replace", "Split", "StartsWith", "Substring", "ToLower", "ToUpper", "Trim"]
        case .hashtable: methods = ["Add", "Clear", "ContainsKey", "ContainsValue", "Remove"]
        case .array: methods = ["Contains", "IndexOf"]
        default: methods = []
        }
        out += (methods + ["Equals", "GetType", "ToString"]).map { MemberName(name: $0, isMethod: true) }
        return out
    }
}
