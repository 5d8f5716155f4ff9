import Foundation

/// Join-String: the input objects (or one property of each) joined into one string, with an
/// optional separator, quotes, format string, prefix and suffix.
final class JoinStringCommand: Cmdlet {
    static let metadata = CommandMetadata(
        name: "Join-String",
        parameters: [
            ParameterMetadata(name: "Property", type: "object", position: 0),
            ParameterMetadata(name: "Separator", type: "string", position: 1),
            ParameterMetadata(name: "OutputPrefix", type: "string", aliases: ["op"]),
            ParameterMetadata(name: "OutputSuffix", type: "string", aliases: ["os"]),
            ParameterMetadata(name: "SingleQuote", type: "switch", parameterSets: ["SingleQuote"]),
            ParameterMetadata(name: "DoubleQuote", type: "switch", parameterSets: ["DoubleQuote"]),
            ParameterMetadata(name: "FormatString", type: "string", parameterSets: ["Format"]),
            ParameterMetadata(name: "UseCulture", type: "switch"),
            ParameterMetadata(name: "InputObject", type: "psobject[]", valueFromPipeline: true),
        ],
        defaultParameterSet: "Default",
        outputTypes: ["System.String"],
        moduleName: "Microsoft.PowerShell.Utility",
        synopsis: "Combines objects from the pipeline into a single string.",
        examples: [CommandExample(code: "'a', 'b' | Join-String -Separator ', ' -SingleQuote", remarks: "Quoted and separated.", expectedOutput: "'a', 'b'")])
    init() {}
    private var parts: [String] = []
    private var expr: PropertyExpression?

    func begin(_ context: CommandContext) throws {
        if let p = context.value("Property") { expr = try PropertyExpression.parse(p, keys: .group, context: context) }
    }

    func process(_ context: CommandContext) throws {
        let inputs = context.inputObject.map { [$0] } ?? context.values("InputObject")
        for input in inputs where !input.isNull {
            let value = try expr.map { try $0.key(on: input, context: context) ?? .null } ?? input
            let text = LanguagePrimitives.toString(value)
            if context.switchPresent("SingleQuote") { parts.append("'" + text + "'") }
            else if context.switchPresent("DoubleQuote") { parts.append("\"" + text + "\"") }
            else if let f = context.string("FormatString") { parts.append(try Operators.format(f, [value])) }
            else { parts.append(text) }
        }
    }

    func end(_ context: CommandContext) throws {
        // without -Separator, $OFS separates (nothing when it is not set)
        let separator = context.string("Separator") ?? context.session.variable("OFS").map { LanguagePrimitives.toString($0) } ?? ""
        let joined = parts.joined(separator: separator)
        try context.writeObject(.string((context.string("OutputPrefix") ?? "") + joined + (context.string("OutputSuffix") ?? "")))
    }
}

/// New-Guid: a random GUID.
final class NewGuidCommand: Cmdlet {
    static let metadata = CommandMetadata(
        name: "New-Guid",
        parameters: [
            ParameterMetadata(name: "Empty", type: "switch", parameterSets: ["Empty"]),
            ParameterMetadata(name: "InputObject", type: "string", valueFromPipeline: true, parameterSets: ["InputObject"]),
        ],
        outputTypes: ["System.Guid"],
        moduleName: "Microsoft.PowerShell.Utility",
        synopsis: "Creates a GUID.",
        examples: [
            CommandExample(code: "New-Guid", remarks: "A new random GUID, shown with its Guid property; `(New-Guid).ToString()` gives the text."),
            CommandExample(code: "New-Guid -Empty", remarks: "The all-zero GUID.",
                           expectedOutput: "\nGuid\n----\n00000000-0000-0000-0000-000000000000\n"),
        ])
    init() {}
    func process(_ context: CommandContext) throws {
        if context.switchPresent("Empty") {
            try context.writeObject(.guid(UUID(uuidString: "00000000-0000-0000-0000-000000000000") ?? UUID()))
        } else if let text = (context.inputObject ?? context.value("InputObject")).map({ LanguagePrimitives.toString($0) }) {
            try context.writeObject(try LanguagePrimitives.convert(.string(text), to: PSTypeInfo(fullName: "System.Guid"), types: context.session.types))
        } else {
            try context.writeObject(.guid(UUID()))
        }
    }
}

/// Get-Culture / Get-UICulture: LicenseLab runs in en-US (numbers and dates are invariant).
final class GetCultureCommand: Cmdlet {
    static let metadata = CommandMetadata(
        name: "Get-Culture",
        parameters: [
            ParameterMetadata(name: "Name", type: "string", position: 0),
            ParameterMetadata(name: "ListAvailable", type: "switch"),
            ParameterMetadata(name: "NoUserOverrides", type: "switch"),
        ],
        outputTypes: ["System.Globalization.CultureInfo"],
        moduleName: "Microsoft.PowerShell.Utility",
        synopsis: "Gets the current culture set in the operating system.",
        examples: [
            CommandExample(code: "Get-Culture", remarks: "The culture that formats numbers and dates; LicenseLab always runs in en-US.",
                           expectedOutput: "\nLCID       Name             DisplayName\n----       ----             -----------\n1033       en-US            English (United States)\n"),
            CommandExample(code: "(1234.5).ToString('N2', (Get-Culture))", remarks: "A number written as the current culture writes it.", expectedOutput: "1,234.50"),
        ])
    init() {}
    func end(_ context: CommandContext) throws { try context.writeObject(CultureObject.enUS(context.session)) }
}

