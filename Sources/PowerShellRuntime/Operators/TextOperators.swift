import Foundation

extension Operators {
    /// `-like` / `-notlike`. On a collection returns the matching members (as strings, as PowerShell does).
    public static func like(_ a: Value, _ pattern: Value, caseSensitive: Bool, negate: Bool) -> Value {
        let p = WildcardPattern(LanguagePrimitives.toString(pattern), caseSensitive: caseSensitive)
        if let items = a.enumerated() {
            var out: [Value] = []
            for x in items {
                let s = LanguagePrimitives.toString(x)
                if p.matches(s) != negate { out.append(.string(s)) }
            }
            return .array(PSArray(out))
        }
        return .bool(p.matches(LanguagePrimitives.toString(a)) != negate)
    }

    static func compileRegex(_ pattern: String, caseSensitive: Bool) throws -> DotNetRegex {
        // An empty .NET pattern matches the empty string everywhere; ICU rejects it, so use (?:).
        let pattern = pattern.isEmpty ? "(?:)" : pattern
        do { return try DotNetRegex.compile(pattern, caseSensitive: caseSensitive) } catch let e as RegexError {
            throw RuntimeError(message: "The regular expression pattern \(pattern) is not valid.", errorId: "InvalidRegularExpression", category: .InvalidOperation, exceptionType: "System.Management.Automation.RuntimeException", targetObject: .string(pattern)).withInner(e.message)
        }
    }

    /// `-match` / `-notmatch`. Returns the result and, for a scalar successful match, the new `$Matches`.
    public static func match(_ a: Value, _ pattern: Value, caseSensitive: Bool, negate: Bool) throws -> (Value, PSHashtable?) {
        let p: DotNetRegex
        if case .native(let n) = pattern, let r = n as? RegexObject { p = r.regex } else {
            p = try compileRegex(LanguagePrimitives.toString(pattern), caseSensitive: caseSensitive)
        }
        if let items = a.enumerated() {
            var out: [Value] = []
            for x in items where p.isMatch(LanguagePrimitives.toString(x)) != negate { out.append(x) }
            return (.array(PSArray(out)), nil)
        }
        let s = LanguagePrimitives.toString(a)
        guard let m = p.firstMatch(in: s) else { return (.bool(negate), nil) }
        return (.bool(!negate), matchesTable(m))
    }

    /// `$Matches`: key 0 plus each successful group, numbered groups as Int32 keys, named as strings.
    public static func matchesTable(_ m: RegexMatch) -> PSHashtable {
        let h = PSHashtable()
        for g in m.groups.reversed() where g.success {
            if let n = Int(g.name) { h[.int(n)] = .string(g.value) } else { h[.string(g.name)] = .string(g.value) }
        }
        return h
    }

    /// `-replace`; the replacement may be a string (.NET substitutions) or a script block (`$_` is the Match).
    public static func replace(_ a: Value, _ operands: Value, caseSensitive: Bool, session: Session) throws -> Value {
        var pattern = Value.string("")
        var replacement = Value.string("")
        if let parts = operands.enumerated() {
            if parts.count > 2 {
                throw RuntimeError(message: "The -replace operator allows only two elements to follow it, not \(parts.count).", errorId: "BadReplaceArgument", category: .InvalidOperation)
            }
            if parts.count >= 1 { pattern = parts[0] }
            if parts.count >= 2 { replacement = parts[1] }
        } else {
            pattern = operands
        }
        let regex: DotNetRegex
        if case .native(let n) = pattern, let r = n as? RegexObject { regex = r.regex } else {
            regex = try compileRegex(LanguagePrimitives.toString(pattern), caseSensitive: caseSensitive)
        }
        func one(_ v: Value) throws -> Value {
            let s = LanguagePrimitives.toString(v)
            if case .scriptBlock(let sb) = replacement {
                return .string(try regex.replace(in: s) { m in
                    LanguagePrimitives.toString(try session.invokePredicate(sb, .native(RegexMatchObject(m, regex: regex))))
                })
            }
            return .string(regex.replace(in: s, with: LanguagePrimitives.toString(replacement)))
        }
        if let items = a.enumerated() { return .array(PSArray(try items.map(one))) }
        return try one(a)
    }

