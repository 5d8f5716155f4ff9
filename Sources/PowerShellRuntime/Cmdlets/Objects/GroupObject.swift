/// Group-Object: groups input objects by property values into GroupInfo objects (Count, Name,
/// Group, Values), or into a hashtable with -AsHashTable (-AsString keys by the group name).
///
/// As in PowerShell 7: when every key has one value type the groups come out sorted by key
/// (stable); with mixed types they keep the order in which each group first appeared.
final class GroupObjectCommand: Cmdlet {
    static let groupInfoType = "Microsoft.PowerShell.Commands.GroupInfo"
    static let groupInfoNoElementType = "Microsoft.PowerShell.Commands.GroupInfoNoElement"

    static let metadata = CommandMetadata(
        name: "Group-Object",
        parameters: [
            ParameterMetadata(name: "InputObject", type: "psobject", valueFromPipeline: true),
            ParameterMetadata(name: "Property", type: "object[]", position: 0),
            ParameterMetadata(name: "NoElement", type: "switch"),
            ParameterMetadata(name: "AsHashTable", type: "switch", aliases: ["AHT"], parameterSets: ["HashTable"]),
            ParameterMetadata(name: "AsString", type: "switch", parameterSets: ["HashTable"]),
            ParameterMetadata(name: "CaseSensitive", type: "switch"),
            ParameterMetadata(name: "Culture", type: "string"),
        ],
        outputTypes: ["System.Collections.Hashtable", groupInfoType],
        moduleName: "Microsoft.PowerShell.Utility",
        synopsis: "Groups objects that contain the same value for specified properties.",
        examples: [
            CommandExample(code: "'a', 'b', 'a' | Group-Object | ForEach-Object { \"$($_.Name)=$($_.Count)\" }", remarks: "Counts equal values.", expectedOutput: "a=2\nb=1"),
        ])

    init() {}

    private var entries: [(keys: [Value?], value: Value)] = []
    private var exprs: [PropertyExpression]?

    func process(_ context: CommandContext) throws {
        guard let input = context.inputObject ?? context.value("InputObject") else { return }
        if input.isNull { return }
        if exprs == nil {
            if context.switchPresent("AsString") && !context.switchPresent("AsHashTable") {
                throw context.terminatingError("The AsString parameter is only valid with the AsHashTable parameter.", errorId: "ArgumentException", category: .InvalidArgument, exceptionType: "System.ArgumentException")
            }
            exprs = context.has("Property") ? try PropertyExpression.parse(context.values("Property"), keys: .group, context: context) : []
            exprs = PropertyExpression.expandWildcards(exprs ?? [], over: [input], context: context)
            if context.switchPresent("AsHashTable") && !context.switchPresent("AsString") && (exprs?.count ?? 0) > 1 {
                throw context.terminatingError("The AsHashTable parameter is only valid with a single grouping property. Use the AsString parameter to group by several properties.", errorId: "ArgumentException", category: .InvalidArgument, exceptionType: "System.ArgumentException")
            }
        }
        let keys: [Value?]
        if let exprs, !exprs.isEmpty {
            keys = try exprs.map { try $0.key(on: input, context: context) }
        } else {
            keys = [input]
        }
        entries.append((keys, input))
    }

    struct Group {
        var keys: [Value?]
        var members: [Value]
    }

    func end(_ context: CommandContext) throws {
        CmdletViews.register(context.session)
        let caseSensitive = context.switchPresent("CaseSensitive")
        let groups = GroupObjectCommand.group(entries, caseSensitive: caseSensitive)
        if groups.isEmpty { return }
        let noElement = context.switchPresent("NoElement")
        if context.switchPresent("AsHashTable") {
            let table = PSHashtable()
            let asString = context.switchPresent("AsString")
            for g in groups {
                let key: Value = asString ? .string(GroupObjectCommand.name(of: g.keys)) : ObjectAccess.base((g.keys.first ?? nil) ?? .null)
                if key.isNull {
                    try context.writeError(context.errorRecord("The value of a key cannot be null.", errorId: "InvalidOperation", category: .InvalidArgument, exceptionType: "System.ArgumentNullException"))
                    continue
                }
                table[key] = .array(PSArray(g.members))
            }
            try context.writeObject(.hashtable(table))
            return
        }
        for g in groups { try context.writeObject(GroupObjectCommand.groupInfo(g, noElement: noElement)) }
    }

    /// Groups entries (also used by tests).
    static func group(_ entries: [(keys: [Value?], value: Value)], caseSensitive: Bool) -> [Group] {
        groupByHash(entries, caseSensitive: caseSensitive) ?? groupByComparing(entries, caseSensitive: caseSensitive)
    }

