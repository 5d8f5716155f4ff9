/// The `-Property` arguments shared by Select-Object, Sort-Object, Group-Object, Compare-Object,
/// Measure-Object and the Format-* cmdlets: a property name (possibly with wildcards), a script
/// block, or a hashtable ("calculated property") such as `@{Name='Seats'; Expression={$_.N * 2}}`.
///
/// PowerShell accepts any unambiguous prefix of a hashtable key (`N`, `Na`, `Name`; `E`, `Exp`)
/// and reports bad keys with the messages of FormatAndOut_MshParameter.resx.
struct PropertyExpression {
    enum Source {
        case name(String)
        case script(ScriptBlock)
    }

    let source: Source
    /// The column/property name: `Name`/`Label` of a calculated property, the property name,
    /// or a script block's text.
    let label: String?
    /// Extra hashtable entries (Width, Alignment, FormatString, Ascending, Descending), by canonical key.
    let entries: [String: Value]

    var hasWildcard: Bool {
        if case .name(let n) = source { return WildcardPattern.containsWildcard(n) }
        return false
    }

    /// The name a selected property gets.
    var displayName: String {
        if let label { return label }
        switch source {
        case .name(let n): return n
        case .script(let sb): return sb.text
        }
    }

    /// Which hashtable keys a command accepts (canonical names; `Name` and `Label` are synonyms).
    struct KeySet {
        let keys: [String]
        static let select = KeySet(keys: ["Name", "Label", "Expression"])
        static let sort = KeySet(keys: ["Expression", "Ascending", "Descending"])
        static let group = KeySet(keys: ["Expression"])
        /// Format-Table/List -GroupBy: the header shows the label.
        static let formatGroup = KeySet(keys: ["Name", "Label", "Expression", "FormatString"])
        static let table = KeySet(keys: ["Name", "Label", "Expression", "FormatString", "Width", "Alignment"])
        static let list = KeySet(keys: ["Name", "Label", "Expression", "FormatString"])
        static let wide = KeySet(keys: ["Expression", "FormatString"])
    }

    /// Parses each `-Property` item. Throws PowerShell's terminating errors for bad hashtables.
    static func parse(_ items: [Value], keys: KeySet, context: CommandContext) throws -> [PropertyExpression] {
        var out: [PropertyExpression] = []
        for item in items {
            out.append(try parse(item, keys: keys, context: context))
        }
        return out
    }

    static func parse(_ item: Value, keys: KeySet, context: CommandContext) throws -> PropertyExpression {
        switch item {
        case .scriptBlock(let sb):
            return PropertyExpression(source: .script(sb), label: nil, entries: [:])
        case .hashtable(let h):
            return try parseHashtable(h, keys: keys, context: context)
        case .object(let o) where o.baseObject != nil:
            return try parse(o.baseObject ?? .null, keys: keys, context: context)
        case .null, .automationNull:
            throw context.terminatingError("The value of a parameter was null; one of the following types was expected: {System.String, System.Management.Automation.ScriptBlock}.", errorId: "DictionaryKeyNullError", category: .InvalidArgument, exceptionType: "System.Management.Automation.PSArgumentNullException")
        default:
            return PropertyExpression(source: .name(LanguagePrimitives.toString(item)), label: nil, entries: [:])
        }
    }

    static func parseHashtable(_ h: PSHashtable, keys: KeySet, context: CommandContext) throws -> PropertyExpression {
        var entries: [String: Value] = [:]
        var seenFrom: [String: String] = [:]
        for (k, v) in h.entries {
            guard case .string(let written) = k else {
                throw context.terminatingError("The \(LanguagePrimitives.toString(k)) key type is not valid. The key must be a string.", errorId: "DictionaryKeyNonStringError", category: .InvalidArgument, exceptionType: "System.NotSupportedException")
            }
            let canonical = try canonicalKey(written, keys: keys, context: context)
            // Name and Label are one entry.
            let slot = canonical == "Label" ? "Name" : canonical
            if let prior = seenFrom[slot] {
                throw context.terminatingError("The duplicated key \"\(written)\" conflicts with \"\(prior)\".", errorId: "DuplicateKeyError", category: .InvalidArgument, exceptionType: "System.NotSupportedException")
            }
            seenFrom[slot] = written
            entries[slot] = v
        }
        guard let expr = entries["Expression"] else {
            // Sort-Object and Group-Object hashtables need an Expression; Select-Object too.
            throw context.terminatingError("A mandatory entry for Expression is missing.", errorId: "MissingKeyMandatoryEntryError", category: .InvalidArgument, exceptionType: "System.NotSupportedException")
        }
        entries["Expression"] = nil
        let source: Source
        switch expr {
        case .scriptBlock(let sb): source = .script(sb)
        case .string(let s): source = .name(s)
        case .null, .automationNull:
            throw context.terminatingError("The Expression key has no value.", errorId: "MissingKeyValueError", category: .InvalidArgument, exceptionType: "System.NotSupportedException")
        default:
            throw context.terminatingError("The \"Expression\" key has a type, \(expr.typeName), that is not valid; expected types are {System.String, System.Management.Automation.ScriptBlock}.", errorId: "IllegalTypeMultiError", category: .InvalidArgument, exceptionType: "System.NotSupportedException")
        }
        var label: String?
        if let n = entries["Name"] {
            entries["Name"] = nil
            label = LanguagePrimitives.toString(n)
        }
        return PropertyExpression(source: source, label: label, entries: entries)
    }