    /// Binary `-split`: `pattern`, optional max count and options (SimpleMatch, RegexMatch, IgnoreCase, ...),
    /// or a script-block predicate.
    public static func split(_ a: Value, _ operands: Value, caseSensitive: Bool, session: Session) throws -> Value {
        var parts = operands.enumerated() ?? [operands]
        if parts.isEmpty { parts = [.string(" ")] }
        let patternV = parts[0]
        let count = parts.count > 1 ? try LanguagePrimitives.toInt(parts[1]) : 0
        let opts = parts.count > 2 ? LanguagePrimitives.toString(parts[2]).split(separator: ",").map { NameKey.fold($0.trimmingCharacters(in: .whitespaces)) } : []
        let inputs = a.enumerated() ?? [a]
        var out: [Value] = []
        for x in inputs {
            let s = LanguagePrimitives.toString(x)
            if case .scriptBlock(let sb) = patternV {
                var cur = ""
                var pieces: [String] = []
                for ch in s {
                    if count > 0 && pieces.count == count - 1 { cur.append(ch); continue }
                    if LanguagePrimitives.isTrue(try session.invokePredicate(sb, .char(ch))) { pieces.append(cur); cur = "" } else { cur.append(ch) }
                }
                pieces.append(cur)
                out += pieces.map { .string($0) }
                continue
            }
            var pattern = LanguagePrimitives.toString(patternV)
            if opts.contains("simplematch") { pattern = DotNetRegex.escape(pattern) }
            if pattern.isEmpty { pattern = "(?:)" }
            let cs = caseSensitive && !opts.contains("ignorecase")
            let regex: DotNetRegex
            do {
                regex = try DotNetRegex.compile(pattern, caseSensitive: cs, multiline: opts.contains("multiline"), singleline: opts.contains("singleline"), ignorePatternWhitespace: opts.contains("ignorepatternwhitespace"), explicitCapture: opts.contains("explicitcapture"))
            } catch {
                throw RuntimeError(message: "The regular expression pattern \(pattern) is not valid.", errorId: "InvalidRegularExpression", category: .InvalidOperation)
            }
            out += regex.split(s, count: max(count, 0)).map { .string($0) }
        }
        return .array(PSArray(out, elementTypeName: "System.String"))
    }

    /// Unary `-split`: split on runs of whitespace, dropping empty entries.
    public static func unarySplit(_ a: Value) -> Value {
        let inputs = a.enumerated() ?? [a]
        var out: [Value] = []
        for x in inputs {
            out += LanguagePrimitives.toString(x).split(whereSeparator: { $0.isWhitespace }).map { .string(String($0)) }
        }
        return .array(PSArray(out, elementTypeName: "System.String"))
    }

    /// `-join`.
    public static func join(_ a: Value, _ sep: Value) -> Value {
        let items = a.isNull ? [] : (a.enumerated() ?? [a])
        return .string(items.map { LanguagePrimitives.elementString($0) }.joined(separator: LanguagePrimitives.toString(sep)))
    }

    /// `-f`: .NET composite formatting.
    public static func format(_ fmt: String, _ args: [Value]) throws -> String {
        do {
            return try DotNetFormat.composite(fmt, args.map(formatArgument))
        } catch let e as FormatError {
            throw RuntimeError(message: "Error formatting a string: \(e.message).", errorId: "FormatError", category: .InvalidOperation, exceptionType: "System.FormatException", targetObject: .string(fmt))
        }
    }

    public static func formatArgument(_ v: Value) -> FormatArgument {
        switch v {
        case .null, .automationNull: return .null
        case .bool(let b): return .bool(b)
        case .int(let i): return .int(Int64(i))
        case .long(let l): return .int(l)
        case .double(let d): return .double(d)
        case .decimal(let d): return .decimal(d)
        case .sized(.single(let f)):
            // a Single formats with its own (shortest) digits, not those of the double it widens to
            if f.isFinite, abs(f) < 7.9e27, abs(f) >= 1e-7 || f == 0 { return .decimal(DotNetDecimal(SizedNumber.single(f).decimalValue)) }
            return .double(Double(f))
        case .sized(let n):
            if let i = n.int64Value { return .int(i) }
            return .other(n.description)
        case .string(let s): return .string(s)
        case .dateTime(let d): return .dateTime(d)
        case .timeSpan(let t): return .timeSpan(t)
        default: return .other(LanguagePrimitives.toString(v))
        }
    }
}

extension RuntimeError {
    /// Attaches an inner exception message (regex/format errors keep the underlying .NET text).
    func withInner(_ message: String) -> RuntimeError {
        record.exception.innerException = PSException("System.ArgumentException", message)
        return self
    }
}
