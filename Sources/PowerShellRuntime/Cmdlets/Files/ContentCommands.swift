import Foundation

/// Get-Content: a file's lines (or -Raw text), with -TotalCount/-Head, -Tail and -ReadCount.
final class GetContentCommand: Cmdlet {
    static let metadata = CommandMetadata(
        name: "Get-Content",
        parameters: [
            ParameterMetadata(name: "Path", type: "string[]", position: 0, mandatory: true, valueFromPipelineByPropertyName: true, parameterSets: ["Path"]),
            ParameterMetadata(name: "LiteralPath", type: "string[]", aliases: ["PSPath", "LP"], mandatory: true, valueFromPipelineByPropertyName: true, parameterSets: ["LiteralPath"]),
            ParameterMetadata(name: "ReadCount", type: "long"),
            ParameterMetadata(name: "TotalCount", type: "long", aliases: ["First", "Head"]),
            ParameterMetadata(name: "Tail", type: "int", aliases: ["Last"]),
            ParameterMetadata(name: "Raw", type: "switch"),
            ParameterMetadata(name: "Delimiter", type: "string"),
            ParameterMetadata(name: "Wait", type: "switch"),
            ParameterMetadata(name: "Encoding", type: "object"),
            ParameterMetadata(name: "AsByteStream", type: "switch"),
            ParameterMetadata(name: "Force", type: "switch"),
        ],
        defaultParameterSet: "Path",
        outputTypes: ["System.String", "System.Byte"],
        moduleName: "Microsoft.PowerShell.Management",
        synopsis: "Gets the content of the item at the specified location.",
        examples: [
            CommandExample(code: "Set-Content notes.txt 'first', 'second', 'third'\nGet-Content notes.txt -TotalCount 2",
                           remarks: "The file's first two lines, each as a string. Without -TotalCount every line is returned.",
                           expectedOutput: "first\nsecond"),
            CommandExample(code: "Set-Content notes.txt 'first', 'second', 'third'\nGet-Content notes.txt -Tail 1",
                           remarks: "The last line: -Tail counts from the end, as for a log file.",
                           expectedOutput: "third"),
            CommandExample(code: "Set-Content notes.txt 'a', 'b'\n(Get-Content notes.txt -Raw).Length",
                           remarks: "-Raw reads the whole file as one string, line breaks included: two letters and two line breaks.",
                           expectedOutput: "4"),
        ])
    init() {}

    func process(_ context: CommandContext) throws {
        let literal = context.has("LiteralPath")
        for raw in literal ? context.strings("LiteralPath") : context.strings("Path") {
            if let provider = ProviderPath.parse(raw), !provider.isFile {
                try emitProviderContent(provider, raw: raw, context)
                continue
            }
            let paths = literal ? [FileSystemSupport.resolve(raw, context)] : FileSystemSupport.expand(raw, context)
            let existing = paths.filter { context.files.exists($0) }
            if existing.isEmpty {
                try context.writeError(FileSystemSupport.pathNotFound(paths.first ?? FileSystemSupport.resolve(raw, context), context))
                continue
            }
            for path in existing { try emit(path, context) }
        }
    }

    private func emitProviderContent(_ p: ProviderPath, raw: String, _ context: CommandContext) throws {
        guard let v = p.read(context) else {
            try context.writeError(context.errorRecord("Cannot find path '\(raw)' because it does not exist.", errorId: "PathNotFound", category: .ObjectNotFound, exceptionType: "System.Management.Automation.ItemNotFoundException", targetObject: .string(raw)))
            return
        }
        try context.writeObject(v)
    }

