import Foundation

/// Out-String: the text Out-Default would show, as one string (or one string per line with
/// -Stream), laid out at -Width columns (tables and wide lists at the host's width, lists and text
/// unwrapped, when -Width is not given).
final class OutStringCommand: Cmdlet {
    static let metadata = CommandMetadata(
        name: "Out-String",
        parameters: [
            ParameterMetadata(name: "Stream", type: "switch", parameterSets: ["StreamFormatting"]),
            ParameterMetadata(name: "NoNewline", type: "switch", parameterSets: ["NoNewLineFormatting"]),
            ParameterMetadata(name: "Width", type: "int", validateRange: 2...Double(Int32.max)),
            ParameterMetadata(name: "InputObject", type: "psobject", valueFromPipeline: true),
        ],
        defaultParameterSet: "NoNewLineFormatting",
        outputTypes: ["System.String"],
        moduleName: "Microsoft.PowerShell.Utility",
        synopsis: "Outputs input objects as a string.",
        examples: [
            CommandExample(code: "('a', 'b' | Out-String).Length", remarks: "Each line ends with a newline.", expectedOutput: "4"),
            CommandExample(code: "[pscustomobject]@{ Name = 'E3' } | Format-List | Out-String -Stream | ForEach-Object { \"[$_]\" }",
                           remarks: "A list starts with an empty line, and each entry is followed by one.", expectedOutput: "[]\n[Name : E3]\n[]"),
        ])
    init() {}
    private var writer: OutputWriter?
    /// Lines written since the last object (each without its newline).
    private var lines: [String] = []
    private var text = ""

    private func writer(_ context: CommandContext) -> OutputWriter {
        if let writer { return writer }
        let w = OutputWriter(session: context.session, output: .text(context.session, width: context.int("Width")) { [unowned self] chunk, _ in
            self.lines.append(chunk.hasSuffix("\n") ? String(chunk.dropLast()) : chunk)
        })
        writer = w
        return w
    }

    func process(_ context: CommandContext) throws {
        guard let v = context.inputObject ?? context.value("InputObject") else { return }
        try OutOfSequenceRecord.attributing(context) { try writer(context).write(v) }
        try pass(context)
    }

    func end(_ context: CommandContext) throws {
        writer(context).finish()
        try pass(context)
        if !context.switchPresent("Stream") { try context.writeObject(.string(text)) }
    }

    /// -Stream writes each line as it comes; otherwise lines gather into one string.
    private func pass(_ context: CommandContext) throws {
        let taken = lines
        lines.removeAll()
        if context.switchPresent("Stream") {
            for l in taken { try context.writeObject(.string(l)) }
        } else if context.switchPresent("NoNewline") {
            text += taken.joined()
        } else {
            for l in taken { text += l + "\n" }
        }
    }
}

/// Out-File: writes the text Out-Default would show to a file (-Append, -NoClobber, -Encoding,
/// -Width, -NoNewline).
final class OutFileCommand: Cmdlet {
    static let metadata = CommandMetadata(
        name: "Out-File",
        parameters: [
            ParameterMetadata(name: "FilePath", type: "string", aliases: ["Path"], position: 0, mandatory: true, parameterSets: ["ByPath"]),
            ParameterMetadata(name: "LiteralPath", type: "string", aliases: ["PSPath", "LP"], mandatory: true, parameterSets: ["ByLiteralPath"]),
            ParameterMetadata(name: "Encoding", type: "object", position: 1),
            ParameterMetadata(name: "Append", type: "switch"),
            ParameterMetadata(name: "Force", type: "switch"),
            ParameterMetadata(name: "NoClobber", type: "switch", aliases: ["NoOverwrite"]),
            ParameterMetadata(name: "Width", type: "int", validateRange: 2...Double(Int32.max)),
            ParameterMetadata(name: "NoNewline", type: "switch"),
            ParameterMetadata(name: "InputObject", type: "psobject", valueFromPipeline: true),
        ],
        defaultParameterSet: "ByPath",
        supportsShouldProcess: true,
        moduleName: "Microsoft.PowerShell.Utility",
        synopsis: "Sends output to a file.",
        examples: [
            CommandExample(code: "[pscustomobject]@{ Name = 'Ann'; Seats = 2 } | Out-File seats.txt\nGet-Content seats.txt",
                           remarks: "The file holds the text the console would show: here a table, with its empty lines. Use Export-Csv or ConvertTo-Json to save data to read back.",
                           expectedOutput: "\nName Seats\n---- -----\nAnn      2\n"),
            CommandExample(code: "'first run' | Out-File log.txt\n'second run' | Out-File log.txt -Append\nGet-Content log.txt",
                           remarks: "Out-File replaces the file; -Append adds to its end (-NoClobber refuses to replace an existing file).",
                           expectedOutput: "first run\nsecond run"),
        ])
    init() {}
    private var items: [Value] = []

