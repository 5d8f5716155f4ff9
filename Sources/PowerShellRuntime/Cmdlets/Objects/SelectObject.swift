/// Select-Object: picks objects (-First/-Last/-Skip/-SkipLast/-Index/-SkipIndex/-Unique) and
/// properties (-Property names, wildcards, script blocks, calculated properties; -ExcludeProperty;
/// -ExpandProperty). Projected objects are new PSCustomObjects whose first type name is
/// `Selected.<original type>`.
final class SelectObjectCommand: Cmdlet {
    static let metadata = CommandMetadata(
        name: "Select-Object",
        parameters: [
            ParameterMetadata(name: "InputObject", type: "psobject", valueFromPipeline: true),
            ParameterMetadata(name: "Property", type: "object[]", position: 0),
            ParameterMetadata(name: "ExcludeProperty", type: "string[]"),
            ParameterMetadata(name: "ExpandProperty", type: "string"),
            ParameterMetadata(name: "Unique", type: "switch"),
            ParameterMetadata(name: "CaseInsensitive", type: "switch"),
            ParameterMetadata(name: "Last", type: "int", parameterSets: ["DefaultParameter"], validateRange: 0...Double(Int32.max)),
            ParameterMetadata(name: "First", type: "int", parameterSets: ["DefaultParameter"], validateRange: 0...Double(Int32.max)),
            ParameterMetadata(name: "Skip", type: "int", parameterSets: ["DefaultParameter", "SkipLastParameter"], validateRange: 0...Double(Int32.max)),
            ParameterMetadata(name: "SkipLast", type: "int", parameterSets: ["SkipLastParameter"], validateRange: 0...Double(Int32.max)),
            ParameterMetadata(name: "Wait", type: "switch", parameterSets: ["DefaultParameter", "IndexParameter"]),
            ParameterMetadata(name: "Index", type: "int[]", parameterSets: ["IndexParameter"]),
            ParameterMetadata(name: "SkipIndex", type: "int[]", parameterSets: ["SkipIndexParameter"]),
        ],
        defaultParameterSet: "DefaultParameter",
        outputTypes: ["System.Management.Automation.PSObject"],
        moduleName: "Microsoft.PowerShell.Utility",
        synopsis: "Selects objects or object properties.",
        examples: [
            CommandExample(code: "1..10 | Select-Object -First 2 -Last 1", remarks: "The first two and the last object.", expectedOutput: "1\n2\n10"),
            CommandExample(code: "[pscustomobject]@{A=1;B=2} | Select-Object A, @{N='Twice';E={$_.B * 2}} | ForEach-Object { \"$($_.A) $($_.Twice)\" }", remarks: "A property and a calculated property.", expectedOutput: "1 4"),
        ])

    init() {}

    private var expressions: [PropertyExpression]?
    private var exclude: [WildcardPattern] = []
    private var expand: String?
    private var first: Int?
    private var last: Int?
    private var skip = 0
    private var skipLast = 0
    private var index: Set<Int>?
    private var skipIndex: Set<Int>?
    private var unique = false
    private var caseSensitiveUnique = true

    private var position = 0
    private var emittedFirst = 0
    private var wait = false
    private var lastBuffer: [Value] = []
    private var skipLastBuffer: [Value] = []
    private var uniqueSeen: [String: [Value]] = [:]
    private var uniqueUnbucketed: [Value] = []