    private func emit(_ path: String, _ context: CommandContext) throws {
        if context.files.isDirectory(path) {
            try context.writeError(context.errorRecord("Unable to get content because it is a directory: '\(path)'. Please use 'Get-ChildItem' instead.", errorId: "GetContentReaderUnauthorizedAccessError", category: .PermissionDenied, exceptionType: "System.UnauthorizedAccessException", targetObject: .string(path)))
            return
        }
        if context.switchPresent("AsByteStream") {
            let data = (try? context.files.read(path)) ?? Data()
            if context.switchPresent("Raw") {
                try context.writeObject(ByteArrays.value(data))
            } else {
                for b in data { try context.writeObject(.sized(.byte(b))) }
            }
            return
        }
        let text: String
        do { text = try FileSystemSupport.readText(path, context.files) } catch {
            try context.writeError(FileSystemSupport.ioError(error, path: path, errorId: "GetContentReaderIOError", context))
            return
        }
        if context.switchPresent("Raw") {
            if !text.isEmpty { try context.writeObject(.string(text)) }
            return
        }
        var lines: [String]
        if let d = context.string("Delimiter"), !d.isEmpty {
            // Each chunk keeps its delimiter, as PowerShell does.
            let parts = text.components(separatedBy: d)
            lines = []
            for (i, part) in parts.enumerated() {
                if i < parts.count - 1 { lines.append(part + d) } else if !part.isEmpty { lines.append(part) }
            }
        } else {
            lines = FileSystemSupport.lines(text)
        }
        if let total = context.value("TotalCount").flatMap({ try? LanguagePrimitives.toLong($0) }), total >= 0 {
            lines = Array(lines.prefix(Int(min(total, Int64(Int32.max)))))
        }
        if let tail = context.int("Tail"), tail >= 0 { lines = Array(lines.suffix(tail)) }
        let readCount = context.value("ReadCount").flatMap { try? LanguagePrimitives.toLong($0) } ?? 1
        if readCount == 1 || (readCount < 0) {
            for l in lines { try context.writeObject(.string(l)) }
        } else if readCount == 0 {
            if !lines.isEmpty { try context.writeObject(.array(PSArray(lines.map { .string($0) }))) }
        } else {
            var i = 0
            let n = Int(min(readCount, Int64(Int32.max)))
            while i < lines.count {
                try context.writeObject(.array(PSArray(lines[i..<min(i + n, lines.count)].map { .string($0) })))
                i += n
            }
        }
    }
}

/// Set-Content and Add-Content: write the string form of each value, one per line (no line
/// breaks with -NoNewline). Add-Content appends; Set-Content replaces.
class ContentWriterCommand {
    var values: [Value] = []
    var sawInput = false

    static func parameters() -> [ParameterMetadata] {
        [
            ParameterMetadata(name: "Path", type: "string[]", position: 0, mandatory: true, valueFromPipelineByPropertyName: true, parameterSets: ["Path"]),
            ParameterMetadata(name: "LiteralPath", type: "string[]", aliases: ["PSPath", "LP"], mandatory: true, valueFromPipelineByPropertyName: true, parameterSets: ["LiteralPath"]),
            ParameterMetadata(name: "Value", type: "object[]", position: 1, mandatory: true, valueFromPipeline: true, valueFromPipelineByPropertyName: true, allowNull: true, allowEmptyCollection: true),
            ParameterMetadata(name: "PassThru", type: "switch"),
            ParameterMetadata(name: "NoNewline", type: "switch"),
            ParameterMetadata(name: "Encoding", type: "object"),
            ParameterMetadata(name: "Force", type: "switch"),
            ParameterMetadata(name: "AsByteStream", type: "switch"),
        ]
    }

    func collect(_ context: CommandContext) {
        let v = context.inputObject ?? context.value("Value") ?? .null
        if case .automationNull = v { return }
        values += v.enumerated() ?? [v]
    }

    func write(_ context: CommandContext, append: Bool) throws {
        let encoding = try FileSystemSupport.TextEncoding.parse(context.value("Encoding"), context)
        let noNewline = context.switchPresent("NoNewline")
        let literal = context.has("LiteralPath")
        var text = ""
        if context.switchPresent("AsByteStream") {
            let bytes = ByteArrays.bytes(of: values)
            for raw in literal ? context.strings("LiteralPath") : context.strings("Path") {
                let path = FileSystemSupport.resolve(raw, context)
                do {
                    try context.files.write(Data(bytes), to: path, append: append && context.files.exists(path))
                } catch {
                    try context.writeError(FileSystemSupport.ioError(error, path: path, errorId: "SetContentWriterIOError", context))
                }
            }
            return
        }
        // UTF-8 (the default): one large string (a JSON document) is written straight from its
        // own storage, other values are encoded one by one into one buffer; joining a large value
        // and its line break into one string and then encoding that copied it twice
        let utf8Wanted = encoding == .utf8 || encoding == .utf8BOM
        if utf8Wanted, values.count == 1, case .string(var only) = values[0], only.utf8.count >= 1 << 16 {
            try only.withUTF8 { bytes in
                let payload = Data(bytesNoCopy: UnsafeMutableRawPointer(mutating: bytes.baseAddress!), count: bytes.count, deallocator: .none)
                try writeTargets(context, utf8: noNewline ? [payload] : [payload, Data([0x0A])], text: "", encoding: encoding,
                                 noNewline: noNewline, literal: literal, append: append)
            }
            return
        }
        let utf8: Data? = {
            guard utf8Wanted else { return nil }
            var d = Data()
            for v in values {
                if !v.isNull { FileSystemSupport.TextEncoding.appendUTF8(LanguagePrimitives.toString(v), to: &d) }
                if !noNewline { d.append(0x0A) }
            }
            return d
        }()
        if utf8 == nil {
            for v in values {
                text += v.isNull ? "" : LanguagePrimitives.toString(v)
                if !noNewline { text += "\n" }
            }
        }
        try writeTargets(context, utf8: utf8.map { [$0] }, text: text, encoding: encoding, noNewline: noNewline, literal: literal, append: append)
    }

