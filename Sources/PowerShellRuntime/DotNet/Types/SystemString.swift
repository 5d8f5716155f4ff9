import Foundation

/// System.String: `[string]::Join(',', $a)`, `[string]::new('x', 3)`, and the methods of every
/// string value. .NET's string methods compare case-SENSITIVELY unless given a StringComparison,
/// unlike PowerShell's operators; Substring, IndexOf, Insert and Remove count UTF-16 code units.
enum SystemString {
    static let members = TypeMembers(
        staticProperties: [
            "Empty": { _ in .string("") },
        ],
        staticMethods: [
            "IsNullOrEmpty": { call in .bool(call.arg(0).isNull || call.string(0).isEmpty) },
            "IsNullOrWhiteSpace": { call in .bool(call.arg(0).isNull || call.string(0).allSatisfy { $0.isWhitespace }) },
            "Join": { call in
                .string(listArguments(call).map { LanguagePrimitives.elementString($0) }.joined(separator: call.string(0)))
            },
            "Format": { call in .string(try Operators.format(call.string(0), listArguments(call))) },
            "Concat": { call in .string(call.args.map { LanguagePrimitives.toString($0) }.joined()) },
            "Equals": { call in .bool(call.string(0) == call.string(1)) },
            "Compare": { call in
                let ignore = call.count > 2 && (LanguagePrimitives.isTrue(call.arg(2)) || comparisonIgnoresCase(call.arg(2)))
                return .int(CaseFold.compare(call.string(0), call.string(1), caseSensitive: !ignore))
            },
        ],
        instanceMethods: [
            "Trim": on(trim),
            "TrimStart": on { s, call in
                if let set = trimSet(call) { return .string(String(s.drop(while: { set.contains($0) }))) }
                return .string(String(s.drop(while: { $0.isWhitespace })))
            },
            "TrimEnd": on { s, call in
                if let set = trimSet(call) { return .string(String(String(s.reversed().drop(while: { set.contains($0) })).reversed())) }
                return .string(String(String(s.reversed().drop(while: { $0.isWhitespace })).reversed()))
            },
            "ToUpper": on { s, _ in .string(s.uppercased()) },
            "ToUpperInvariant": on { s, _ in .string(s.uppercased()) },
            "ToLower": on { s, _ in .string(s.lowercased()) },
            "ToLowerInvariant": on { s, _ in .string(s.lowercased()) },
            "ToString": on { s, _ in .string(s) },
            "Substring": on(substring),
            "IndexOf": on { s, call in
                guard let first = call.args.first else { return nil }
                return try indexOf(s, needle: LanguagePrimitives.toString(first), Array(call.args.dropFirst()), last: false)
            },
            "LastIndexOf": on { s, call in
                guard let first = call.args.first else { return nil }
                return try indexOf(s, needle: LanguagePrimitives.toString(first), Array(call.args.dropFirst()), last: true)
            },
            "IndexOfAny": on { s, call in
                let set = Set(call.string(0))
                for (i, c) in s.enumerated() where set.contains(c) { return .int(i) }
                return .int(-1)
            },
            "Contains": on { s, call in
                let n = call.string(0)
                if call.count > 1 && comparisonIgnoresCase(call.args[1]) { return .bool(s.lowercased().contains(n.lowercased())) }
                return .bool(n.isEmpty || s.contains(n))
            },
            "StartsWith": on { s, call in
                if call.count > 1 && comparisonIgnoresCase(call.args[1]) { return .bool(s.lowercased().hasPrefix(call.string(0).lowercased())) }
                return .bool(s.hasPrefix(call.string(0)))
            },
            "EndsWith": on { s, call in
                if call.count > 1 && comparisonIgnoresCase(call.args[1]) { return .bool(s.lowercased().hasSuffix(call.string(0).lowercased())) }
                return .bool(s.hasSuffix(call.string(0)))
            },
            "Replace": on(replace),
            "Split": on(split),
            "PadLeft": on { s, call in try pad(s, call, left: true) },
            "PadRight": on { s, call in try pad(s, call, left: false) },
            "Insert": on { s, call in
                let u = Array(s.utf16)
                let i = try call.int(0)
                guard i >= 0 && i <= u.count else {
                    throw BuiltinMethods.methodError("Insert", 2, "Specified argument was out of the range of valid values. (Parameter 'startIndex')", "System.ArgumentOutOfRangeException")
                }
                return .string(text(u, 0, i) + call.string(1) + text(u, i, u.count - i))
            },
            "Remove": on { s, call in
                let u = Array(s.utf16)
                let i = try call.int(0)
                let len = call.count > 1 ? try call.int(1) : u.count - i
                guard i >= 0 && len >= 0 && i + len <= u.count else {
                    throw BuiltinMethods.methodError("Remove", call.count, "Index and count must refer to a location within the string. (Parameter 'count')", "System.ArgumentOutOfRangeException")
                }
                return .string(text(u, 0, i) + text(u, i + len, u.count - i - len))
            },
            "Equals": on { s, call in
                if call.count > 1 && comparisonIgnoresCase(call.args[1]) { return .bool(CaseFold.equal(s, call.string(0))) }
                if case .string(let t) = call.arg(0) { return .bool(s == t) }
                return .bool(false)
            },
            "CompareTo": on { s, call in .int(CaseFold.compare(s, call.string(0), caseSensitive: true)) },
            "ToCharArray": on { s, _ in .array(PSArray(s.map { .char($0) }, elementTypeName: "System.Char")) },
            "Normalize": on { s, _ in .string(s.precomposedStringWithCanonicalMapping) },
            "IsNormalized": on { _, _ in .bool(true) },
            "GetEnumerator": on { s, _ in .array(PSArray(s.map { .char($0) })) },
            "Chars": on { s, call in .char(StringIndexing.char(s, at: try call.int(0)) ?? " ") },
        ],
        constructor: construct)