    func begin(_ context: CommandContext) throws {
        if context.has("Property") {
            expressions = try PropertyExpression.parse(context.values("Property"), keys: .select, context: context)
        }
        exclude = context.strings("ExcludeProperty").map { WildcardPattern($0) }
        if !exclude.isEmpty && expressions == nil && !context.has("ExpandProperty") {
            expressions = [PropertyExpression(source: .name("*"), label: nil, entries: [:])]
        }
        expand = context.string("ExpandProperty")
        first = context.int("First")
        last = context.int("Last")
        skip = context.int("Skip") ?? 0
        skipLast = context.int("SkipLast") ?? 0
        if context.has("Index") { index = Set(context.values("Index").compactMap { try? LanguagePrimitives.toInt($0) }) }
        if context.has("SkipIndex") { skipIndex = Set(context.values("SkipIndex").compactMap { try? LanguagePrimitives.toInt($0) }) }
        unique = context.switchPresent("Unique")
        wait = context.switchPresent("Wait")
        caseSensitiveUnique = !context.switchPresent("CaseInsensitive")
    }

    func process(_ context: CommandContext) throws {
        guard let input = context.inputObject ?? context.value("InputObject") else { return }
        // pwsh selects nothing from a $null input object
        if input.isNull { return }
        let pos = position
        position += 1
        if let index {
            if index.contains(pos) { try emit(input, context) }
            if !wait, pos >= (index.max() ?? -1) { throw StopUpstreamSignal() }
            return
        }
        if let skipIndex {
            if !skipIndex.contains(pos) { try emit(input, context) }
            return
        }
        // -Last without -First keeps the last (Last + Skip) objects: -Skip then counts from the end.
        if first == nil, let l = last {
            lastBuffer.append(input)
            if lastBuffer.count > l + skip { lastBuffer.removeFirst() }
            return
        }
        if pos < skip { return }
        if skipLast > 0 {
            skipLastBuffer.append(input)
            if skipLastBuffer.count > skipLast { try emit(skipLastBuffer.removeFirst(), context) }
            return
        }
        switch (first, last) {
        case (nil, nil):
            try emit(input, context)
        case (let f?, nil):
            if emittedFirst < f { emittedFirst += 1; try emit(input, context) }
            // enough: stop the commands upstream (not with -Wait, nor -Unique, which may drop some)
            if emittedFirst >= f && !wait && !unique { throw StopUpstreamSignal() }
        case (let f, let l?):
            if let f, emittedFirst < f { emittedFirst += 1; try emit(input, context); return }
            if l == 0 { return }
            lastBuffer.append(input)
            if lastBuffer.count > l { lastBuffer.removeFirst() }
        }
    }

    func end(_ context: CommandContext) throws {
        let keep = first == nil ? max(0, lastBuffer.count - skip) : lastBuffer.count
        for v in lastBuffer.prefix(keep) { try emit(v, context) }
        lastBuffer = []
    }

    // MARK: projection

    private func emit(_ input: Value, _ context: CommandContext) throws {
        if let expand {
            try emitExpanded(input, name: expand, context)
        } else if let expressions {
            try write(try project(input, expressions, context), context)
        } else {
            // an object passed through is marked as selected once (`Selected.` + its type name)
            if case .object(let o) = input, o.baseObject == nil, let t = o.typeNames.first, t == PSObject.customObjectTypeName {
                o.typeNames.insert("Selected." + t, at: 0)
            }
            try write(input, context)
        }
    }

    private func write(_ v: Value, _ context: CommandContext) throws {
        if unique {
            let same = { (o: Value) in ObjectComparer.equal(o, v, caseSensitive: self.caseSensitiveUnique) }
            if let key = ObjectComparer.bucketKey(v, caseSensitive: caseSensitiveUnique) {
                if uniqueSeen[key, default: []].contains(where: same) || uniqueUnbucketed.contains(where: same) { return }
                uniqueSeen[key, default: []].append(v)
            } else {
                if uniqueUnbucketed.contains(where: same) || uniqueSeen.values.contains(where: { $0.contains(where: same) }) { return }
                uniqueUnbucketed.append(v)
            }
        }
        try context.writeObject(v)
    }

    private func isExcluded(_ name: String) -> Bool {
        exclude.contains { $0.matches(name) }
    }

