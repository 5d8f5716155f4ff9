/// Measure-Object: counts objects and computes Sum/Average/Maximum/Minimum/StandardDeviation of
/// the objects or of their properties (GenericMeasureInfo), or counts lines, words and characters
/// of text (TextMeasureInfo). `$null` inputs are ignored; with no input and no -Property the
/// result is a zero count.
final class MeasureObjectCommand: Cmdlet {
    static let genericType = "Microsoft.PowerShell.Commands.GenericMeasureInfo"
    static let textType = "Microsoft.PowerShell.Commands.TextMeasureInfo"

    static let metadata = CommandMetadata(
        name: "Measure-Object",
        parameters: [
            ParameterMetadata(name: "InputObject", type: "psobject", valueFromPipeline: true),
            ParameterMetadata(name: "Property", type: "object[]", position: 0),
            ParameterMetadata(name: "StandardDeviation", type: "switch", parameterSets: ["GenericMeasure"]),
            ParameterMetadata(name: "Sum", type: "switch", parameterSets: ["GenericMeasure"]),
            ParameterMetadata(name: "AllStats", type: "switch", parameterSets: ["GenericMeasure"]),
            ParameterMetadata(name: "Average", type: "switch", parameterSets: ["GenericMeasure"]),
            ParameterMetadata(name: "Maximum", type: "switch", parameterSets: ["GenericMeasure"]),
            ParameterMetadata(name: "Minimum", type: "switch", parameterSets: ["GenericMeasure"]),
            ParameterMetadata(name: "Line", type: "switch", parameterSets: ["TextMeasure"]),
            ParameterMetadata(name: "Word", type: "switch", parameterSets: ["TextMeasure"]),
            ParameterMetadata(name: "Character", type: "switch", parameterSets: ["TextMeasure"]),
            ParameterMetadata(name: "IgnoreWhiteSpace", type: "switch", parameterSets: ["TextMeasure"]),
        ],
        defaultParameterSet: "GenericMeasure",
        outputTypes: [genericType, textType],
        moduleName: "Microsoft.PowerShell.Utility",
        synopsis: "Calculates the numeric properties of objects, and the characters, words, and lines in string objects.",
        examples: [
            CommandExample(code: "(1, 2, 3 | Measure-Object -Sum).Sum", remarks: "The sum of numbers.", expectedOutput: "6"),
            CommandExample(code: "('a', 'b' | Measure-Object).Count", remarks: "Counting objects.", expectedOutput: "2"),
        ])

    /// Running statistics for one property (or for the objects themselves).
    struct Statistics {
        var count = 0
        var sum = 0.0
        var sumOfSquares = 0.0
        var numeric = true
        var min: Value?
        var max: Value?
        var lines = 0
        var words = 0
        var characters = 0
    }

    init() {}

    private var order: [String] = []
    private var stats: [String: Statistics] = [:]
    private var exprs: [PropertyExpression]?
    private var records = 0
    private var wantSum = false, wantAverage = false, wantMax = false, wantMin = false, wantStdDev = false
    private var text = false, wantLines = false, wantWords = false, wantChars = false, ignoreWhiteSpace = false

    func begin(_ context: CommandContext) throws {
        let all = context.switchPresent("AllStats")
        wantSum = all || context.switchPresent("Sum")
        wantAverage = all || context.switchPresent("Average")
        wantMax = all || context.switchPresent("Maximum")
        wantMin = all || context.switchPresent("Minimum")
        wantStdDev = all || context.switchPresent("StandardDeviation")
        wantLines = context.switchPresent("Line")
        wantWords = context.switchPresent("Word")
        wantChars = context.switchPresent("Character")
        ignoreWhiteSpace = context.switchPresent("IgnoreWhiteSpace")
        text = wantLines || wantWords || wantChars || ignoreWhiteSpace
        if context.has("Property") {
            exprs = try PropertyExpression.parse(context.values("Property"), keys: .group, context: context)
        }
    }

