/// Format-Table, Format-List and Format-Wide: turn objects into formatting records (a document
/// with its shape and columns, groups, one entry per object; FormatRecords.swift) that an
/// outputter — Out-Default, Out-Host, Out-String, Out-File — lays out at its own width. Columns
/// come from -Property (names, wildcards, script blocks, calculated properties with
/// Label/Width/Alignment/FormatString), a registered view, or the first object's properties.

enum FormatSupport {
    static let groupParameter = ParameterMetadata(name: "GroupBy", type: "object")
    static let excludeParameter = ParameterMetadata(name: "ExcludeProperty", type: "string[]")

    /// -Property and -ExcludeProperty into the request (-ExcludeProperty alone means `-Property *`).
    static func properties(_ r: inout FormatGenerator.Request, _ context: CommandContext) {
        r.properties = context.values("Property")
        r.excludeProperty = context.strings("ExcludeProperty").map { WildcardPattern($0) }
        if r.properties.isEmpty && !r.excludeProperty.isEmpty { r.properties = [.string("*")] }
    }

    /// Streams the cmdlet's input through a generator made on the first object.
    static func process(_ generator: inout FormatGenerator?, _ context: CommandContext, _ request: () -> FormatGenerator.Request) throws {
        guard let v = context.inputObject ?? context.value("InputObject"), v != .automationNull else { return }
        if generator == nil { generator = FormatGenerator(session: context.session, request: request(), context: context) }
        try generator?.process(v) { try context.writeObject($0) }
    }

    static func end(_ generator: FormatGenerator?, _ context: CommandContext) throws {
        try generator?.end { try context.writeObject($0) }
    }
}

final class FormatTableCommand: Cmdlet {
    static let metadata = CommandMetadata(
        name: "Format-Table",
        parameters: [
            ParameterMetadata(name: "Property", type: "object[]", position: 0),
            FormatSupport.excludeParameter,
            ParameterMetadata(name: "AutoSize", type: "switch"),
            ParameterMetadata(name: "RepeatHeader", type: "switch"),
            ParameterMetadata(name: "HideTableHeaders", type: "switch"),
            ParameterMetadata(name: "Wrap", type: "switch"),
            FormatSupport.groupParameter,
            ParameterMetadata(name: "View", type: "string"),
            ParameterMetadata(name: "ShowError", type: "switch"),
            ParameterMetadata(name: "DisplayError", type: "switch"),
            ParameterMetadata(name: "Force", type: "switch"),
            ParameterMetadata(name: "Expand", type: "string", validateSet: ["CoreOnly", "EnumOnly", "Both"]),
            ParameterMetadata(name: "InputObject", type: "psobject", valueFromPipeline: true),
        ],
        outputTypes: ["Microsoft.PowerShell.Commands.Internal.Format.FormatEntryData"],
        moduleName: "Microsoft.PowerShell.Utility",
        synopsis: "Formats the output as a table.",
        examples: [CommandExample(code: "[pscustomobject]@{Name='E3'; Seats=25} | Format-Table", remarks: "Numbers are right-aligned.", expectedOutput: "\nName Seats\n---- -----\nE3      25\n")])
    init() {}
    private var generator: FormatGenerator?

    func process(_ context: CommandContext) throws {
        try FormatSupport.process(&generator, context) {
            var r = FormatGenerator.Request()
            r.shape = .table
            FormatSupport.properties(&r, context)
            r.groupBy = context.value("GroupBy")
            r.autoSize = context.switchPresent("AutoSize")
            r.hideTableHeaders = context.switchPresent("HideTableHeaders")
            r.wrap = context.switchPresent("Wrap")
            r.repeatHeader = context.switchPresent("RepeatHeader")
            r.expand = context.string("Expand")
            r.force = context.switchPresent("Force")
            return r
        }
    }

    func end(_ context: CommandContext) throws { try FormatSupport.end(generator, context) }
}

