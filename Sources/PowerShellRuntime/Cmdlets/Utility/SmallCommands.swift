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
        let joined = parts.joined(separator: context.string("Separator") ?? "")
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
        synopsis: "Creates a GUID.")
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
        synopsis: "Gets the current culture set in the operating system.")
    init() {}
    func end(_ context: CommandContext) throws { try context.writeObject(CultureObject.enUS(context.session)) }
}

final class GetUICultureCommand: Cmdlet {
    static let metadata = CommandMetadata(
        name: "Get-UICulture",
        outputTypes: ["System.Globalization.CultureInfo"],
        moduleName: "Microsoft.PowerShell.Utility",
        synopsis: "Gets the current UI culture settings in the operating system.")
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