    /// Sorting and merging equal neighbours (one type per key position), else a pairwise scan.
    static func groupByComparing(_ entries: [(keys: [Value?], value: Value)], caseSensitive: Bool) -> [Group] {
        let ascending = [Bool](repeating: false, count: entries.first?.keys.count ?? 1)
        func same(_ a: [Value?], _ b: [Value?]) -> Bool {
            ObjectComparer.compareKeys(a, b, descending: ascending, caseSensitive: caseSensitive) == 0
        }
        var groups: [Group] = []
        if haveUniformTypes(entries) {
            let order = entries.indices.sorted { i, j in
                let c = ObjectComparer.compareKeys(entries[i].keys, entries[j].keys, descending: ascending, caseSensitive: caseSensitive)
                return c != 0 ? c < 0 : i < j
            }
            for i in order {
                let e = entries[i]
                if let lastIndex = groups.indices.last, same(groups[lastIndex].keys, e.keys) {
                    groups[lastIndex].members.append(e.value)
                } else {
                    groups.append(Group(keys: e.keys, members: [e.value]))
                }
            }
        } else {
            for e in entries {
                if let k = groups.firstIndex(where: { same($0.keys, e.keys) }) {
                    groups[k].members.append(e.value)
                } else {
                    groups.append(Group(keys: e.keys, members: [e.value]))
                }
            }
        }
        return groups
    }

    /// The same groups as sorting and merging, for the common case where every key is an integer,
    /// an ASCII string or null and each key position holds one type: entries land in hash buckets
    /// under a text that is equal exactly when the values compare equal, then only the groups are
    /// sorted. nil when some key is of another kind.
    static func groupByHash(_ entries: [(keys: [Value?], value: Value)], caseSensitive: Bool) -> [Group]? {
        guard entries.count > 16, haveUniformTypes(entries) else { return nil }
        var slots: [String: Int] = [:]
        var groups: [Group] = []
        for e in entries {
            var parts: [String] = []
            parts.reserveCapacity(e.keys.count)
            for k in e.keys {
                guard let k else { parts.append("\u{1}missing"); continue }
                switch ObjectAccess.base(k) {
                case .null, .automationNull: parts.append("\u{1}null")
                case .int(let n): parts.append(String(n))
                case .long(let n): parts.append(String(n))
                case .string(let text) where text.utf8.allSatisfy({ $0 < 0x80 }):
                    // ASCII: case-insensitive equality is equality of the lower-cased text
                    parts.append(caseSensitive ? text : text.lowercased())
                default: return nil
                }
            }
            let key = parts.count == 1 ? parts[0] : parts.joined(separator: "\u{1F}")
            if let i = slots[key] {
                groups[i].members.append(e.value)
            } else {
                slots[key] = groups.count
                groups.append(Group(keys: e.keys, members: [e.value]))
            }
        }
        let ascending = [Bool](repeating: false, count: entries.first?.keys.count ?? 1)
        let order = groups.indices.sorted { i, j in
            let c = ObjectComparer.compareKeys(groups[i].keys, groups[j].keys, descending: ascending, caseSensitive: caseSensitive)
            return c != 0 ? c < 0 : i < j
        }
        return order.map { groups[$0] }
    }

    /// True when each key position holds values of a single type (nulls ignored).
    static func haveUniformTypes(_ entries: [(keys: [Value?], value: Value)]) -> Bool {
        var types: [String?] = []
        for e in entries {
            if types.isEmpty { types = [String?](repeating: nil, count: e.keys.count) }
            if e.keys.count != types.count { return false }
            for (i, k) in e.keys.enumerated() {
                guard let k, !k.isNull else { continue }
                let t = ObjectAccess.base(k).typeName
                if let existing = types[i] {
                    if existing != t { return false }
                } else {
                    types[i] = t
                }
            }
        }
        return true
    }

    /// GroupInfo.Name: the key values joined by ", "; a collection shows as `{a, b}`.
    static func name(of keys: [Value?]) -> String {
        var parts: [String] = []
        for k in keys {
            guard let k, !k.isNull else { continue }
            if let items = k.enumerated() {
                parts.append("{" + items.map { LanguagePrimitives.toString($0) }.joined(separator: ", ") + "}")
            } else {
                parts.append(LanguagePrimitives.toString(k))
            }
        }
        return parts.joined(separator: ", ")
    }

    static func groupInfo(_ g: Group, noElement: Bool) -> Value {
        let o = PSObject(typeNames: noElement ? [groupInfoNoElementType, groupInfoType, "System.Object"] : [groupInfoType, "System.Object"])
        let values = g.keys.map { $0 ?? .null }
        o.setNote("Values", .native(PSList(values, elementType: nil, isArrayList: true)))
        o.setNote("Count", .int(g.members.count))
        o.setNote("Group", .array(PSArray(noElement ? [] : g.members)))
        o.setNote("Name", .string(name(of: g.keys)))
        return .object(o)
    }
}
