import Foundation

/// ConvertTo-Csv: objects to CSV lines (header from the first object; PowerShell 7 quotes every
/// field and writes no `#TYPE` line unless -IncludeTypeInformation).
final class ConvertToCsvCommand: Cmdlet {
    static let metadata = CommandMetadata(
        name: "ConvertTo-Csv",
        parameters: [
            ParameterMetadata(name: "InputObject", type: "psobject", position: 0, mandatory: true, valueFromPipeline: true),
            ParameterMetadata(name: "Delimiter", type: "string", position: 1, parameterSets: ["Delimiter"]),
        ] + CsvWriter.parameters,
        defaultParameterSet: "Delimiter",
        outputTypes: ["System.String"],
        moduleName: "Microsoft.PowerShell.Utility",
        synopsis: "Converts .NET objects into a series of character-separated value (CSV) strings.",
        examples: [CommandExample(code: "[pscustomobject]@{A=1;B='x'} | ConvertTo-Csv", remarks: "Header and one row.", expectedOutput: "\"A\",\"B\"\n\"1\",\"x\"")])
    init() {}
    private var writer: CsvWriter?

    func process(_ context: CommandContext) throws {
        guard let input = context.inputObject ?? context.value("InputObject"), !input.isNull else { return }
        if writer == nil { writer = try CsvWriter(context) }
        for line in writer?.lines(for: input, context: context) ?? [] { try context.writeObject(.string(line)) }
    }
}

/// Export-Csv: writes the CSV lines of its input to a file (-Append adds rows under the file's
/// existing header; -NoClobber refuses to overwrite).
final class ExportCsvCommand: Cmdlet {
    static let metadata = CommandMetadata(
        name: "Export-Csv",
        parameters: [
            ParameterMetadata(name: "InputObject", type: "psobject", mandatory: true, valueFromPipeline: true),
            ParameterMetadata(name: "Path", type: "string", position: 0),
            ParameterMetadata(name: "LiteralPath", type: "string", aliases: ["PSPath", "LP"]),
            ParameterMetadata(name: "Force", type: "switch"),
            ParameterMetadata(name: "NoClobber", type: "switch", aliases: ["NoOverwrite"]),
            ParameterMetadata(name: "Encoding", type: "object"),
            ParameterMetadata(name: "Append", type: "switch"),
            ParameterMetadata(name: "Delimiter", type: "string", position: 1, parameterSets: ["Delimiter"]),
        ] + CsvWriter.parameters,
        defaultParameterSet: "Delimiter",
        supportsShouldProcess: true,
        moduleName: "Microsoft.PowerShell.Utility",
        synopsis: "Converts objects into a series of CSV strings and saves the strings to a file.",
        examples: [
            CommandExample(code: "[pscustomobject]@{ Name = 'Ann'; Seats = 2 }, [pscustomobject]@{ Name = 'Bob'; Seats = 1 } | Export-Csv people.csv\nGet-Content people.csv",
                           remarks: "The header comes from the first object's properties; every field is quoted, and no #TYPE line is written (PowerShell 7).",
                           expectedOutput: "\"Name\",\"Seats\"\n\"Ann\",\"2\"\n\"Bob\",\"1\""),
            CommandExample(code: "[pscustomobject]@{ Name = 'Ann'; Seats = 2 } | Export-Csv people.csv\n[pscustomobject]@{ Name = 'Cy'; Seats = 4 } | Export-Csv people.csv -Append\n(Import-Csv people.csv).Name -join ', '",
                           remarks: "-Append adds rows under the file's header; an object without one of its columns is refused unless -Force.",
                           expectedOutput: "Ann, Cy"),
        ])
    init() {}

    private var writer: CsvWriter?
    private var path = ""
    /// The lines not written yet, each with its newline: written to the file a megabyte at a
    /// time (as pwsh's stream writer writes as it goes), then at the end.
    private var text = ""
    /// Some lines are in the file already: later ones are appended.
    private var flushed = false
    private var encoding = FileSystemSupport.TextEncoding.utf8
    private var append = false
    private var disabled = false
    private static let flushSize = 1 << 20