final class GetUICultureCommand: Cmdlet {
    static let metadata = CommandMetadata(
        name: "Get-UICulture",
        outputTypes: ["System.Globalization.CultureInfo"],
        moduleName: "Microsoft.PowerShell.Utility",
        synopsis: "Gets the current UI culture settings in the operating system.",
        examples: [CommandExample(code: "(Get-UICulture).Name", remarks: "The culture of the user interface's messages; LicenseLab's is en-US.", expectedOutput: "en-US")])
    init() {}
    func end(_ context: CommandContext) throws { try context.writeObject(CultureObject.enUS(context.session)) }
}

enum CultureObject {
    static func enUS(_ s: Session) -> Value {
        s.views.register(FormatView(typeName: "System.Globalization.CultureInfo", shape: .table,
                                    columns: [ViewColumn("LCID", alignment: .left, width: 10), ViewColumn("Name", alignment: .left, width: 16), ViewColumn("DisplayName", alignment: .left)]))
        let o = PSObject(typeNames: ["System.Globalization.CultureInfo", "System.Object"])
        o.setNote("Parent", .string("en"))
        o.setNote("LCID", .int(1033))
        o.setNote("KeyboardLayoutId", .int(1033))
        o.setNote("Name", .string("en-US"))
        o.setNote("IetfLanguageTag", .string("en-US"))
        o.setNote("DisplayName", .string("English (United States)"))
        o.setNote("NativeName", .string("English (United States)"))
        o.setNote("EnglishName", .string("English (United States)"))
        o.setNote("TwoLetterISOLanguageName", .string("en"))
        o.setNote("ThreeLetterISOLanguageName", .string("eng"))
        o.setNote("ThreeLetterWindowsLanguageName", .string("ENU"))
        o.setNote("IsNeutralCulture", .bool(false))
        o.add(PSMember(name: "ToString", kind: .codeMethod({ _, _ in .string("en-US") })))
        return .object(o)
    }
}

/// Measure-Command: runs the script block in the caller's scope (its variables stay set, as in
/// pwsh), throws its output away and returns the elapsed time as a TimeSpan.
final class MeasureCommandCommand: Cmdlet {
    static let metadata = CommandMetadata(
        name: "Measure-Command",
        parameters: [
            ParameterMetadata(name: "Expression", type: "scriptblock", position: 0, mandatory: true),
            ParameterMetadata(name: "InputObject", type: "psobject", valueFromPipeline: true),
        ],
        outputTypes: ["System.TimeSpan"],
        moduleName: "Microsoft.PowerShell.Utility",
        synopsis: "Measures the time it takes to run a script block.",
        examples: [CommandExample(code: "(Measure-Command { Get-ChildItem | Sort-Object Name }).TotalMilliseconds -ge 0", remarks: "Time a command.", expectedOutput: "True")])
    init() {}
    private var elapsed: Int64 = 0
    private var ran = false

    func process(_ context: CommandContext) throws {
        guard case .scriptBlock(let sb)? = context.value("Expression") else { return }
        let start = DispatchTime.now().uptimeNanoseconds
        try context.session.invokeScriptBlock(sb, dollarUnder: context.inputObject, arguments: [], this: nil, newScope: false) { _ in }
        elapsed += Int64(DispatchTime.now().uptimeNanoseconds - start) / 100
        ran = true
    }

    func end(_ context: CommandContext) throws {
        if ran { try context.writeObject(.timeSpan(DotNetTimeSpan(ticks: elapsed))) }
    }
}

/// Test-Json: whether text is valid JSON (a JSON schema is not checked in LicenseLab). Invalid
/// text also gets pwsh's non-terminating "Cannot parse the JSON." error.
final class TestJsonCommand: Cmdlet {
    static let metadata = CommandMetadata(
        name: "Test-Json",
        parameters: [
            ParameterMetadata(name: "Json", type: "string", position: 0, mandatory: true, valueFromPipeline: true),
            ParameterMetadata(name: "Schema", type: "string", position: 1),
            ParameterMetadata(name: "SchemaFile", type: "string"),
        ],
        outputTypes: ["System.Boolean"],
        moduleName: "Microsoft.PowerShell.Utility",
        synopsis: "Tests whether a string is valid JSON.",
        examples: [CommandExample(code: "'{\"a\": 1}' | Test-Json", remarks: "Valid JSON.", expectedOutput: "True")])
    init() {}

    func process(_ context: CommandContext) throws {
        if context.has("Schema") || context.has("SchemaFile") {
            throw context.terminatingError("Test-Json -Schema is not available in LicenseLab: it checks only that the text is JSON.",
                                           errorId: "SchemaNotSupported", category: .NotImplemented, exceptionType: "System.Management.Automation.PSNotSupportedException")
        }
        let text = context.string("Json") ?? ""
        do {
            _ = try JsonCodec.parse(text)
            try context.writeObject(.bool(true))
        } catch {
            try context.writeError(context.errorRecord("Cannot parse the JSON.", errorId: "InvalidJson", category: .InvalidData,
                                                       exceptionType: "System.ArgumentException", targetObject: .string(text)))
            try context.writeObject(.bool(false))
        }
    }
}
