/// Compare-Object: matches difference objects against reference objects (by value, or by
/// -Property values) and reports `=>` (only in the difference set), `<=` (only in the reference
/// set) and, with -IncludeEqual, `==`. As in PowerShell, results follow the difference objects and
/// the unmatched reference objects come last.
final class CompareObjectCommand: Cmdlet {
    static let metadata = CommandMetadata(
        name: "Compare-Object",
        parameters: [
            ParameterMetadata(name: "ReferenceObject", type: "psobject[]", position: 0, mandatory: true, allowEmptyCollection: true),
            ParameterMetadata(name: "DifferenceObject", type: "psobject[]", position: 1, mandatory: true, valueFromPipeline: true, allowEmptyCollection: true),
            ParameterMetadata(name: "SyncWindow", type: "int", validateRange: 0...Double(Int32.max)),
            ParameterMetadata(name: "Property", type: "object[]"),
            ParameterMetadata(name: "ExcludeDifferent", type: "switch"),
            ParameterMetadata(name: "IncludeEqual", type: "switch"),
            ParameterMetadata(name: "PassThru", type: "switch"),
            ParameterMetadata(name: "Culture", type: "string"),
            ParameterMetadata(name: "CaseSensitive", type: "switch"),
        ],
        outputTypes: ["System.Management.Automation.PSCustomObject"],
        moduleName: "Microsoft.PowerShell.Utility",
        synopsis: "Compares two sets of objects.",
        examples: [CommandExample(code: "Compare-Object a, b, c b, c, d | ForEach-Object { \"$($_.InputObject)$($_.SideIndicator)\" }", remarks: "Differences on each side.", expectedOutput: "d=>\na<=")])
    init() {}

    private var differences: [Value] = []

    func process(_ context: CommandContext) throws {
        if let v = context.inputObject {
            differences.append(v)
        } else if context.has("DifferenceObject") {
            differences += context.values("DifferenceObject")
        }
    }

    func end(_ context: CommandContext) throws {
        let references = context.values("ReferenceObject").filter { $0 != .automationNull }
        let caseSensitive = context.switchPresent("CaseSensitive")
        var exprs: [PropertyExpression] = []
        if context.has("Property") {
            exprs = try PropertyExpression.parse(context.values("Property"), keys: .group, context: context)
        }
        func keys(_ v: Value) throws -> [Value?] {
            exprs.isEmpty ? [v] : try exprs.map { try $0.key(on: v, context: context) }
        }
        let noDirection = [Bool](repeating: false, count: max(1, exprs.count))
        let refKeys = try references.map(keys)
        var matched = [Bool](repeating: false, count: references.count)
        let includeEqual = context.switchPresent("IncludeEqual")
        let excludeDifferent = context.switchPresent("ExcludeDifferent")
        // Reference objects bucketed by a hash of their keys; those that cannot be bucketed
        // (Booleans) are compared with every difference object.
        var buckets: [String: [Int]] = [:]
        var unbucketed: [Int] = []
        for (i, k) in refKeys.enumerated() {
            if let b = ObjectComparer.bucketKey(k, caseSensitive: caseSensitive) { buckets[b, default: []].append(i) } else { unbucketed.append(i) }
        }
        func same(_ i: Int, _ dk: [Value?]) -> Bool {
            !matched[i] && ObjectComparer.compareKeys(refKeys[i], dk, descending: noDirection, caseSensitive: caseSensitive) == 0
        }
        for d in differences {
            let dk = try keys(d)
            var candidates: [Int]
            if let b = ObjectComparer.bucketKey(dk, caseSensitive: caseSensitive) {
                candidates = (buckets[b] ?? []) + unbucketed
                candidates.sort()
            } else {
                candidates = Array(refKeys.indices)
            }
            if let i = candidates.first(where: { same($0, dk) }) {
                matched[i] = true
                if includeEqual { try emit(d, keys: dk, side: "==", context) }
            } else if !excludeDifferent {
                try emit(d, keys: dk, side: "=>", context)
            }
        }
        if !excludeDifferent {
            for (i, r) in references.enumerated() where !matched[i] { try emit(r, keys: refKeys[i], side: "<=", context) }
        }
        _ = exprs
    }

    private func emit(_ v: Value, keys: [Value?], side: String, _ context: CommandContext) throws {
        if context.switchPresent("PassThru") {
            let target: PSObject
            if case .object(let o) = v { target = o } else {
                target = PSObject(typeNames: v.typeNames.isEmpty ? ["System.Object"] : v.typeNames)
                target.baseObject = v
            }
            target.remove("SideIndicator")
            target.setNote("SideIndicator", .string(side))
            try context.writeObject(.object(target))
            return
        }
        let o = PSObject()
        if context.has("Property") {
            let exprs = try PropertyExpression.parse(context.values("Property"), keys: .group, context: context)
            for (e, k) in zip(exprs, keys) { o.setNote(e.displayName, k ?? .null) }
        } else {
            o.setNote("InputObject", v)
        }
        o.setNote("SideIndicator", .string(side))
        try context.writeObject(.object(o))
    }
}