    /// Writes the pending lines (the first write creates, replaces or appends to the file as
    /// -Append says; later ones append) and reuses the buffer.
    private func flush(_ context: CommandContext) throws {
        do {
            try FileSystemSupport.write(text, to: path, encoding: encoding, append: append || flushed, in: context.files)
        } catch {
            throw RuntimeError(FileSystemSupport.ioError(error, path: path, errorId: "FileOpenFailure", context))
        }
        flushed = true
        text.removeAll(keepingCapacity: true)
    }

    func begin(_ context: CommandContext) throws {
        guard let raw = context.string("LiteralPath") ?? context.string("Path") else {
            throw context.terminatingError("You must specify either the -Path or -LiteralPath parameters, but not both.", errorId: "CannotSpecifyPathAndLiteralPath", category: .InvalidArgument, exceptionType: "System.InvalidOperationException")
        }
        path = FileSystemSupport.resolve(raw, context)
        encoding = try FileSystemSupport.TextEncoding.parse(context.value("Encoding"), context)
        append = context.switchPresent("Append")
        writer = try CsvWriter(context)
        if context.files.isDirectory(path) {
            throw context.terminatingError("Access to the path '\(path)' is denied.", errorId: "FileOpenFailure", category: .OpenError, exceptionType: "System.UnauthorizedAccessException", targetObject: .string(path))
        }
        if context.switchPresent("NoClobber") && !append && context.files.exists(path) {
            throw context.terminatingError("The file '\(path)' already exists.", errorId: "NoClobber", category: .ResourceExists, exceptionType: "System.IO.IOException", targetObject: .string(path))
        }
        if append, context.files.exists(path), let text = try? FileSystemSupport.readText(path, context.files) {
            var reader = CsvReader(delimiter: writer?.delimiter ?? ",", header: nil, typeName: nil)
            _ = try reader.objects(from: CsvCodec.parse(text, delimiter: writer?.delimiter ?? ","), context: context)
            if let h = reader.header, !h.isEmpty {
                writer?.header = h
                writer?.includeType = false
            }
        }
        if !(try context.shouldProcess(target: path)) { disabled = true }
    }

    func process(_ context: CommandContext) throws {
        guard !disabled, let input = context.inputObject ?? context.value("InputObject"), !input.isNull else { return }
        if append, !context.switchPresent("Force"), let header = writer?.header, !text.isEmpty || context.files.exists(path) {
            let names = Set(ObjectAccess.propertyNames(of: input, context: context).map(CaseFold.fold))
            if let missing = header.first(where: { !names.contains(CaseFold.fold($0)) }) {
                throw context.terminatingError("Cannot append CSV content to the following file: \(path). The appended object does not have a property that corresponds to the following column: \(missing). To continue with mismatched properties, add the -Force parameter, and then retry the command.", errorId: "CannotAppendCsvWithMismatchedPropertyNames", category: .InvalidData, exceptionType: "System.InvalidOperationException", targetObject: .string(missing))
            }
        }
        writer?.appendLines(for: input, context: context, to: &text)
        if text.utf8.count >= Self.flushSize { try flush(context) }
    }

    func end(_ context: CommandContext) throws {
        guard !disabled else { return }
        // the file is made even when no object came (an empty file, as pwsh leaves)
        if !flushed || !text.isEmpty { try flush(context) }
    }
}

/// ConvertFrom-Csv: CSV strings to PSCustomObjects (first line is the header unless -Header).
final class ConvertFromCsvCommand: Cmdlet {
    static let metadata = CommandMetadata(
        name: "ConvertFrom-Csv",
        parameters: [
            ParameterMetadata(name: "InputObject", type: "psobject[]", position: 0, mandatory: true, valueFromPipeline: true),
            ParameterMetadata(name: "Delimiter", type: "string", position: 1, parameterSets: ["Delimiter"]),
            ParameterMetadata(name: "UseCulture", type: "switch", parameterSets: ["UseCulture"]),
            ParameterMetadata(name: "Header", type: "string[]"),
        ],
        defaultParameterSet: "Delimiter",
        outputTypes: ["System.Management.Automation.PSObject"],
        moduleName: "Microsoft.PowerShell.Utility",
        synopsis: "Converts object properties in character-separated value (CSV) format into CSV versions of the original objects.",
        examples: [CommandExample(code: "'a,b', '1,2' | ConvertFrom-Csv | ForEach-Object { $_.b }", remarks: "The first line is the header.", expectedOutput: "2")])
    init() {}
    private var reader: CsvReader?
    private var text: [String] = []

