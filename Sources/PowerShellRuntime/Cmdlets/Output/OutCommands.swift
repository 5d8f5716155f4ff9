import Foundation

/// Out-String: the text Out-Default would show, as one string (or one string per line with
/// -Stream). Tables and lists start with a blank line, as in PowerShell.
final class OutStringCommand: Cmdlet {
    static let metadata = CommandMetadata(
        name: "Out-String",
        parameters: [
            ParameterMetadata(name: "Stream", type: "switch", parameterSets: ["NoNewLineFormatting"]),
            ParameterMetadata(name: "NoNewline", type: "switch", parameterSets: ["NoNewLineFormatting"]),
            ParameterMetadata(name: "Width", type: "int", validateRange: 2...Double(Int32.max)),
            ParameterMetadata(name: "InputObject", type: "psobject", valueFromPipeline: true),
        ],
        outputTypes: ["System.String"],
        moduleName: "Microsoft.PowerShell.Utility",
        synopsis: "Outputs input objects as a string.",
        examples: [CommandExample(code: "('a', 'b' | Out-String).Length", remarks: "Each line ends with a newline.", expectedOutput: "4")])
    init() {}
    private var items: [Value] = []

    func process(_ context: CommandContext) throws {
        if let v = context.inputObject ?? context.value("InputObject") { items.append(v) }
    }

    func end(_ context: CommandContext) throws {
        let width = context.int("Width") ?? context.session.host.windowWidth
        let lines = TextRenderer(session: context.session, width: width).render(items, leadingBlankLines: true)
        if context.switchPresent("Stream") {
            for l in lines { try context.writeObject(.string(l)) }
        } else if context.switchPresent("NoNewline") {
            try context.writeObject(.string(lines.joined()))
        } else {
            try context.writeObject(.string(lines.map { $0 + "\n" }.joined()))
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
        synopsis: "Sends output to a file.")
    init() {}
    private var items: [Value] = []

    func process(_ context: CommandContext) throws {
        if let v = context.inputObject ?? context.value("InputObject") { items.append(v) }
    }

    func end(_ context: CommandContext) throws {
        guard let raw = context.string("LiteralPath") ?? context.string("FilePath") else { return }
        let path = FileSystemSupport.resolve(raw, context)
        let append = context.switchPresent("Append")
        if context.switchPresent("NoClobber") && !append && FileSystemSupport.exists(path) {
            throw context.terminatingError("The file '\(path)' already exists.", errorId: "NoClobber", category: .ResourceExists, exceptionType: "System.IO.IOException", targetObject: .string(path))
        }
        if FileSystemSupport.isDirectory(path) {
            throw context.terminatingError("Access to the path '\(path)' is denied.", errorId: "FileOpenFailure", category: .OpenError, exceptionType: "System.UnauthorizedAccessException", targetObject: .string(path))
        }
        let encoding = try FileSystemSupport.TextEncoding.parse(context.value("Encoding"), context)
        guard try context.shouldProcess(target: path, action: "Output to File") else { return }
        let width = context.int("Width") ?? context.session.host.windowWidth
        let lines = TextRenderer(session: context.session, width: width).render(items, leadingBlankLines: true)
        let text = context.switchPresent("NoNewline") ? lines.joined() : lines.map { $0 + "\n" }.joined()
        do {
            try FileSystemSupport.write(text, to: path, encoding: encoding, append: append)
        } catch {
            throw RuntimeError(FileSystemSupport.ioError(error, path: path, errorId: "FileOpenFailure", context))
        }
    }
}

/// Out-Host (`oh`): formats objects and writes them to the host now (not to the pipeline).
final class OutHostCommand: Cmdlet {
    static let metadata = CommandMetadata(
        name: "Out-Host",
        parameters: [
            ParameterMetadata(name: "Paging", type: "switch"),
            ParameterMetadata(name: "InputObject", type: "psobject", valueFromPipeline: true),
        ],
        moduleName: "Microsoft.PowerShell.Core",
        synopsis: "Sends output to the command line.")
    init() {}
    func process(_ context: CommandContext) throws {
        guard let v = context.inputObject ?? context.value("InputObject") else { return }
        try context.session.outDefault.write(v)
    }
    func end(_ context: CommandContext) throws { context.session.outDefault.flush() }
}
