/// The collection types scripts create and call: Hashtable and OrderedDictionary (the values of
/// `@{}` and `[ordered]@{}`), ArrayList, and the generic List, Dictionary, SortedDictionary and HashSet,
/// with the methods of their values (`PSList`, `DictionaryObject`, `HashSetObject`), and the
/// enumerator `$foreach` / `$switch` hold.
enum SystemCollections {
    static let hashtable = TypeMembers(instanceMethods: hashtableMethods, constructor: { _ in .hashtable(PSHashtable()) })
    /// new OrderedHashtable(), (capacity) or (dictionary): its entries in the dictionary's order.
    static let orderedHashtable = TypeMembers(instanceMethods: hashtableMethods, constructor: { call in
        guard call.count <= 1 else { return nil }
        let h = PSHashtable(ordered: true)
        h.isOrderedHashtable = true
        if call.count == 1 {
            switch call.args[0] {
            case .hashtable(let source): for (k, v) in source.entries { h[k] = v }
            case .int, .long: break
            case .null: throw BuiltinMethods.methodError("new", 1, "Value cannot be null. (Parameter 'dictionary')", "System.ArgumentNullException")
            default: return nil
            }
        }
        return .hashtable(h)
    })
    static let orderedDictionary = TypeMembers(instanceMethods: hashtableMethods, constructor: { _ in .hashtable(PSHashtable(ordered: true)) })
    static let arrayList = TypeMembers(instanceMethods: listMethods, constructor: { _ in .native(PSList([], elementType: nil, isArrayList: true)) })

    // Generic type definitions: `call.type` is the constructed type (`List[int]`).

    /// new List[T]() and new List[T](items), each item converted to T.
    static let list = TypeMembers(instanceMethods: listMethods, constructor: { call in
        guard let t = call.type else { return nil }
        var items: [Value] = []
        if let first = call.args.first, let en = first.enumerated() {
            if let el = t.genericArguments.first { items = try en.map { try LanguagePrimitives.convert($0, to: el, types: call.session.types) } } else { items = en }
        }
        return .native(PSList(items, elementType: t.genericArguments.first, isArrayList: false))
    })

    /// new Dictionary[K,V]() and new SortedDictionary[K,V]().
    static let dictionary = TypeMembers(instanceMethods: dictionaryMethods, constructor: { call in
        guard let t = call.type else { return nil }
        return .native(DictionaryObject(keyType: t.genericArguments.first, valueType: t.genericArguments[safe: 1], typeName: t.fullName))
    })

    /// new HashSet[T]() and new HashSet[T](items), each optionally with a StringComparer; the
    /// same for SortedSet[T].
    static let hashSet = TypeMembers(instanceMethods: hashSetMethods, constructor: { call in
        guard let t = call.type else { return nil }
        var comparer: StringComparerObject?
        for case .native(let n) in call.args { if let c = n as? StringComparerObject { comparer = c } }
        let o = HashSetObject(elementType: t.genericArguments.first, typeName: t.fullName, comparer: comparer,
                              sorted: NameKey.fold(t.fullName).hasPrefix("system.collections.generic.sortedset"))
        if let first = call.args.first, let en = first.enumerated() {
            for v in en { _ = o.add(try o.element(v, call.session)) }
        }
        return .native(o)
    })

    /// System.Array+SZArrayEnumerator: `$foreach.MoveNext()`, `$switch.Reset()`.
    static let loopEnumerator = TypeMembers(instanceMethods: [
        "MoveNext": { call in
            guard case .native(let n) = call.target, let e = n as? LoopEnumerator else { return nil }
            return .bool(e.moveNext())
        },
        "Reset": { call in
            guard case .native(let n) = call.target, let e = n as? LoopEnumerator else { return nil }
            e.reset()
            return .automationNull
        },
        "ToString": { call in
            guard case .native(let n) = call.target, let e = n as? LoopEnumerator else { return nil }
            return .string(e.typeName)
        },
    ])

    private static func onList(_ body: @escaping @Sendable (PSList, MethodCall) throws -> Value?) -> TypeMembers.Method {
        { call in
            guard case .native(let n) = call.target, let l = n as? PSList else { return nil }
            return try body(l, call)
        }
    }