    /// The selected properties of one object, in -Property order; duplicates are reported.
    private func selectedProperties(_ input: Value, _ exprs: [PropertyExpression], _ context: CommandContext) throws -> [(String, Value)] {
        var out: [(String, Value)] = []
        var seen = Set<String>()
        for e in exprs {
            for r in try e.resolve(on: input, context: context) {
                if case .name = e.source, e.label == nil, isExcluded(r.name) { continue }
                let key = CaseFold.fold(r.name)
                if seen.contains(key) {
                    try context.writeError(context.errorRecord("The property cannot be processed because the property \"\(r.name)\" already exists.", errorId: "AlreadyExistingUserSpecifiedPropertyNoExpand", category: .InvalidOperation, exceptionType: "System.Management.Automation.PSArgumentException", targetObject: input))
                    continue
                }
                seen.insert(key)
                out.append((r.name, r.value ?? .null))
            }
        }
        return out
    }

    private func project(_ input: Value, _ exprs: [PropertyExpression], _ context: CommandContext) throws -> Value {
        let props = try selectedProperties(input, exprs, context)
        // "Selected." + the input's .NET type: a PSCustomObject stays PSCustomObject whatever type
        // names were added to it (Import-Csv's CSV:..., Add-Member -TypeName).
        var original = ObjectAccess.typeName(of: input)
        if case .object(let src) = input, src.baseObject == nil, src.typeNames.contains(PSObject.customObjectTypeName) {
            original = PSObject.customObjectTypeName
        }
        let o = PSObject(typeNames: ["Selected." + original, PSObject.customObjectTypeName, "System.Object"])
        for (n, v) in props { o.setNote(n, v) }
        return .object(o)
    }

    private func emitExpanded(_ input: Value, name: String, _ context: CommandContext) throws {
        let names: [String]
        if WildcardPattern.containsWildcard(name) {
            let p = WildcardPattern(name)
            names = ObjectAccess.propertyNames(of: input, context: context).filter { p.matches($0) }
        } else if case .hashtable(let h) = ObjectAccess.base(input), h.containsKey(.string(name)) {
            // a dictionary's entry comes before its members
            try context.writeObject(h[.string(name)] ?? .null, enumerateCollection: true)
            return
        } else {
            names = ObjectAccess.property(input, name, context: context) == nil ? [] : [name]
        }
        guard let resolvedName = names.first, let value = ObjectAccess.property(input, resolvedName, context: context) else {
            try context.writeError(context.errorRecord("Property \"\(name)\" cannot be found.", errorId: "ExpandPropertyNotFound", category: .InvalidArgument, exceptionType: "System.Management.Automation.PSArgumentException", targetObject: input))
            return
        }
        if names.count > 1 {
            try context.writeError(context.errorRecord("Multiple properties cannot be expanded.", errorId: "MutlipleExpandProperties", category: .InvalidArgument, exceptionType: "System.Management.Automation.PSArgumentException", targetObject: input))
            return
        }
        let extra = try expressions.map { try selectedProperties(input, $0, context) } ?? []
        if value.isNull { return }
        let items: [Value]
        if case .hashtable = value { items = [value] } else { items = value.enumerated() ?? [value] }
        for item in items where !item.isNull {
            if extra.isEmpty {
                try write(item, context)
                continue
            }
            let target: PSObject
            if case .object(let o) = item { target = o } else {
                target = PSObject(typeNames: item.typeNames.isEmpty ? ["System.Object"] : item.typeNames)
                target.baseObject = item
            }
            for (n, v) in extra {
                if target.member(n) != nil {
                    try context.writeError(context.errorRecord("The property cannot be processed because the property \"\(n)\" already exists.", errorId: "AlreadyExistingUserSpecifiedPropertyExpand", category: .InvalidOperation, exceptionType: "System.Management.Automation.PSArgumentException", targetObject: item))
                    continue
                }
                target.setNote(n, v)
            }
            try write(.object(target), context)
        }
    }
}