    private func key(_ name: String) -> String {
        let k = CaseFold.fold(name)
        if stats[k] == nil { stats[k] = Statistics(); order.append(name) }
        return k
    }

    func process(_ context: CommandContext) throws {
        guard let input = context.inputObject ?? context.value("InputObject") else { return }
        if input.isNull { return }
        records += 1
        guard let exprs else {
            try analyze(ObjectAccess.base(input), into: key("$_"), context)
            return
        }
        var counted = Set<String>()
        for e in exprs {
            let resolved = try e.resolve(on: input, context: context)
            if resolved.isEmpty || (resolved.count == 1 && resolved[0].value == nil) {
                if !e.hasWildcard { _ = key(e.displayName) }
                continue
            }
            for r in resolved {
                guard let v = r.value, !counted.contains(CaseFold.fold(r.name)) else { continue }
                counted.insert(CaseFold.fold(r.name))
                try analyze(v, into: key(r.name), context)
            }
        }
    }

    private func analyze(_ value: Value, into k: String, _ context: CommandContext) throws {
        guard var s = stats[k] else { return }
        defer { stats[k] = s }
        s.count += 1
        if text {
            let str = value.isNull ? "" : LanguagePrimitives.toString(value)
            if wantChars { s.characters += MeasureObjectCommand.countCharacters(str, ignoreWhiteSpace: ignoreWhiteSpace) }
            if wantWords { s.words += MeasureObjectCommand.countWords(str) }
            if wantLines { s.lines += MeasureObjectCommand.countLines(str) }
            return
        }
        if wantSum || wantAverage || wantStdDev {
            guard let d = try? LanguagePrimitives.toDouble(ObjectAccess.base(value)), !(isNonNumericText(value)) else {
                s.numeric = false
                try context.writeError(context.errorRecord("Input object \"\(LanguagePrimitives.toString(value))\" is not numeric.", errorId: "NonNumericInputObject", category: .InvalidType, exceptionType: "System.InvalidOperationException", targetObject: value))
                return
            }
            s.sum += d
            s.sumOfSquares += d * d
        }
        if wantMin { s.min = MeasureObjectCommand.extreme(value, s.min, wantMinimum: true) }
        if wantMax { s.max = MeasureObjectCommand.extreme(value, s.max, wantMinimum: false) }
    }

    private func isNonNumericText(_ v: Value) -> Bool {
        if case .string(let s) = ObjectAccess.base(v) { return LanguagePrimitives.parseNumber(s) == nil && !s.trimmingCharacters(in: .whitespaces).isEmpty }
        return false
    }

    /// Min/max over anything comparable: numbers compare as numbers, mixed kinds by string form.
    static func extreme(_ value: Value, _ current: Value?, wantMinimum: Bool) -> Value {
        guard let current else { return value }
        let a = numericValue(value), b = numericValue(current)
        let c: Int
        if let a, let b {
            c = a < b ? -1 : (a > b ? 1 : 0)
        } else if a == nil && b == nil {
            c = ObjectComparer.compare(value, current, caseSensitive: false)
        } else {
            c = CaseFold.compare(LanguagePrimitives.toString(value), LanguagePrimitives.toString(current), caseSensitive: false)
        }
        return (wantMinimum ? c < 0 : c > 0) ? value : current
    }

    static func numericValue(_ v: Value) -> Double? {
        switch ObjectAccess.base(v) {
        case .int(let i): return Double(i)
        case .long(let l): return Double(l)
        case .double(let d): return d
        case .decimal(let d): return (try? LanguagePrimitives.toDouble(.decimal(d)))
        case .sized(let n): return n.doubleValue
        case .string(let s):
            guard let n = LanguagePrimitives.parseNumber(s) else { return nil }
            return try? LanguagePrimitives.toDouble(n)
        default: return nil
        }
    }