    private static func on(_ body: @escaping @Sendable (String, MethodCall) throws -> Value?) -> TypeMembers.Method {
        { call in
            guard case .string(let s) = call.target else { return nil }
            return try body(s, call)
        }
    }

    /// True when a StringComparison argument ignores case (by name or by its number).
    static func comparisonIgnoresCase(_ v: Value?) -> Bool {
        guard let v else { return false }
        let s = NameKey.fold(LanguagePrimitives.toString(v))
        return s.hasSuffix("ignorecase") || s == "1" || s == "3" || s == "5"
    }

    /// The values after the first argument of Join and Format: one list argument stands for its items.
    private static func listArguments(_ call: MethodCall) -> [Value] {
        let rest = Array(call.args.dropFirst())
        return rest.count == 1 ? (rest[0].enumerated() ?? [rest[0]]) : rest
    }

    /// `count` UTF-16 code units of `u` from `from`.
    private static func text(_ u: [UInt16], _ from: Int, _ count: Int) -> String {
        String(decoding: u[from..<(from + count)], as: UTF16.self)
    }

    /// new String(char c, int count), and new String(char[] value).
    private static func construct(_ call: MethodCall) throws -> Value? {
        let args = call.args
        if args.count == 2, let n = try? LanguagePrimitives.toInt(args[1]) {
            let c = try LanguagePrimitives.convert(args[0], to: PSTypeInfo(fullName: "System.Char"), types: call.session.types)
            guard n >= 0 else {
                throw BuiltinMethods.methodError(".ctor", 2, "Non-negative number required. (Parameter 'count')", "System.ArgumentOutOfRangeException")
            }
            guard n <= 100_000_000 else {
                throw BuiltinMethods.methodError(".ctor", 2, "Exception of type 'System.OutOfMemoryException' was thrown.", "System.OutOfMemoryException")
            }
            return .string(String(repeating: LanguagePrimitives.toString(c), count: n))
        }
        return .string(args.first.map { ($0.enumerated() ?? [$0]).map { LanguagePrimitives.toString($0) }.joined() } ?? "")
    }