    func process(_ context: CommandContext) throws {
        if reader == nil {
            reader = CsvReader(delimiter: try CsvWriter.delimiter(context), header: nil, typeName: nil)
            if context.has("Header") { reader?.header = try CsvReader.validated(context.strings("Header"), context) }
        }
        let input = context.inputObject ?? context.value("InputObject") ?? .null
        for item in input.enumerated() ?? [input] where !item.isNull {
            text.append(LanguagePrimitives.toString(item))
        }
    }

    func end(_ context: CommandContext) throws {
        guard var reader, !text.isEmpty else { return }
        let records = CsvCodec.parse(text.joined(separator: "\n"), delimiter: reader.delimiter)
        for o in try reader.objects(from: records, context: context) { try context.writeObject(o) }
    }
}

/// Import-Csv: reads CSV files into PSCustomObjects (values are strings; missing ones `$null`).
final class ImportCsvCommand: Cmdlet {
    static let metadata = CommandMetadata(
        name: "Import-Csv",
        parameters: [
            ParameterMetadata(name: "Path", type: "string[]", position: 0, valueFromPipeline: true, parameterSets: ["Delimiter", "UseCulture"]),
            ParameterMetadata(name: "LiteralPath", type: "string[]", aliases: ["PSPath", "LP"], valueFromPipelineByPropertyName: true),
            ParameterMetadata(name: "Delimiter", type: "string", position: 1, parameterSets: ["Delimiter"]),
            ParameterMetadata(name: "UseCulture", type: "switch", parameterSets: ["UseCulture"]),
            ParameterMetadata(name: "Header", type: "string[]"),
            ParameterMetadata(name: "Encoding", type: "object"),
        ],
        defaultParameterSet: "Delimiter",
        outputTypes: ["System.Object"],
        moduleName: "Microsoft.PowerShell.Utility",
        synopsis: "Creates table-like custom objects from the items in a character-separated value (CSV) file.",
        examples: [
            CommandExample(code: "Set-Content people.csv 'Name,Dept', 'Ann,Sales', 'Bob,IT'\nImport-Csv people.csv | Where-Object Dept -eq 'IT' | ForEach-Object Name",
                           remarks: "Each row becomes an object whose properties are named by the header line; the values are strings.",
                           expectedOutput: "Bob"),
            CommandExample(code: "Set-Content scores.txt 'Ann;12', 'Bob;9'\nImport-Csv scores.txt -Delimiter ';' -Header Name, Score | ForEach-Object { \"$($_.Name) scored $($_.Score)\" }",
                           remarks: "A file without a header line, separated by semicolons: -Header names the columns and -Delimiter gives the separator.",
                           expectedOutput: "Ann scored 12\nBob scored 9"),
        ])
    init() {}

    func process(_ context: CommandContext) throws {
        let literal = context.has("LiteralPath")
        let raw = literal ? context.strings("LiteralPath") : context.strings("Path")
        let delimiter = try CsvWriter.delimiter(context)
        _ = try FileSystemSupport.TextEncoding.parse(context.value("Encoding"), context)
        for p in raw {
            let paths = literal ? [FileSystemSupport.resolve(p, context)] : FileSystemSupport.expand(p, context)
            if paths.isEmpty {
                try context.writeError(FileSystemSupport.pathNotFound(FileSystemSupport.resolve(p, context), context))
                continue
            }
            for path in paths {
                guard context.files.exists(path), !context.files.isDirectory(path) else {
                    try context.writeError(context.errorRecord("Could not find file '\(path)'.", errorId: "FileOpenFailure", category: .OpenError, exceptionType: "System.IO.FileNotFoundException", targetObject: .string(path)))
                    continue
                }
                let text: String
                do { text = try FileSystemSupport.readText(path, context.files) } catch {
                    try context.writeError(FileSystemSupport.ioError(error, path: path, errorId: "FileOpenFailure", context))
                    continue
                }
                var reader = CsvReader(delimiter: delimiter, header: nil, typeName: nil)
                if context.has("Header") { reader.header = try CsvReader.validated(context.strings("Header"), context) }
                for o in try reader.objects(from: CsvCodec.parse(text, delimiter: delimiter), context: context) {
                    try context.writeObject(o)
                }
            }
        }
    }
}
