/// Tee-Object: passes objects on and also saves them to a variable (-Variable) or, formatted
/// as Out-File would, to a file (-FilePath, -Append).
final class TeeObjectCommand: Cmdlet {
    static let metadata = CommandMetadata(
        name: "Tee-Object",
        parameters: [
            ParameterMetadata(name: "InputObject", type: "psobject", valueFromPipeline: true),
            ParameterMetadata(name: "FilePath", type: "string", aliases: ["Path"], position: 0, mandatory: true, parameterSets: ["File"]),
            ParameterMetadata(name: "LiteralPath", type: "string", aliases: ["PSPath", "LP"], mandatory: true, parameterSets: ["LiteralFile"]),
            ParameterMetadata(name: "Append", type: "switch", parameterSets: ["File", "LiteralFile"]),
            ParameterMetadata(name: "Encoding", type: "object", parameterSets: ["File", "LiteralFile"]),
            ParameterMetadata(name: "Variable", type: "string", mandatory: true, parameterSets: ["Variable"]),
        ],
        defaultParameterSet: "File",
        moduleName: "Microsoft.PowerShell.Utility",
        synopsis: "Saves command output in a file or variable and also sends it down the pipeline.",
        examples: [
            CommandExample(code: "1..3 | Tee-Object -Variable seen | Measure-Object -Sum | ForEach-Object Sum\n$seen -join ','",
                           remarks: "The numbers go on to Measure-Object and are also kept in $seen.",
                           expectedOutput: "6\n1,2,3"),
            CommandExample(code: "'alpha', 'beta' | Tee-Object -FilePath copy.txt\nGet-Content copy.txt",
                           remarks: "The strings are shown and also written to copy.txt (-Append adds to an existing file).",
                           expectedOutput: "alpha\nbeta\nalpha\nbeta"),
        ])
    init() {}
    private var items: [Value] = []

    func process(_ context: CommandContext) throws {
        guard let v = context.inputObject ?? context.value("InputObject") else { return }
        items.append(v)
        try context.writeObject(v)
    }

    func end(_ context: CommandContext) throws {
        if let name = context.string("Variable") {
            try SessionState.setVariable(name, .array(PSArray(items)), context.session)
            return
        }
        guard let raw = context.string("LiteralPath") ?? context.string("FilePath") else { return }
        let path = FileSystemSupport.resolve(raw, context)
        let encoding = try FileSystemSupport.TextEncoding.parse(context.value("Encoding"), context)
        let text = try OutOfSequenceRecord.attributing(context) { try OutputWriter.text(of: items, session: context.session, width: nil, noNewline: false) }
        do {
            try FileSystemSupport.write(text, to: path, encoding: encoding, append: context.switchPresent("Append"), in: context.files)
        } catch {
            throw RuntimeError(FileSystemSupport.ioError(error, path: path, errorId: "FileOpenFailure", context))
        }
    }
}