    /// The characters Trim(chars) / TrimStart(chars) / TrimEnd(chars) remove; nil: white space.
    private static func trimSet(_ call: MethodCall) -> Set<Character>? {
        guard !call.args.isEmpty else { return nil }
        var set = Set<Character>()
        for a in call.args {
            if case .array(let arr) = a { for x in arr.items { set.formUnion(LanguagePrimitives.toString(x)) } } else { set.formUnion(LanguagePrimitives.toString(a)) }
        }
        return set
    }

    private static func trim(_ s: String, _ call: MethodCall) throws -> Value? {
        if let set = trimSet(call) { return .string(String(s.drop(while: { set.contains($0) }).reversed().drop(while: { set.contains($0) }).reversed())) }
        return .string(s.trimmingCharacters(in: .whitespacesAndNewlines))
    }

    private static func substring(_ s: String, _ call: MethodCall) throws -> Value? {
        let u = Array(s.utf16)
        let start = try call.int(0)
        guard start >= 0 && start <= u.count else {
            throw BuiltinMethods.methodError("Substring", call.count, "startIndex cannot be larger than length of string. (Parameter 'startIndex')", "System.ArgumentOutOfRangeException")
        }
        if call.count > 1 {
            let len = try call.int(1)
            guard len >= 0 && start + len <= u.count else {
                throw BuiltinMethods.methodError("Substring", call.count, "Index and length must refer to a location within the string. (Parameter 'length')", "System.ArgumentOutOfRangeException")
            }
            return .string(text(u, start, len))
        }
        return .string(text(u, start, u.count - start))
    }

    private static func replace(_ s: String, _ call: MethodCall) throws -> Value? {
        guard call.count >= 2 else { return nil }
        let old = call.string(0)
        guard !old.isEmpty else { throw BuiltinMethods.methodError("Replace", 2, "The value cannot be an empty string. (Parameter 'oldValue')") }
        if call.count > 2 && comparisonIgnoresCase(call.args[2]) {
            return .string(s.replacingOccurrences(of: old, with: call.string(1), options: .caseInsensitive))
        }
        return .string(s.replacingOccurrences(of: old, with: call.string(1)))
    }

    private static func pad(_ s: String, _ call: MethodCall, left: Bool) throws -> Value? {
        let width = try call.int(0)
        guard width >= 0 else {
            throw BuiltinMethods.methodError(left ? "PadLeft" : "PadRight", call.count, "Non-negative number required. (Parameter 'totalWidth')", "System.ArgumentOutOfRangeException")
        }
        // the same bound as string repetition (`'x' * n`): beyond it, .NET's OutOfMemoryException
        guard width <= 100_000_000 else {
            throw BuiltinMethods.methodError(left ? "PadLeft" : "PadRight", call.count, "Exception of type 'System.OutOfMemoryException' was thrown.", "System.OutOfMemoryException")
        }
        let padding: Character = call.count > 1 ? (LanguagePrimitives.toString(call.args[1]).first ?? " ") : " "
        let p = String(repeating: padding, count: max(0, width - s.count))
        return .string(left ? p + s : s + p)
    }