    /// The methods of List[T] and ArrayList values: items are converted to T; Add returns the
    /// new index on an ArrayList and nothing on a List, Remove $true/$false on a List only.
    private static let listMethods: KeyValuePairs<String, TypeMembers.Method> = [
        "Add": onList { l, call in
            l.items.append(try l.coerce(call.arg(0), call.session))
            return l.isArrayList ? .int(l.items.count - 1) : .automationNull
        },
        "AddRange": onList { l, call in
            let a = call.arg(0)
            for v in a.enumerated() ?? [a] { l.items.append(try l.coerce(v, call.session)) }
            return .automationNull
        },
        "Insert": onList { l, call in
            let i = try call.int(0)
            guard i >= 0 && i <= l.items.count else { throw l.indexError() }
            l.items.insert(try l.coerce(call.arg(1), call.session), at: i)
            return .automationNull
        },
        "Remove": onList { l, call in
            let target = try l.coerce(call.arg(0), call.session)
            if let i = l.items.firstIndex(where: { Operators.equals($0, target, caseSensitive: true) }) {
                l.items.remove(at: i)
                return l.isArrayList ? .automationNull : .bool(true)
            }
            return l.isArrayList ? .automationNull : .bool(false)
        },
        "RemoveAt": onList { l, call in
            let i = try call.int(0)
            guard i >= 0 && i < l.items.count else { throw l.indexError() }
            l.items.remove(at: i)
            return .automationNull
        },
        "RemoveAll": onList { l, call in
            guard case .scriptBlock(let sb) = call.arg(0) else { return nil }
            let before = l.items.count
            l.items = try l.items.filter { !LanguagePrimitives.isTrue(try call.session.invokePredicate(sb, $0)) }
            return .int(before - l.items.count)
        },
        "Clear": onList { l, _ in
            l.items.removeAll()
            return .automationNull
        },
        "Contains": onList { l, call in
            let t = call.arg(0)
            return .bool(l.items.contains { Operators.equals($0, t, caseSensitive: true) })
        },
        "IndexOf": onList { l, call in
            let t = call.arg(0)
            return .int(l.items.firstIndex { Operators.equals($0, t, caseSensitive: true) } ?? -1)
        },
        "ToArray": onList { l, _ in .array(PSArray(l.items, elementTypeName: l.elementType?.fullName)) },
        "Sort": onList { l, _ in
            l.items.sort { Operators.compareForSort($0, $1, caseSensitive: false) < 0 }
            return .automationNull
        },
        "Reverse": onList { l, _ in
            l.items.reverse()
            return .automationNull
        },
        "ToString": onList { l, _ in .string(l.toString()) },
    ]

    private static func onDictionary(_ body: @escaping @Sendable (DictionaryObject, MethodCall) throws -> Value?) -> TypeMembers.Method {
        { call in
            guard case .native(let n) = call.target, let d = n as? DictionaryObject else { return nil }
            return try body(d, call)
        }
    }

    /// The methods of Dictionary[K,V] and SortedDictionary[K,V] values (string keys compare case-sensitively).
    private static let dictionaryMethods: KeyValuePairs<String, TypeMembers.Method> = [
        "Add": onDictionary { d, call in
            let k = call.arg(0)
            if d.index[d.hashKey(k)] != nil {
                throw BuiltinMethods.methodError("Add", 2, "An item with the same key has already been added. Key: \(LanguagePrimitives.toString(k))")
            }
            try d.set(k, call.arg(1), session: call.session)
            return .automationNull
        },
        "ContainsKey": onDictionary { d, call in .bool(d.index[d.hashKey(call.arg(0))] != nil) },
        "ContainsValue": onDictionary { d, call in
            let v = call.arg(0)
            return .bool(d.values.contains { Operators.equals($0, v, caseSensitive: true) })
        },
        "Remove": onDictionary { d, call in
            guard let i = d.index[d.hashKey(call.arg(0))] else { return .bool(false) }
            d.keys.remove(at: i)
            d.values.remove(at: i)
            d.index = [:]
            for (j, kk) in d.keys.enumerated() { d.index[d.hashKey(kk)] = j }
            return .bool(true)
        },
        "Clear": onDictionary { d, _ in
            d.keys = []
            d.values = []
            d.index = [:]
            return .automationNull
        },
        "TryGetValue": onDictionary { d, call in .bool(d.index[d.hashKey(call.arg(0))] != nil) },
        "GetEnumerator": onDictionary { d, _ in .array(PSArray(d.enumerated() ?? [])) },
    ]