    /// Writes the encoded values (`utf8`, in parts written one after the other) or the text to
    /// every target path.
    private func writeTargets(_ context: CommandContext, utf8: [Data]?, text: String, encoding: FileSystemSupport.TextEncoding,
                              noNewline: Bool, literal: Bool, append: Bool) throws {
        var text = text
        for raw in literal ? context.strings("LiteralPath") : context.strings("Path") {
            if let provider = ProviderPath.parse(raw), !provider.isFile {
                if let utf8, text.isEmpty { text = String(decoding: utf8.reduce(into: Data()) { $0.append($1) }, as: UTF8.self) }
                try provider.write(.string(noNewline ? text : String(text.dropLast())), append: append, context)
                continue
            }
            let targets = literal || !WildcardPattern.containsWildcard(raw) ? [FileSystemSupport.resolve(raw, context)] : FileSystemSupport.expand(raw, context)
            for path in targets {
                if context.files.isDirectory(path) {
                    try context.writeError(context.errorRecord("Access to the path '\(path)' is denied.", errorId: "SetContentWriterUnauthorizedAccessError", category: .PermissionDenied, exceptionType: "System.UnauthorizedAccessException", targetObject: .string(path)))
                    continue
                }
                guard try context.shouldProcess(target: "Path: \(path)", action: append ? "Add Content" : "Set Content") else { continue }
                do {
                    if let utf8 {
                        try FileSystemSupport.write(utf8: utf8, to: path, bom: encoding == .utf8BOM, append: append, in: context.files)
                    } else {
                        try FileSystemSupport.write(text, to: path, encoding: encoding, append: append, in: context.files)
                    }
                } catch {
                    try context.writeError(FileSystemSupport.ioError(error, path: path, errorId: append ? "AddContentWriterIOError" : "SetContentWriterIOError", context))
                    continue
                }
                if context.switchPresent("PassThru") { for v in values { try context.writeObject(v) } }
            }
        }
    }
}

final class SetContentCommand: ContentWriterCommand, Cmdlet {
    static let metadata = CommandMetadata(
        name: "Set-Content",
        parameters: ContentWriterCommand.parameters(),
        defaultParameterSet: "Path",
        supportsShouldProcess: true,
        moduleName: "Microsoft.PowerShell.Management",
        synopsis: "Writes new content or replaces existing content in a file.",
        examples: [
            CommandExample(code: "Set-Content -Path status.txt -Value 'Seats: 25'\nGet-Content status.txt",
                           remarks: "Creates status.txt, or replaces what it held, with one line.",
                           expectedOutput: "Seats: 25"),
            CommandExample(code: "1..3 | Set-Content numbers.txt\n(Get-Content numbers.txt).Count",
                           remarks: "Each object piped in becomes one line of the file (its string form).",
                           expectedOutput: "3"),
        ])
    required override init() {}
    func process(_ context: CommandContext) throws { collect(context) }
    func end(_ context: CommandContext) throws { try write(context, append: false) }
}

final class AddContentCommand: ContentWriterCommand, Cmdlet {
    static let metadata = CommandMetadata(
        name: "Add-Content",
        parameters: ContentWriterCommand.parameters(),
        defaultParameterSet: "Path",
        supportsShouldProcess: true,
        moduleName: "Microsoft.PowerShell.Management",
        synopsis: "Adds content to the specified items, such as adding words to a file.",
        examples: [CommandExample(code: "Set-Content log.txt 'started'\nAdd-Content log.txt 'finished'\nGet-Content log.txt",
                                  remarks: "Add-Content appends a line and keeps what the file held; it creates the file if it is missing.",
                                  expectedOutput: "started\nfinished")])
    required override init() {}
    func process(_ context: CommandContext) throws { collect(context) }
    func end(_ context: CommandContext) throws { try write(context, append: true) }
}
