/// System.Array: `[array]::IndexOf($a, $x)`, `[array]::Sort($a)`, and the methods of an array
/// value, with PowerShell's own `.ForEach()` and `.Where()`. Arrays have a fixed size: Add and
/// Remove fail as .NET's do.
enum SystemArray {
    static let members = TypeMembers(
        staticMethods: [
            "IndexOf": { call in
                .int((call.arg(0).enumerated() ?? []).firstIndex { Operators.equals($0, call.arg(1), caseSensitive: true) } ?? -1)
            },
            "Reverse": { call in
                if case .array(let a) = call.arg(0) { a.items.reverse() }
                return .automationNull
            },
            "Sort": { call in
                if case .array(let a) = call.arg(0) { a.items.sort { Operators.compareForSort($0, $1, caseSensitive: true) < 0 } }
                return .automationNull
            },
            "Exists": { call in try matches(call).map { .bool(!$0.isEmpty) } },
            "Find": { call in try matches(call).map { $0.first ?? .null } },
            "FindAll": { call in try matches(call).map { .array(PSArray($0)) } },
            "CreateInstance": { call in
                let count = call.count > 1 ? try call.int(1) : 0
                guard count >= 0 else {
                    throw BuiltinMethods.methodError("CreateInstance", call.count, "Non-negative number required. (Parameter 'length')", "System.ArgumentOutOfRangeException")
                }
                // the bound string repetition has: beyond it, what .NET says when memory runs out
                guard count <= 100_000_000 else {
                    throw BuiltinMethods.methodError("CreateInstance", call.count, "Array dimensions exceeded supported range.", "System.OutOfMemoryException")
                }
                return .array(PSArray(Array(repeating: .null, count: count)))
            },
        ],
        instanceMethods: [
            "Contains": on { a, call in .bool(a.items.contains { Operators.equals($0, call.args.first ?? .null, caseSensitive: true) }) },
            "Includes": on { a, call in .bool(a.items.contains { Operators.equals($0, call.args.first ?? .null, caseSensitive: true) }) },
            "IndexOf": on { a, call in .int(a.items.firstIndex { Operators.equals($0, call.args.first ?? .null, caseSensitive: true) } ?? -1) },
            "Add": on { _, call in throw fixedSize("Add", call) },
            "Remove": on { _, call in throw fixedSize("Remove", call) },
            "RemoveAt": on { _, call in throw fixedSize("RemoveAt", call) },
            "Insert": on { _, call in throw fixedSize("Insert", call) },
            "Clone": on { a, _ in .array(PSArray(a.items, elementTypeName: a.elementTypeName)) },
            "GetValue": on { a, call in try call.session.indexList(a.items, call.args.first ?? .int(0)) },
            "SetValue": on { a, call in
                if call.count >= 2 { try call.session.setIndex(.array(a), call.args[1], call.args[0], extent: nil) }
                return .automationNull
            },
            "ForEach": on(intrinsicForEach),
            "Where": on(intrinsicWhere),
            "GetEnumerator": on { a, _ in .array(a) },
            "ToString": on { a, call in call.args.isEmpty ? .string(a.typeName) : nil },
        ])

    private static func on(_ body: @escaping @Sendable (PSArray, MethodCall) throws -> Value?) -> TypeMembers.Method {
        { call in
            guard case .array(let a) = call.target else { return nil }
            return try body(a, call)
        }
    }

    private static func fixedSize(_ method: String, _ call: MethodCall) -> RuntimeError {
        BuiltinMethods.methodError(method, call.count, "Collection was of a fixed size.", "System.NotSupportedException")
    }

    /// Exists / Find / FindAll(array, predicate): the items the script block accepts; nil without one.
    private static func matches(_ call: MethodCall) throws -> [Value]? {
        guard case .scriptBlock(let sb) = call.arg(1) else { return nil }
        let items = call.arg(0).enumerated() ?? []
        return try items.filter { LanguagePrimitives.isTrue(try call.session.invokePredicate(sb, $0)) }
    }

    /// Collection<PSObject> results of `.ForEach()` / `.Where()`, which behave as a list.
    private static func collection(_ items: [Value]) -> Value { .native(PSList(items, elementType: nil, isArrayList: true)) }

    /// `.ForEach({ script })`, `.ForEach([type])`, `.ForEach('Property')`, `.ForEach('Method', args...)`.
    private static func intrinsicForEach(_ a: PSArray, _ call: MethodCall) throws -> Value? {
        let session = call.session, args = call.args
        guard let first = args.first else { return .array(PSArray([])) }
        var out: [Value] = []
        if case .scriptBlock(let sb) = first {
            for item in a.items { out += try session.invoke(sb, dollarUnder: item, arguments: Array(args.dropFirst())) }
        } else if case .type(let t) = first {
            out = try a.items.map { try LanguagePrimitives.convert($0, to: t, types: session.types) }
        } else {
            let name = LanguagePrimitives.toString(first)
            for item in a.items {
                if args.count > 1 {
                    let v = try session.invokeMethod(item, name, Array(args.dropFirst()))
                    if v != .automationNull { out.append(v) }
                } else {
                    out.append(try session.getMember(item, name))
                }
            }
        }
        return collection(out)
    }

    /// `.Where({ predicate }, [mode], [count])`, mode one of Default, First, Last, SkipUntil, Until, Split.
    private static func intrinsicWhere(_ a: PSArray, _ call: MethodCall) throws -> Value? {
        let args = call.args
        guard case .scriptBlock(let sb) = args.first ?? .null else { return .array(PSArray([])) }
        let mode = args.count > 1 ? NameKey.fold(LanguagePrimitives.toString(args[1])) : "default"
        let limit = args.count > 2 ? (try? LanguagePrimitives.toInt(args[2])) ?? 0 : 0
        var out: [Value] = []
        var rest: [Value] = []
        for item in a.items {
            let ok = LanguagePrimitives.isTrue(try call.session.invokePredicate(sb, item))
            switch mode {
            case "first": if ok { out.append(item); if out.count >= max(limit, 1) { return collection(out) } }
            case "skipuntil": if ok || !out.isEmpty { out.append(item) }
            case "until": if ok { return collection(out) } else { out.append(item) }
            case "split": if ok { out.append(item) } else { rest.append(item) }
            default: if ok { out.append(item) }
            }
        }
        if mode == "last", limit > 0 { out = Array(out.suffix(limit)) }
        if mode == "split" { return .array(PSArray([collection(out), collection(rest)])) }
        if limit > 0 && mode == "default" { out = Array(out.prefix(limit)) }
        return collection(out)
    }
}