    func process(_ context: CommandContext) throws {
        if let v = context.inputObject ?? context.value("InputObject") { items.append(v) }
    }

    func end(_ context: CommandContext) throws {
        guard let raw = context.string("LiteralPath") ?? context.string("FilePath") else { return }
        let path = FileSystemSupport.resolve(raw, context)
        let append = context.switchPresent("Append")
        if context.switchPresent("NoClobber") && !append && context.files.exists(path) {
            throw context.terminatingError("The file '\(path)' already exists.", errorId: "NoClobber", category: .ResourceExists, exceptionType: "System.IO.IOException", targetObject: .string(path))
        }
        if context.files.isDirectory(path) {
            throw context.terminatingError("Access to the path '\(path)' is denied.", errorId: "FileOpenFailure", category: .OpenError, exceptionType: "System.UnauthorizedAccessException", targetObject: .string(path))
        }
        let encoding = try FileSystemSupport.TextEncoding.parse(context.value("Encoding"), context)
        guard try context.shouldProcess(target: path, action: "Output to File") else { return }
        let text = try OutOfSequenceRecord.attributing(context) { try OutputWriter.text(of: items, session: context.session, width: context.int("Width"), noNewline: context.switchPresent("NoNewline")) }
        do {
            try FileSystemSupport.write(text, to: path, encoding: encoding, append: append, in: context.files)
        } catch {
            throw RuntimeError(FileSystemSupport.ioError(error, path: path, errorId: "FileOpenFailure", context))
        }
    }
}

/// Out-Host (`oh`): formats objects and writes them to the host now, with an outputter of its own:
/// its tables and lists end when its pipeline ends, whatever Out-Default is holding back.
final class OutHostCommand: Cmdlet {
    static let metadata = CommandMetadata(
        name: "Out-Host",
        parameters: [
            ParameterMetadata(name: "Paging", type: "switch"),
            ParameterMetadata(name: "InputObject", type: "psobject", valueFromPipeline: true),
        ],
        moduleName: "Microsoft.PowerShell.Core",
        synopsis: "Sends output to the command line.",
        examples: [CommandExample(code: "$shown = 'Report ready' | Out-Host\n$null -eq $shown",
                                  remarks: "Out-Host writes to the screen at once and passes nothing on, so the variable stays empty.",
                                  expectedOutput: "Report ready\nTrue")])
    init() {}
    private lazy var writer: OutputWriter? = nil
    func process(_ context: CommandContext) throws {
        guard let v = context.inputObject ?? context.value("InputObject") else { return }
        let w = HostOutput.writer(&writer, context)
        try OutOfSequenceRecord.attributing(context) { try w.write(v) }
    }
    func end(_ context: CommandContext) throws { writer?.finish() }
}

/// The outputter an explicit Out-Host or Out-Default command writes through.
enum HostOutput {
    static func writer(_ w: inout OutputWriter?, _ context: CommandContext) -> OutputWriter {
        if let w { return w }
        let made = OutputWriter(session: context.session, output: .host(context.session))
        w = made
        return made
    }
}
