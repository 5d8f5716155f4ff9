/// The collection types scripts create and call: Hashtable and OrderedDictionary (the values of
/// `@{}` and `[ordered]@{}`), ArrayList, and the generic List, Dictionary, SortedDictionary and HashSet.
enum SystemCollections {
    static let hashtable = TypeMembers(instanceMethods: hashtableMethods, constructor: { _ in .hashtable(PSHashtable()) })
    static let orderedDictionary = TypeMembers(instanceMethods: hashtableMethods, constructor: { _ in .hashtable(PSHashtable(ordered: true)) })
    static let arrayList = TypeMembers(constructor: { _ in .native(PSList([], elementType: nil, isArrayList: true)) })

    // Generic type definitions: `call.type` is the constructed type (`List[int]`).

    /// new List[T]() and new List[T](items), each item converted to T.
    static let list = TypeMembers(constructor: { call in
        guard let t = call.type else { return nil }
        var items: [Value] = []
        if let first = call.args.first, let en = first.enumerated() {
            if let el = t.genericArguments.first { items = try en.map { try LanguagePrimitives.convert($0, to: el, types: call.session.types) } } else { items = en }
        }
        return .native(PSList(items, elementType: t.genericArguments.first, isArrayList: false))
    })

    /// new Dictionary[K,V]() and new SortedDictionary[K,V]().
    static let dictionary = TypeMembers(constructor: { call in
        guard let t = call.type else { return nil }
        return .native(DictionaryObject(keyType: t.genericArguments.first, valueType: t.genericArguments[safe: 1], typeName: t.fullName))
    })

    /// new HashSet[T]() and new HashSet[T](items).
    static let hashSet = TypeMembers(constructor: { call in
        guard let t = call.type else { return nil }
        let o = HashSetObject(elementType: t.genericArguments.first, typeName: t.fullName)
        if let first = call.args.first, let en = first.enumerated() {
            for v in en { _ = try o.invokeMethod(NameKey("add"), [v], session: call.session) }
        }
        return .native(o)
    })

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