    func end(_ context: CommandContext) throws {
        if records == 0 && exprs == nil { _ = key("$_") }
        for name in order {
            guard let s = stats[CaseFold.fold(name)] else { continue }
            let propertyName: Value = exprs == nil ? .null : .string(name)
            if s.count == 0 && exprs != nil {
                try context.writeError(context.errorRecord("The property \"\(name)\" cannot be found in the input for any objects.", errorId: text ? "TextMeasurePropertyNotFound" : "GenericMeasurePropertyNotFound", category: .InvalidArgument, exceptionType: "System.Management.Automation.PSArgumentException"))
                continue
            }
            try context.writeObject(text ? textInfo(s, propertyName) : genericInfo(s, propertyName))
        }
    }

    private func genericInfo(_ s: Statistics, _ property: Value) -> Value {
        let o = PSObject(typeNames: [MeasureObjectCommand.genericType, "Microsoft.PowerShell.Commands.MeasureInfo", "System.Object"])
        o.setNote("Count", .int(s.count))
        o.setNote("Average", wantAverage && s.numeric && s.count > 0 ? .double(s.sum / Double(s.count)) : .null)
        o.setNote("Sum", wantSum && s.numeric ? .double(s.sum) : .null)
        o.setNote("Maximum", wantMax ? MeasureObjectCommand.asDoubleIfNumeric(s.max) : .null)
        o.setNote("Minimum", wantMin ? MeasureObjectCommand.asDoubleIfNumeric(s.min) : .null)
        var std: Value = .null
        if wantStdDev && s.numeric && s.count > 1 {
            let mean = s.sum / Double(s.count)
            let variance = (s.sumOfSquares - Double(s.count) * mean * mean) / Double(s.count - 1)
            std = .double(variance > 0 ? variance.squareRoot() : 0)
        } else if wantStdDev && s.numeric && s.count == 1 {
            std = .double(0)
        }
        o.setNote("StandardDeviation", std)
        o.setNote("Property", property)
        return .object(o)
    }

    /// PowerShell reports numeric extremes as Double, anything else as the original object.
    static func asDoubleIfNumeric(_ v: Value?) -> Value {
        guard let v else { return .null }
        if let d = numericValue(v) { return .double(d) }
        return v
    }

    private func textInfo(_ s: Statistics, _ property: Value) -> Value {
        let o = PSObject(typeNames: [MeasureObjectCommand.textType, "Microsoft.PowerShell.Commands.MeasureInfo", "System.Object"])
        o.setNote("Lines", wantLines ? .int(s.lines) : .null)
        o.setNote("Words", wantWords ? .int(s.words) : .null)
        o.setNote("Characters", wantChars ? .int(s.characters) : .null)
        o.setNote("Property", property)
        return .object(o)
    }

    // MARK: text counting (as `wc`: a trailing newline does not start a new line)

    static func countCharacters(_ s: String, ignoreWhiteSpace: Bool) -> Int {
        ignoreWhiteSpace ? s.utf16.filter { !isWhiteSpace($0) }.count : s.utf16.count
    }

    static func countWords(_ s: String) -> Int {
        var count = 0
        var inWord = false
        for u in s.utf16 {
            if isWhiteSpace(u) { inWord = false } else if !inWord { inWord = true; count += 1 }
        }
        return count
    }

    static func countLines(_ s: String) -> Int {
        if s.isEmpty { return 0 }
        let newlines = s.utf16.filter { $0 == 10 }.count
        return s.utf16.last == 10 ? newlines : newlines + 1
    }

    static func isWhiteSpace(_ u: UInt16) -> Bool {
        u == 32 || (u >= 9 && u <= 13) || u == 0xA0 || u == 0x85 || u == 0x2028 || u == 0x2029 || u == 0x3000 || u == 0x1680 || (u >= 0x2000 && u <= 0x200A) || u == 0x202F || u == 0x205F
    }
}
