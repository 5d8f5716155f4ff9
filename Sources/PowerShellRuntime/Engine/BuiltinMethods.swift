import Foundation

/// The .NET instance methods scripts call on built-in values (String, arrays, Hashtable,
/// DateTime, TimeSpan, Guid, numbers, ScriptBlock). .NET string methods are case-SENSITIVE
/// unless given a StringComparison, unlike PowerShell operators.
enum BuiltinMethods {
    static func invoke(_ target: Value, _ key: NameKey, _ args: [Value], session: Session) throws -> Value? {
        switch target {
        case .string(let s): return try stringMethod(s, key, args, session: session)
        case .array(let a): return try arrayMethod(a, key, args, session: session)
        case .hashtable(let h): return try hashtableMethod(h, key, args, session: session)
        case .dateTime(let d): return try dateMethod(d, key, args)
        case .timeSpan(let t): return try timeSpanMethod(t, key, args)
        case .guid(let g):
            if key.folded == "tostring" {
                let f = args.first.map { LanguagePrimitives.toString($0) } ?? "D"
                let s = g.uuidString.lowercased()
                switch f.uppercased() {
                case "N": return .string(s.replacingOccurrences(of: "-", with: ""))
                case "B": return .string("{" + s + "}")
                case "P": return .string("(" + s + ")")
                default: return .string(s)
                }
            }
            return nil
        case .int, .long, .double, .decimal:
            switch key.folded {
            case "tostring":
                guard let f = args.first else { return nil }
                return .string(try numberFormat(target, LanguagePrimitives.toString(f)))
            case "compareto":
                return .int(try Operators.compare(target, args.first ?? .null, caseSensitive: false))
            default: return nil
            }
        case .char(let c):
            if key.folded == "tostring" { return .string(String(c)) }
            return nil
        case .bool(let b):
            if key.folded == "tostring" { return .string(b ? "True" : "False") }
            return nil
        case .scriptBlock(let sb):
            switch key.folded {
            case "invoke", "invokereturnasis":
                let out = try session.invoke(sb, dollarUnder: nil, arguments: args)
                return key.folded == "invoke" ? .array(PSArray(out)) : Session.collapse(out)
            case "getnewclosure":
                let c = ScriptBlock(ast: sb.ast)
                c.closure = session.captureClosure()
                return .scriptBlock(c)
            case "tostring": return .string(sb.text)
            default: return nil
            }
        case .native(let n):
            return try n.invokeMethod(key, args, session: session)
        case .type(let t):
            switch key.folded {
            case "tostring": return .string(t.fullName)
            case "getmethods", "getproperties", "getmembers": return .array(PSArray([]))
            case "isassignablefrom":
                if case .type(let o) = args.first ?? .null { return .bool(session.types.baseChain(of: o.fullName).contains { NameKey($0) == NameKey(t.fullName) }) }
                return .bool(false)
            default: return nil
            }
        default:
            return nil
        }
    }

    static func numberFormat(_ v: Value, _ f: String) throws -> String {
        do { return try DotNetFormat.number(Operators.formatArgument(v), format: f) } catch let e as FormatError {
            throw RuntimeError(message: "Exception calling \"ToString\" with \"1\" argument(s): \"\(e.message)\"", errorId: "FormatException", category: .NotSpecified, exceptionType: "System.Management.Automation.MethodInvocationException")
        }
    }

    /// A DateTime or TimeSpan method's .NET name, for its errors (`Exception calling "AddDays"`).
    static func methodName(_ folded: String) -> String {
        let names = ["adddays": "AddDays", "addhours": "AddHours", "addminutes": "AddMinutes", "addseconds": "AddSeconds",
                     "addmilliseconds": "AddMilliseconds", "addticks": "AddTicks", "addmonths": "AddMonths", "addyears": "AddYears",
                     "add": "Add", "subtract": "Subtract"]
        return names[folded] ?? folded
    }

    static func methodError(_ name: String, _ argc: Int, _ message: String, _ inner: String = "System.ArgumentException") -> RuntimeError {
        let e = RuntimeError(message: "Exception calling \"\(name)\" with \"\(argc)\" argument(s): \"\(message)\"", errorId: inner.split(separator: ".").last.map(String.init) ?? "MethodInvocationException", category: .NotSpecified, exceptionType: "System.Management.Automation.MethodInvocationException")
        e.record.exception.innerException = PSException(inner, message)
        return e
    }

