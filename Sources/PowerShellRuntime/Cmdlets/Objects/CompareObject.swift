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

    /// pwsh's windowed comparison: each difference object is compared with the next reference
    /// object; what does not match waits in a backlog (one per side, at most -SyncWindow long,
    /// the oldest written out as a difference when it overflows) where later objects of the
    /// other side can still match it. Matches are written as found (with -IncludeEqual), the
    /// backlogs at the end: difference objects first, then reference objects.
    func end(_ context: CommandContext) throws {
        for name in ["ReferenceObject", "DifferenceObject"] where context.has(name) && context.value(name)?.isNull == true && !(name == "DifferenceObject" && context.expectingInput) {
            throw context.terminatingError("Cannot bind argument to parameter '\(name)' because it is null.", errorId: "ParameterArgumentValidationErrorNullNotAllowed",
                                           category: .InvalidData, exceptionType: "System.Management.Automation.ParameterBindingValidationException")
        }
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
        func same(_ a: [Value?], _ b: [Value?]) -> Bool {
            ObjectComparer.compareKeys(a, b, descending: noDirection, caseSensitive: caseSensitive) == 0
        }
        // -ExcludeDifferent alone shows the equal objects (unless -IncludeEqual:$false)
        let excludeDifferent = context.switchPresent("ExcludeDifferent")
        let includeEqual = context.switchPresent("IncludeEqual") || (excludeDifferent && !context.has("IncludeEqual"))
        let window = context.int("SyncWindow") ?? Int(Int32.max)
        typealias Entry = (value: Value, keys: [Value?])
        var referenceBacklog: [Entry] = []
        var differenceBacklog: [Entry] = []
        var nextReference = 0
        func match(_ e: Entry) throws { if includeEqual { try emit(e.value, keys: e.keys, side: "==", context) } }
        func differenceOnly(_ e: Entry) throws { if !excludeDifferent { try emit(e.value, keys: e.keys, side: "=>", context) } }
        func referenceOnly(_ e: Entry) throws { if !excludeDifferent { try emit(e.value, keys: e.keys, side: "<=", context) } }
        func step(_ difference: Entry?) throws {
            var difference = difference
            var reference: Entry?
            if nextReference < references.count {
                reference = (references[nextReference], try keys(references[nextReference]))
                nextReference += 1
            }
            if let r = reference, let d = difference, same(r.keys, d.keys) { try match(r); return }
            if let d = difference, let i = referenceBacklog.firstIndex(where: { same($0.keys, d.keys) }) {
                try match(referenceBacklog.remove(at: i))
                difference = nil
            }
            if let r = reference, let i = differenceBacklog.firstIndex(where: { same(r.keys, $0.keys) }) {
                differenceBacklog.remove(at: i)
                try match(r)
                reference = nil
            }
            if let d = difference {
                if window == 0 { try differenceOnly(d) } else {
                    while differenceBacklog.count >= window { try differenceOnly(differenceBacklog.removeFirst()) }
                    differenceBacklog.append(d)
                }
            }
            if let r = reference {
                if window == 0 { try referenceOnly(r) } else {
                    while referenceBacklog.count >= window { try referenceOnly(referenceBacklog.removeFirst()) }
                    referenceBacklog.append(r)
                }
            }
        }
        for d in differences where d != .automationNull { try step((d, try keys(d))) }
        while nextReference < references.count { try step(nil) }
        for d in differenceBacklog { try differenceOnly(d) }
        for r in referenceBacklog { try referenceOnly(r) }
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