final class FormatListCommand: Cmdlet {
    static let metadata = CommandMetadata(
        name: "Format-List",
        parameters: [
            ParameterMetadata(name: "Property", type: "object[]", position: 0),
            FormatSupport.excludeParameter,
            FormatSupport.groupParameter,
            ParameterMetadata(name: "View", type: "string"),
            ParameterMetadata(name: "ShowError", type: "switch"),
            ParameterMetadata(name: "DisplayError", type: "switch"),
            ParameterMetadata(name: "Force", type: "switch"),
            ParameterMetadata(name: "Expand", type: "string", validateSet: ["CoreOnly", "EnumOnly", "Both"]),
            ParameterMetadata(name: "InputObject", type: "psobject", valueFromPipeline: true),
        ],
        outputTypes: ["Microsoft.PowerShell.Commands.Internal.Format.FormatEntryData"],
        moduleName: "Microsoft.PowerShell.Utility",
        synopsis: "Formats the output as a list of properties in which each property appears on a new line.",
        examples: [CommandExample(code: "[pscustomobject]@{Name='E3'; Seats=25} | Format-List", remarks: "Labels padded to the longest.", expectedOutput: "\nName  : E3\nSeats : 25\n")])
    init() {}
    private var generator: FormatGenerator?

    func process(_ context: CommandContext) throws {
        try FormatSupport.process(&generator, context) {
            var r = FormatGenerator.Request()
            r.shape = .list
            FormatSupport.properties(&r, context)
            r.groupBy = context.value("GroupBy")
            r.expand = context.string("Expand")
            r.force = context.switchPresent("Force")
            return r
        }
    }

    func end(_ context: CommandContext) throws { try FormatSupport.end(generator, context) }
}

final class FormatWideCommand: Cmdlet {
    static let metadata = CommandMetadata(
        name: "Format-Wide",
        parameters: [
            ParameterMetadata(name: "Property", type: "object", position: 0),
            ParameterMetadata(name: "AutoSize", type: "switch"),
            ParameterMetadata(name: "Column", type: "int", validateRange: 1...Double(Int32.max)),
            FormatSupport.groupParameter,
            ParameterMetadata(name: "View", type: "string"),
            ParameterMetadata(name: "ShowError", type: "switch"),
            ParameterMetadata(name: "DisplayError", type: "switch"),
            ParameterMetadata(name: "Force", type: "switch"),
            ParameterMetadata(name: "Expand", type: "string", validateSet: ["CoreOnly", "EnumOnly", "Both"]),
            ParameterMetadata(name: "InputObject", type: "psobject", valueFromPipeline: true),
        ],
        outputTypes: ["Microsoft.PowerShell.Commands.Internal.Format.FormatEntryData"],
        moduleName: "Microsoft.PowerShell.Utility",
        synopsis: "Formats objects as a wide table that displays only one property of each object.",
        examples: [CommandExample(code: "'Sales', 'IT', 'Finance', 'Legal', 'HR' | ForEach-Object { [pscustomobject]@{ Team = $_; Size = 3 } } | Format-Wide -Property Team -Column 3",
                                  remarks: "One property of each object, three to a row; the columns share the console's width (120 characters here). Without -Property, Format-Wide picks a Name-like property.",
                                  expectedOutput: "\nSales                                   IT                                      Finance\nLegal                                   HR\n")])
    init() {}
    private var generator: FormatGenerator?

    func begin(_ context: CommandContext) throws {
        if context.switchPresent("AutoSize") && context.has("Column") {
            let rec = context.errorRecord("Operation is not valid due to the current state of the object.", errorId: "FormatCannotSpecifyAutosizeAndColumns",
                                          category: .InvalidArgument, exceptionType: "System.IO.InvalidDataException")
            rec.errorDetailsMessage = "Cmdlet parameters AutoSize and Column are mutually exclusive."
            throw RuntimeError(rec)
        }
    }

    func process(_ context: CommandContext) throws {
        try FormatSupport.process(&generator, context) {
            var r = FormatGenerator.Request()
            r.shape = .wide
            r.properties = context.value("Property").map { [$0] } ?? []
            r.groupBy = context.value("GroupBy")
            r.autoSize = context.switchPresent("AutoSize")
            r.wideColumns = context.int("Column")
            r.expand = context.string("Expand")
            r.force = context.switchPresent("Force")
            return r
        }
    }

    func end(_ context: CommandContext) throws { try FormatSupport.end(generator, context) }
}