    // MARK: String

    static func comparisonIgnoresCase(_ v: Value?) -> Bool {
        guard let v else { return false }
        let s = NameKey.fold(LanguagePrimitives.toString(v))
        return s.hasSuffix("ignorecase") || s == "1" || s == "3" || s == "5"
    }

    /// String.IndexOf / LastIndexOf (value, [startIndex, [count]], [comparisonType]), with .NET's
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
        let countError = methodError(name, argc, "Count must be positive and count must refer to a location within the string/array/collection. (Parameter 'count')", "System.ArgumentOutOfRangeException")
        func matches(at i: Int) -> Bool {
            for k in 0..<nu.count where hu[i + k] != nu[k] { return false }
            return true
        }
        if !last {
            let from = start ?? 0
            guard from >= 0 && from <= n else {
                throw methodError(name, argc, "Index was out of range. Must be non-negative and less than or equal to the size of the collection. (Parameter 'startIndex')", "System.ArgumentOutOfRangeException")
            }
            let c = count ?? (n - from)
            guard c >= 0 && c <= n - from else { throw countError }
            if nu.isEmpty { return .int(from) }
            let end = from + c - nu.count
            if end < from { return .int(-1) }
            for i in from...end where matches(at: i) { return .int(i) }
            return .int(-1)
        }
        if n == 0 && (start == nil || start == -1 || start == 0) { return .int(nu.isEmpty ? 0 : -1) }
        var from = start ?? (n - 1)
        guard from >= 0 && from <= n else {
            throw methodError(name, argc, "Index was out of range. Must be non-negative and less than the size of the collection. (Parameter 'startIndex')", "System.ArgumentOutOfRangeException")
        }
        if from == n {
            from -= 1
            if let c = count, c > 0 { count = c - 1 }
        }
        let c = count ?? (from + 1)
        guard c >= 0 && from - c + 1 >= 0 else { throw countError }
        if nu.isEmpty { return .int(min(from + 1, n)) }
        let lowest = from - c + 1
        var i = from - nu.count + 1
        while i >= lowest {
            if matches(at: i) { return .int(i) }
            i -= 1
        }
        return .int(-1)
    }

    static func stringMethod(_ s: String, _ key: NameKey, _ args: [Value], session: Session) throws -> Value? {
        func str(_ i: Int) -> String { i < args.count ? LanguagePrimitives.toString(args[i]) : "" }
        func int(_ i: Int) throws -> Int { i < args.count ? try LanguagePrimitives.toInt(args[i]) : 0 }
        let u = Array(s.utf16)
        func sub(_ from: Int, _ len: Int) -> String { String(decoding: u[from..<(from + len)], as: UTF16.self) }
        func trimSet() -> Set<Character>? {
            guard !args.isEmpty else { return nil }
            var set = Set<Character>()
            for a in args {
                if case .array(let arr) = a { for x in arr.items { set.formUnion(LanguagePrimitives.toString(x)) } } else { set.formUnion(LanguagePrimitives.toString(a)) }
            }
            return set
        }
        switch key.folded {
        case "trim":
            if let set = trimSet() { return .string(String(s.drop(while: { set.contains($0) }).reversed().drop(while: { set.contains($0) }).reversed())) }
            return .string(s.trimmingCharacters(in: .whitespacesAndNewlines))
        case "trimstart":
            if let set = trimSet() { return .string(String(s.drop(while: { set.contains($0) }))) }
            return .string(String(s.drop(while: { $0.isWhitespace })))
        case "trimend":
            if let set = trimSet() { return .string(String(String(s.reversed().drop(while: { set.contains($0) })).reversed())) }
            return .string(String(String(s.reversed().drop(while: { $0.isWhitespace })).reversed()))
        case "toupper", "toupperinvariant": return .string(s.uppercased())
        case "tolower", "tolowerinvariant": return .string(s.lowercased())
        case "tostring": return .string(s)
        case "substring":
            let start = try int(0)
            guard start >= 0 && start <= u.count else { throw methodError("Substring", args.count, "startIndex cannot be larger than length of string. (Parameter 'startIndex')", "System.ArgumentOutOfRangeException") }
            if args.count > 1 {
                let len = try int(1)
                guard len >= 0 && start + len <= u.count else { throw methodError("Substring", args.count, "Index and length must refer to a location within the string. (Parameter 'length')", "System.ArgumentOutOfRangeException") }
                return .string(sub(start, len))
            }
            return .string(sub(start, u.count - start))
        case "indexof", "lastindexof":
            guard let first = args.first else { return nil }
            return try indexOf(s, needle: LanguagePrimitives.toString(first), Array(args.dropFirst()), last: key.folded == "lastindexof")
        case "indexofany":
            let set = Set(str(0))
            for (i, c) in s.enumerated() where set.contains(c) { return .int(i) }
            return .int(-1)
        case "contains":
            let n = str(0)
            if args.count > 1 && comparisonIgnoresCase(args[1]) { return .bool(s.lowercased().contains(n.lowercased())) }
            return .bool(n.isEmpty || s.contains(n))
        case "startswith":
            if args.count > 1 && comparisonIgnoresCase(args[1]) { return .bool(s.lowercased().hasPrefix(str(0).lowercased())) }
            return .bool(s.hasPrefix(str(0)))
        case "endswith":
            if args.count > 1 && comparisonIgnoresCase(args[1]) { return .bool(s.lowercased().hasSuffix(str(0).lowercased())) }
            return .bool(s.hasSuffix(str(0)))
        case "replace":
            guard args.count >= 2 else { return nil }
            let old = str(0)
            guard !old.isEmpty else { throw methodError("Replace", 2, "The value cannot be an empty string. (Parameter 'oldValue')") }
            if args.count > 2 && comparisonIgnoresCase(args[2]) {
                return .string(s.replacingOccurrences(of: old, with: str(1), options: .caseInsensitive))
            }
            return .string(s.replacingOccurrences(of: old, with: str(1)))
        case "split":
            var seps: [String] = []
            var count = Int.max
            var removeEmpty = false
            for (i, a) in args.enumerated() {
                switch a {
                case .array(let arr): seps += arr.items.map { LanguagePrimitives.toString($0) }
                case .int(let n) where i > 0: count = n
                case .string(let t) where i > 0 && (NameKey.fold(t).contains("removeemptyentries") || NameKey.fold(t) == "none" || NameKey.fold(t).contains("trimentries")):
                    removeEmpty = NameKey.fold(t).contains("removeemptyentries")
                case .char(let c): seps.append(String(c))
                default:
                    let t = LanguagePrimitives.toString(a)
                    // String.Split(string) in .NET Core splits on the whole string only when given as
                    // string; PowerShell passes a one-string argument as char[] of its characters.
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
        case "padleft", "padright":
            let width = try int(0)
            guard width >= 0 else {
                throw methodError(key.folded == "padleft" ? "PadLeft" : "PadRight", args.count, "Non-negative number required. (Parameter 'totalWidth')", "System.ArgumentOutOfRangeException")
            }
            // the same bound as string repetition (`'x' * n`): beyond it, .NET's OutOfMemoryException
            guard width <= 100_000_000 else {
                throw methodError(key.folded == "padleft" ? "PadLeft" : "PadRight", args.count, "Exception of type 'System.OutOfMemoryException' was thrown.", "System.OutOfMemoryException")
            }
            let pad: Character = args.count > 1 ? (LanguagePrimitives.toString(args[1]).first ?? " ") : " "
            let n = max(0, width - s.count)
            let p = String(repeating: pad, count: n)
            return .string(key.folded == "padleft" ? p + s : s + p)
        case "insert":
            let i = try int(0)
            guard i >= 0 && i <= u.count else { throw methodError("Insert", 2, "Specified argument was out of the range of valid values. (Parameter 'startIndex')", "System.ArgumentOutOfRangeException") }
            return .string(sub(0, i) + str(1) + sub(i, u.count - i))
        case "remove":
            let i = try int(0)
            let len = args.count > 1 ? try int(1) : u.count - i
            guard i >= 0 && len >= 0 && i + len <= u.count else { throw methodError("Remove", args.count, "Index and count must refer to a location within the string. (Parameter 'count')", "System.ArgumentOutOfRangeException") }
            return .string(sub(0, i) + sub(i + len, u.count - i - len))
        case "equals":
            if args.count > 1 && comparisonIgnoresCase(args[1]) { return .bool(CaseFold.equal(s, str(0))) }
            if case .string(let t) = args.first ?? .null { return .bool(s == t) }
            return .bool(false)
        case "compareto":
            return .int(CaseFold.compare(s, str(0), caseSensitive: true))
        case "tochararray":
            return .array(PSArray(s.map { .char($0) }, elementTypeName: "System.Char"))
        case "normalize": return .string(s.precomposedStringWithCanonicalMapping)
        case "isnormalized": return .bool(true)
        case "getenumerator": return .array(PSArray(s.map { .char($0) }))
        case "chars": return .char(Array(s)[safe: try int(0)] ?? " ")
        case "format": return nil
        default: return nil
        }
    }

    // MARK: arrays

    static func arrayMethod(_ a: PSArray, _ key: NameKey, _ args: [Value], session: Session) throws -> Value? {
        switch key.folded {
        case "contains", "includes":
            return .bool(a.items.contains { Operators.equals($0, args.first ?? .null, caseSensitive: true) })
        case "indexof":
            return .int(a.items.firstIndex { Operators.equals($0, args.first ?? .null, caseSensitive: true) } ?? -1)
        case "add", "remove", "removeat", "insert":
            throw methodError(key.folded == "add" ? "Add" : (key.folded == "remove" ? "Remove" : (key.folded == "insert" ? "Insert" : "RemoveAt")), args.count, "Collection was of a fixed size.", "System.NotSupportedException")
        case "clone": return .array(PSArray(a.items, elementTypeName: a.elementTypeName))
        case "getvalue": return try session.indexList(a.items, args.first ?? .int(0))
        case "setvalue":
            if args.count >= 2 { try session.setIndex(.array(a), args[1], args[0], extent: nil) }
            return .automationNull
        case "foreach":
            guard let first = args.first else { return .array(PSArray([])) }
            var out: [Value] = []
            if case .scriptBlock(let sb) = first {
                for item in a.items { out += try session.invoke(sb, dollarUnder: item, arguments: Array(args.dropFirst())) }
            } else if case .type(let t) = first {
                out = try a.items.map { try LanguagePrimitives.convert($0, to: t, types: session.types) }
            } else {
                let name = LanguagePrimitives.toString(first)
                for item in a.items {
                    if args.count > 1 { let v = try session.invokeMethod(item, name, Array(args.dropFirst())); if v != .automationNull { out.append(v) } } else { out.append(try session.getMember(item, name)) }
                }
            }
            return .native(PSList(out, elementType: nil, isArrayList: true).asCollection())
        case "where":
            guard case .scriptBlock(let sb) = args.first ?? .null else { return .array(PSArray([])) }
            let mode = args.count > 1 ? NameKey.fold(LanguagePrimitives.toString(args[1])) : "default"
            let limit = args.count > 2 ? (try? LanguagePrimitives.toInt(args[2])) ?? 0 : 0
            var out: [Value] = []
            var rest: [Value] = []
            for item in a.items {
                let ok = LanguagePrimitives.isTrue(try session.invokePredicate(sb, item))
                switch mode {
                case "first": if ok { out.append(item); if out.count >= max(limit, 1) { return .native(PSList(out, elementType: nil, isArrayList: true).asCollection()) } }
                case "skipuntil": if ok || !out.isEmpty { out.append(item) }
                case "until": if ok { return .native(PSList(out, elementType: nil, isArrayList: true).asCollection()) } else { out.append(item) }
                case "split": if ok { out.append(item) } else { rest.append(item) }
                default: if ok { out.append(item) }
                }
            }
            if mode == "last", limit > 0 { out = Array(out.suffix(limit)) }
            if mode == "split" { return .array(PSArray([.native(PSList(out, elementType: nil, isArrayList: true).asCollection()), .native(PSList(rest, elementType: nil, isArrayList: true).asCollection())])) }
            if limit > 0 && mode == "default" { out = Array(out.prefix(limit)) }
            return .native(PSList(out, elementType: nil, isArrayList: true).asCollection())
        case "getenumerator": return .array(a)
        case "tostring": return args.isEmpty ? .string(a.typeName) : nil
        default: return nil
        }
    }

    // MARK: hashtable

    static func hashtableMethod(_ h: PSHashtable, _ key: NameKey, _ args: [Value], session: Session) throws -> Value? {
        let k = args.first ?? .null
        switch key.folded {
        case "containskey", "contains":
            return .bool(h.containsKey(k))
        case "containsvalue":
            return .bool(h.values.contains { Operators.equals($0, k, caseSensitive: true) })
        case "add":
            if h.containsKey(k) {
                throw methodError("Add", 2, "Item has already been added. Key in dictionary: '\(LanguagePrimitives.toString(h.storedKey(k) ?? k))'  Key being added: '\(LanguagePrimitives.toString(k))'")
            }
            if k.isNull { throw methodError("Add", 2, "Key cannot be null. (Parameter 'key')", "System.ArgumentNullException") }
            h[k] = args.count > 1 ? args[1] : .null
            return .automationNull
        case "remove":
            h[k] = nil
            return .automationNull
        case "clear":
            h.removeAll()
            return .automationNull
        case "clone": return .hashtable(h.copy())
        case "getenumerator":
            return .array(PSArray(h.entries.map { e in
                .object(PSObject(properties: [("Name", e.key), ("Key", e.key), ("Value", e.value)], typeName: "System.Collections.DictionaryEntry"))
            }))
        case "get_item", "item": return h[k] ?? .null
        case "set_item":
            h[k] = args.count > 1 ? args[1] : .null
            return .automationNull
        case "insert" where h.isOrdered:
            return .automationNull
        case "tostring": return args.isEmpty ? .string(LanguagePrimitives.toString(.hashtable(h))) : nil
        default: return nil
        }
    }

    // MARK: DateTime / TimeSpan

    static func dateMethod(_ d: DotNetDateTime, _ key: NameKey, _ args: [Value]) throws -> Value? {
        func dbl() throws -> Double { try LanguagePrimitives.toDouble(args.first ?? .int(0)) }
        let name = key.folded
        /// .NET's ArgumentOutOfRangeException for a result outside 0001-01-01 .. 9999-12-31.
        func unrepresentable(_ parameter: String) -> RuntimeError {
            methodError(methodName(name), args.count, "The added or subtracted value results in an un-representable DateTime. (Parameter '\(parameter)')",
                        "System.ArgumentOutOfRangeException")
        }
        /// AddDays, AddHours...: .NET's limits on the value (10,000 years of the unit), then on the result.
        func addUnits(_ scaleMs: Double) throws -> Value {
            let value = try dbl()
            let maxUnits = (315_537_897_600_000 / scaleMs).rounded(.down)
            guard value.isFinite, abs(value) <= maxUnits else {
                throw methodError(methodName(name), args.count, "Value to add was out of range. (Parameter 'value')", "System.ArgumentOutOfRangeException")
            }
            let whole = value.rounded(.towardZero)
            let ticks = Int64(whole) * Int64(scaleMs) * DotNetTimeSpan.ticksPerMillisecond
                + Int64(((value - whole) * scaleMs * Double(DotNetTimeSpan.ticksPerMillisecond)).rounded(.towardZero))
            guard let r = d.checkedAdding(ticks: ticks) else { throw unrepresentable("value") }
            return .dateTime(r)
        }
        switch name {
        case "adddays": return try addUnits(86_400_000)
        case "addhours": return try addUnits(3_600_000)
        case "addminutes": return try addUnits(60_000)
        case "addseconds": return try addUnits(1000)
        case "addmilliseconds": return try addUnits(1)
        case "addmonths":
            let months = try LanguagePrimitives.toInt(args.first ?? .int(0))
            guard (-120_000...120_000).contains(months) else {
                throw methodError("AddMonths", args.count, "Months value must be between +/-120000. (Parameter 'months')", "System.ArgumentOutOfRangeException")
            }
            guard (1...9999).contains(d.year + (d.month - 1 + months) / 12 + ((d.month - 1 + months) % 12 < 0 ? -1 : 0)) else {
                throw unrepresentable("months")
            }
            return .dateTime(d.adding(months: months))
        case "addyears":
            let years = try LanguagePrimitives.toInt(args.first ?? .int(0))
            guard (-10_000...10_000).contains(years) else {
                throw methodError("AddYears", args.count, "Years value must be between +/-10000. (Parameter 'value')", "System.ArgumentOutOfRangeException")
            }
            guard (1...9999).contains(d.year + years) else { throw unrepresentable("value") }
            return .dateTime(d.adding(years: years))
        case "addticks":
            guard let r = d.checkedAdding(ticks: try LanguagePrimitives.toLong(args.first ?? .int(0))) else { throw unrepresentable("value") }
            return .dateTime(r)
        case "add":
            guard case .timeSpan(let t) = args.first ?? .null else { return nil }
            guard let r = d.checkedAdding(ticks: t.ticks) else { throw unrepresentable("value") }
            return .dateTime(r)
        case "subtract":
            switch args.first ?? .null {
            case .dateTime(let e): return .timeSpan(d - e)
            case .timeSpan(let t):
                guard t.ticks != Int64.min, let r = d.checkedAdding(ticks: -t.ticks) else { throw unrepresentable("value") }
                return .dateTime(r)
            default: return nil
            }
        case "tostring":
            let f = args.first.map { LanguagePrimitives.toString($0) }
            return .string(d.toString(f))
        case "toshortdatestring": return .string(d.toString("d"))
        case "tolongdatestring": return .string(d.toString("D"))
        case "toshorttimestring": return .string(d.toString("t"))
        case "tolongtimestring": return .string(d.toString("T"))
        case "touniversaltime": return .dateTime(d.toUniversalTime())
        case "tolocaltime": return .dateTime(d.toLocalTime())
        case "compareto":
            if case .dateTime(let e) = args.first ?? .null { return .int(d < e ? -1 : (d > e ? 1 : 0)) }
            return .int(1)
        case "equals":
            if case .dateTime(let e) = args.first ?? .null { return .bool(d.ticks == e.ticks) }
            return .bool(false)
        case "getdatetimeformats": return nil
        default: return nil
        }
    }

    static func timeSpanMethod(_ t: DotNetTimeSpan, _ key: NameKey, _ args: [Value]) throws -> Value? {
        switch key.folded {
        case "tostring": return .string(t.toString(args.first.map { LanguagePrimitives.toString($0) }))
        case "add", "subtract":
            guard case .timeSpan(let u) = args.first ?? .null else { return nil }
            let (r, o) = key.folded == "add" ? t.ticks.addingReportingOverflow(u.ticks) : t.ticks.subtractingReportingOverflow(u.ticks)
            if o { throw methodError(methodName(key.folded), args.count, DotNetTimeSpan.overflowMessage, "System.OverflowException") }
            return .timeSpan(DotNetTimeSpan(ticks: r))
        case "negate":
            guard t.ticks != Int64.min else {
                throw methodError("Negate", args.count, "Negating the minimum value of a twos complement number is invalid.", "System.OverflowException")
            }
            return .timeSpan(DotNetTimeSpan(ticks: -t.ticks))
        case "duration":
            guard t.ticks != Int64.min else {
                throw methodError("Duration", args.count, "The duration cannot be returned for TimeSpan.MinValue because the absolute value of TimeSpan.MinValue exceeds the value of TimeSpan.MaxValue.",
                                  "System.OverflowException")
            }
            return .timeSpan(DotNetTimeSpan(ticks: abs(t.ticks)))
        case "compareto":
            if case .timeSpan(let u) = args.first ?? .null { return .int(t < u ? -1 : (t > u ? 1 : 0)) }
            return .int(1)
        default: return nil
        }
    }
}

extension PSList {
    /// Collection<PSObject> results of `.ForEach()`/`.Where()` behave like a list; expose as ArrayList.
    func asCollection() -> PSList { self }
}