    /// Resolves a written key by unique prefix (`n` → Name, `e` → Expression).
    static func canonicalKey(_ written: String, keys: KeySet, context: CommandContext) throws -> String {
        let w = CaseFold.fold(written)
        if w.isEmpty {
            throw context.terminatingError("The \(written) key is not valid.", errorId: "IllegalKeyError", category: .InvalidArgument, exceptionType: "System.NotSupportedException")
        }
        if let exact = keys.keys.first(where: { CaseFold.fold($0) == w }) { return exact }
        let matches = keys.keys.filter { CaseFold.fold($0).hasPrefix(w) }
        // "N" could be Name only; "L" Label only. Name/Label are the same entry, so never ambiguous together.
        let distinct = matches.filter { $0 != "Label" || !matches.contains("Name") }
        if distinct.count == 1 { return distinct[0] }
        if distinct.count > 1 {
            throw context.terminatingError("The \(written) key is ambiguous; \(distinct[0]) and \(distinct[1]) conflict.", errorId: "AmbiguousKeyError", category: .InvalidArgument, exceptionType: "System.NotSupportedException")
        }
        throw context.terminatingError("The \(written) key is not valid.", errorId: "IllegalKeyError", category: .InvalidArgument, exceptionType: "System.NotSupportedException")
    }

    // MARK: evaluation

    /// One resolved property of one object.
    struct Resolved {
        let name: String
        /// nil when a named property does not exist on the object.
        let value: Value?
    }

    /// Evaluates the expression on `object`. Wildcard names expand to every matching property
    /// (in the object's order); a script block runs with `$_` bound and its output collapsed.
    /// A script that fails writes its error (non-terminating) and yields `$null`.
    func resolve(on object: Value, context: CommandContext) throws -> [Resolved] {
        switch source {
        case .name(let n):
            if WildcardPattern.containsWildcard(n) {
                let pattern = WildcardPattern(n)
                return ObjectAccess.propertyNames(of: object, context: context)
                    .filter { pattern.matches($0) }
                    .map { Resolved(name: label ?? $0, value: ObjectAccess.property(object, $0, context: context)) }
            }
            // a dictionary's entry comes before its members (`@{Keys = 10} | Select-Object Keys` is 10)
            if case .hashtable(let h) = ObjectAccess.base(object), let stored = h.storedKey(.string(n)), let v = h[stored] {
                return [Resolved(name: label ?? LanguagePrimitives.toString(stored), value: v)]
            }
            // Like PowerShell's name resolution, a plain name takes the member's own spelling
            // (`fl emailaddresses` labels the line `EmailAddresses`).
            let name = label ?? ObjectAccess.ownName(of: n, on: object) ?? n
            return [Resolved(name: name, value: ObjectAccess.property(object, n, context: context))]
        case .script(let sb):
            return [Resolved(name: displayName, value: try PropertyExpression.run(sb, on: object, context: context))]
        }
    }

    /// The single value used as a sort/group key (wildcards use their first match).
    func key(on object: Value, context: CommandContext) throws -> Value? {
        try resolve(on: object, context: context).first?.value
    }

    static func run(_ sb: ScriptBlock, on object: Value, context: CommandContext) throws -> Value {
        do {
            let out = try context.invoke(sb, input: object)
            switch out.count {
            case 0: return .null
            case 1: return out[0]
            default: return .array(PSArray(out))
            }
        } catch let e as RuntimeError {
            if e.isScriptTerminating || e.fromStopPreference { throw e }
            try context.writeError(e.record)
            return .null
        }
    }

    /// Wildcard expansion against a set of objects (Sort-Object / Group-Object resolve `*` once
    /// over their input, sorted by name as PowerShell's SortedDictionary does).
    static func expandWildcards(_ exprs: [PropertyExpression], over objects: [Value], context: CommandContext) -> [PropertyExpression] {
        var out: [PropertyExpression] = []
        for e in exprs {
            guard e.hasWildcard, case .name(let n) = e.source else { out.append(e); continue }
            let pattern = WildcardPattern(n)
            var names: [String: String] = [:]
            for o in objects {
                for p in ObjectAccess.propertyNames(of: o, context: context) where pattern.matches(p) {
                    names[CaseFold.fold(p)] = names[CaseFold.fold(p)] ?? p
                }
            }
            for key in names.keys.sorted() {
                if let name = names[key] { out.append(PropertyExpression(source: .name(name), label: nil, entries: e.entries)) }
            }
        }
        return out
    }
}
