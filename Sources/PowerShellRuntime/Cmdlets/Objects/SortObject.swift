/// Sort-Object: a stable sort by properties, script blocks or `@{Expression=..; Descending=$true}`
/// hashtables, with -Descending, -Unique (equal keys keep the first), -CaseSensitive, -Top and
/// -Bottom. `$null` input objects are dropped; objects lacking a sort property sort last in either
/// direction (ObjectCommandComparer).
final class SortObjectCommand: Cmdlet {
    static let metadata = CommandMetadata(
        name: "Sort-Object",
        parameters: [
            ParameterMetadata(name: "InputObject", type: "psobject", valueFromPipeline: true),
            ParameterMetadata(name: "Property", type: "object[]", position: 0),
            ParameterMetadata(name: "Descending", type: "switch"),
            ParameterMetadata(name: "Unique", type: "switch"),
            ParameterMetadata(name: "CaseSensitive", type: "switch"),
            ParameterMetadata(name: "Culture", type: "string"),
            ParameterMetadata(name: "Stable", type: "switch", parameterSets: ["Default"]),
            ParameterMetadata(name: "Top", type: "int", parameterSets: ["Top"], validateRange: 1...Double(Int32.max)),
            ParameterMetadata(name: "Bottom", type: "int", parameterSets: ["Bottom"], validateRange: 1...Double(Int32.max)),
        ],
        defaultParameterSet: "Default",
        outputTypes: ["System.Management.Automation.PSObject"],
        moduleName: "Microsoft.PowerShell.Utility",
        synopsis: "Sorts objects by property values.",
        examples: [
            CommandExample(code: "3, 1, 2 | Sort-Object", remarks: "Numbers in ascending order.", expectedOutput: "1\n2\n3"),
            CommandExample(code: "'b', 'A', 'a' | Sort-Object -Unique", remarks: "Case-insensitive duplicates are removed.", expectedOutput: "A\nb"),
        ])

    init() {}

    private var items: [Value] = []

    func process(_ context: CommandContext) throws {
        guard let input = context.inputObject ?? context.value("InputObject") else { return }
        if input.isNull { return }
        items.append(input)
    }

    func end(_ context: CommandContext) throws {
        let caseSensitive = context.switchPresent("CaseSensitive")
        let sorted = try SortObjectCommand.sort(items, properties: context.has("Property") ? context.values("Property") : nil,
                                                descending: context.switchPresent("Descending"),
                                                unique: context.switchPresent("Unique"),
                                                caseSensitive: caseSensitive, context: context)
        var out = sorted
        if let top = context.int("Top") { out = Array(out.prefix(max(0, top))) }
        if let bottom = context.int("Bottom") { out = Array(out.suffix(max(0, bottom))) }
        for v in out { try context.writeObject(v) }
    }

    /// The sort itself (also used by tests): stable, keys compared position by position.
    static func sort(_ items: [Value], properties: [Value]?, descending: Bool, unique: Bool, caseSensitive: Bool, context: CommandContext) throws -> [Value] {
        var exprs: [PropertyExpression] = []
        if let properties {
            exprs = try PropertyExpression.parse(properties, keys: .sort, context: context)
            exprs = PropertyExpression.expandWildcards(exprs, over: items, context: context)
        }
        let directions: [Bool] = exprs.isEmpty ? [descending] : exprs.map { e in
            if let d = e.entries["Descending"] { return LanguagePrimitives.isTrue(d) }
            if let a = e.entries["Ascending"] { return !LanguagePrimitives.isTrue(a) }
            return descending
        }
        var keys: [[ObjectComparer.SortKey]] = []
        keys.reserveCapacity(items.count)
        for item in items {
            let k: [Value?] = exprs.isEmpty ? [item] : try exprs.map { try $0.key(on: item, context: context) }
            keys.append(k.map(ObjectComparer.SortKey.init))
        }
        // sort positions, not (keys, value) tuples: the merge sort then moves integers only
        var order = Array(items.indices)
        keys.withUnsafeBufferPointer { keys in
            order.sort { i, j in
                let c = ObjectComparer.compareSortKeys(keys[i], keys[j], descending: directions, caseSensitive: caseSensitive)
                return c != 0 ? c < 0 : i < j
            }
        }
        if !unique { return order.map { items[$0] } }
        var out: [Value] = []
        var last: Int?
        for i in order {
            if let l = last, ObjectComparer.compareSortKeys(keys[l], keys[i], descending: directions, caseSensitive: caseSensitive) == 0 { continue }
            last = i
            out.append(items[i])
        }
        return out
    }
}