    /// Split(separators, [count], [options]). A string given as the first argument stands for
    /// its characters (PowerShell passes it as char[]); later strings are whole separators.
    private static func split(_ s: String, _ call: MethodCall) throws -> Value? {
        var seps: [String] = []
        var count = Int.max
        var removeEmpty = false
        for (i, a) in call.args.enumerated() {
            switch a {
            case .array(let arr): seps += arr.items.map { LanguagePrimitives.toString($0) }
            case .int(let n) where i > 0: count = n
            case .string(let t) where i > 0 && (NameKey.fold(t).contains("removeemptyentries") || NameKey.fold(t) == "none" || NameKey.fold(t).contains("trimentries")):
                removeEmpty = NameKey.fold(t).contains("removeemptyentries")
            case .char(let c): seps.append(String(c))
            default:
                let t = LanguagePrimitives.toString(a)
                if i == 0 { seps += t.map { String($0) } } else { seps.append(t) }
            }
        }
        if seps.isEmpty { seps = [" ", "\t", "\n", "\r"] }
        var parts: [String] = []
        var cur = ""
        var i = s.startIndex
        while i < s.endIndex {
            if parts.count == count - 1 { cur += s[i...]; break }
            if let sep = seps.first(where: { !$0.isEmpty && s[i...].hasPrefix($0) }) {
                parts.append(cur); cur = ""
                i = s.index(i, offsetBy: sep.count)
                continue
            }
            cur.append(s[i]); i = s.index(after: i)
        }
        parts.append(cur)
        if removeEmpty { parts = parts.filter { !$0.isEmpty } }
        return .array(PSArray(parts.map { .string($0) }, elementTypeName: "System.String"))
    }

    /// IndexOf / LastIndexOf (value, [startIndex, [count]], [comparisonType]), with .NET's
    /// argument checks: a start past the end or a count past it is an ArgumentOutOfRangeException.
    static func indexOf(_ s: String, needle: String, _ rest: [Value], last: Bool) throws -> Value {
        let name = last ? "LastIndexOf" : "IndexOf"
        let argc = rest.count + 1
        var rest = rest
        var ignore = false
        if let l = rest.last, l.plainInteger == nil { ignore = comparisonIgnoresCase(l); rest.removeLast() }
        let start = try rest.first.map { try LanguagePrimitives.toInt($0) }
        var count = try rest.dropFirst().first.map { try LanguagePrimitives.toInt($0) }
        let hu = Array((ignore ? s.lowercased() : s).utf16), nu = Array((ignore ? needle.lowercased() : needle).utf16)
        let n = hu.count
        // built only when thrown: an error record is far dearer than the search itself
        func countError() -> RuntimeError {
            BuiltinMethods.methodError(name, argc, "Count must be positive and count must refer to a location within the string/array/collection. (Parameter 'count')", "System.ArgumentOutOfRangeException")
        }
        func matches(at i: Int) -> Bool {
            for k in 0..<nu.count where hu[i + k] != nu[k] { return false }
            return true
        }
        if !last {
            let from = start ?? 0
            guard from >= 0 && from <= n else {
                throw BuiltinMethods.methodError(name, argc, "Index was out of range. Must be non-negative and less than or equal to the size of the collection. (Parameter 'startIndex')", "System.ArgumentOutOfRangeException")
            }
            let c = count ?? (n - from)
            guard c >= 0 && c <= n - from else { throw countError() }
            if nu.isEmpty { return .int(from) }
            let end = from + c - nu.count
            if end < from { return .int(-1) }
            for i in from...end where matches(at: i) { return .int(i) }
            return .int(-1)
        }
        if n == 0 && (start == nil || start == -1 || start == 0) { return .int(nu.isEmpty ? 0 : -1) }
        var from = start ?? (n - 1)
        guard from >= 0 && from <= n else {
            throw BuiltinMethods.methodError(name, argc, "Index was out of range. Must be non-negative and less than the size of the collection. (Parameter 'startIndex')", "System.ArgumentOutOfRangeException")
        }
        if from == n {
            from -= 1
            if let c = count, c > 0 { count = c - 1 }
        }
        let c = count ?? (from + 1)
        guard c >= 0 && from - c + 1 >= 0 else { throw countError() }
        if nu.isEmpty { return .int(min(from + 1, n)) }
        let lowest = from - c + 1
        var i = from - nu.count + 1
        while i >= lowest {
            if matches(at: i) { return .int(i) }
            i -= 1
        }
        return .int(-1)
    }
}