    /// A HashSet method: the target and the first argument converted to T (every method converts it).
    private static func onHashSet(_ body: @escaping @Sendable (HashSetObject, Value, MethodCall) throws -> Value?) -> TypeMembers.Method {
        { call in
            guard case .native(let n) = call.target, let o = n as? HashSetObject else { return nil }
            return try body(o, try o.element(call.arg(0), call.session), call)
        }
    }

    /// The methods of HashSet[T] values (strings compare case-sensitively).
    private static let hashSetMethods: KeyValuePairs<String, TypeMembers.Method> = [
        "Add": onHashSet { o, v, _ in .bool(o.add(v)) },
        "Contains": onHashSet { o, v, _ in .bool(o.seen.contains(o.key(v))) },
        "Remove": onHashSet { o, v, _ in
            let k = o.key(v)
            guard o.seen.remove(k) != nil else { return .bool(false) }
            o.items.removeAll { o.key($0) == k }
            return .bool(true)
        },
        "Clear": onHashSet { o, _, _ in
            o.items = []
            o.seen = []
            return .automationNull
        },
        "UnionWith": onHashSet { o, _, call in
            let raw = call.arg(0)
            for x in raw.enumerated() ?? [raw] { _ = o.add(try o.element(x, call.session)) }
            return .automationNull
        },
    ]

    private static func on(_ body: @escaping @Sendable (PSHashtable, MethodCall) throws -> Value?) -> TypeMembers.Method {
        { call in
            guard case .hashtable(let h) = call.target else { return nil }
            return try body(h, call)
        }
    }

    /// The methods of a hashtable value (keys compare as the table does: case-insensitively for strings).
    private static let hashtableMethods: KeyValuePairs<String, TypeMembers.Method> = [
        "ContainsKey": on { h, call in .bool(h.containsKey(call.arg(0))) },
        "Contains": on { h, call in .bool(h.containsKey(call.arg(0))) },
        "ContainsValue": on { h, call in .bool(h.values.contains { Operators.equals($0, call.arg(0), caseSensitive: true) }) },
        "Add": on { h, call in
            let k = call.arg(0)
            if h.containsKey(k) {
                throw BuiltinMethods.methodError("Add", 2, "Item has already been added. Key in dictionary: '\(LanguagePrimitives.toString(h.storedKey(k) ?? k))'  Key being added: '\(LanguagePrimitives.toString(k))'")
            }
            if k.isNull { throw BuiltinMethods.methodError("Add", 2, "Key cannot be null. (Parameter 'key')", "System.ArgumentNullException") }
            h[k] = call.count > 1 ? call.args[1] : .null
            return .automationNull
        },
        "Remove": on { h, call in
            h[call.arg(0)] = nil
            return .automationNull
        },
        "Clear": on { h, _ in
            h.removeAll()
            return .automationNull
        },
        "Clone": on { h, _ in .hashtable(h.copy()) },
        // CopyTo(array, index): the entries as DictionaryEntry objects from that index on
        "CopyTo": on { h, call in
            guard call.count == 2, case .array(let a) = call.args[0] else { return nil }
            let start = try LanguagePrimitives.toInt(call.args[1])
            guard start >= 0, start + h.count <= a.items.count else {
                throw BuiltinMethods.methodError("CopyTo", 2, "Destination array was not long enough. Check the destination index, length, and the array's lower bounds. (Parameter 'array')")
            }
            for (i, e) in h.entries.enumerated() {
                a.items[start + i] = .object(PSObject(properties: [("Name", e.key), ("Key", e.key), ("Value", e.value)], typeName: "System.Collections.DictionaryEntry"))
            }
            return .automationNull
        },
        "GetEnumerator": on { h, _ in
            .array(PSArray(h.entries.map { e in
                .object(PSObject(properties: [("Name", e.key), ("Key", e.key), ("Value", e.value)], typeName: "System.Collections.DictionaryEntry"))
            }))
        },
        "get_Item": on { h, call in h[call.arg(0)] ?? .null },
        "Item": on { h, call in h[call.arg(0)] ?? .null },
        "set_Item": on { h, call in
            h[call.arg(0)] = call.count > 1 ? call.args[1] : .null
            return .automationNull
        },
        "Insert": on { h, _ in h.isOrdered ? .automationNull : nil },
        "ToString": on { h, call in call.args.isEmpty ? .string(LanguagePrimitives.toString(.hashtable(h))) : nil },
    ]
}
