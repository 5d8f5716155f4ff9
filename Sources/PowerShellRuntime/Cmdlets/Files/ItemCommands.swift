import Foundation

/// New-Item: creates files (optionally with -Value) and directories (with their parents).
/// -Force overwrites an existing file and returns an existing directory.
final class NewItemCommand: Cmdlet {
    static let metadata = CommandMetadata(
        name: "New-Item",
        parameters: [
            ParameterMetadata(name: "Path", type: "string[]", position: 0, valueFromPipelineByPropertyName: true),
            ParameterMetadata(name: "ItemType", type: "string", aliases: ["Type"]),
            ParameterMetadata(name: "Name", type: "string", valueFromPipelineByPropertyName: true, allowNull: true, allowEmptyString: true),
            ParameterMetadata(name: "Value", type: "object", valueFromPipeline: true, valueFromPipelineByPropertyName: true),
            ParameterMetadata(name: "Force", type: "switch"),
        ],
        outputTypes: [FileItem.fileType, FileItem.directoryType],
        supportsShouldProcess: true,
        moduleName: "Microsoft.PowerShell.Management",
        synopsis: "Creates a new item.",
        examples: [
            CommandExample(code: "(New-Item -Path reports -ItemType Directory).Name",
                           remarks: "Creates a folder in the current location and returns it as a DirectoryInfo object.",
                           expectedOutput: "reports"),
            CommandExample(code: "New-Item -Path todo.txt -Value 'Renew the certificate' | Out-Null\nGet-Content todo.txt",
                           remarks: "Creates a file whose content is -Value (no line break is added); without -Value the file is empty. An existing file is replaced only with -Force.",
                           expectedOutput: "Renew the certificate"),
        ])
    init() {}

    func process(_ context: CommandContext) throws {
        CmdletViews.register(context.session)
        var raws = context.strings("Path")
        if raws.isEmpty { raws = [FileSystemSupport.location(context)] }
        let type = CaseFold.fold(context.string("ItemType") ?? "file")
        let force = context.switchPresent("Force")
        for raw in raws {
            var path = FileSystemSupport.resolve(raw, context)
            if let name = context.string("Name"), !name.isEmpty { path = FileSystemSupport.resolve(name, base: path) }
            if let provider = ProviderPath.parse(raw), !provider.isFile, provider.exists(context) == false || force {
                try provider.write(context.value("Value") ?? .string(""), append: false, context)
                continue
            }
            guard try context.shouldProcess(target: "Destination: \(path)", action: type == "directory" ? "Create Directory" : "Create File") else { continue }
            let files = context.files
            switch type {
            case "directory", "dir", "container", "folder":
                if context.files.exists(path) {
                    if force && context.files.isDirectory(path) { try context.writeObject(FileItem.make(path, context.files)); continue }
                    try context.writeError(context.errorRecord("An item with the specified name \(path) already exists.", errorId: "DirectoryExist", category: .ResourceExists, exceptionType: "System.IO.IOException", targetObject: .string(path)))
                    continue
                }
                do { try files.createDirectory(path) } catch {
                    try context.writeError(FileSystemSupport.ioError(error, path: path, errorId: "CreateDirectoryIOError", context))
                    continue
                }
            case "file", "leaf":
                if context.files.exists(path) && !force {
                    try context.writeError(context.errorRecord("The file '\(path)' already exists.", errorId: "NewItemIOError", category: .WriteError, exceptionType: "System.IO.IOException", targetObject: .string(path)))
                    continue
                }
                let parent = (path as NSString).deletingLastPathComponent
                if !context.files.isDirectory(parent) {
                    if force { try? files.createDirectory(parent) } else {
                        try context.writeError(context.errorRecord("Could not find a part of the path '\(path)'.", errorId: "NewItemIOError", category: .WriteError, exceptionType: "System.IO.DirectoryNotFoundException", targetObject: .string(path)))
                        continue
                    }
                }
                let text = context.value("Value").map { $0.isNull ? "" : LanguagePrimitives.toString($0) } ?? ""
                do { try FileSystemSupport.write(text, to: path, encoding: .utf8, append: false, in: context.files) } catch {
                    try context.writeError(FileSystemSupport.ioError(error, path: path, errorId: "NewItemIOError", context))
                    continue
                }
            case "symboliclink":
                guard let target = context.value("Value").map({ LanguagePrimitives.toString($0) }), !target.isEmpty else {
                    throw context.terminatingError("Value cannot be null. (Parameter 'content')", errorId: "ArgumentNull", category: .InvalidArgument, exceptionType: "System.ArgumentNullException")
                }
                if context.files.exists(path) {
                    if force { try? files.remove(path) } else {
                        try context.writeError(context.errorRecord("An item with the specified name \(path) already exists.", errorId: "SymLinkExists", category: .ResourceExists, exceptionType: "System.IO.IOException", targetObject: .string(path)))
                        continue
                    }
                }
                do { try files.createSymbolicLink(path, to: target) } catch {
                    try context.writeError(FileSystemSupport.ioError(error, path: path, errorId: "NewItemSymbolicLinkElevationRequired", context))
                    continue
                }
            default:
                throw context.terminatingError("The type is not a known type for the file system. Only \"file\",\"directory\" or \"symboliclink\" can be specified.", errorId: "Argument", category: .InvalidArgument, exceptionType: "System.Management.Automation.PSArgumentException", targetObject: .string(type))
            }
            try context.writeObject(FileItem.make(path, context.files))
        }
    }
}

/// Remove-Item: deletes files, directories (-Recurse for non-empty ones) and provider items.
final class RemoveItemCommand: Cmdlet {
    static let metadata = CommandMetadata(
        name: "Remove-Item",
        parameters: [
            ParameterMetadata(name: "Path", type: "string[]", position: 0, mandatory: true, valueFromPipeline: true, valueFromPipelineByPropertyName: true, parameterSets: ["Path"]),
            ParameterMetadata(name: "LiteralPath", type: "string[]", aliases: ["PSPath", "LP"], mandatory: true, valueFromPipelineByPropertyName: true, parameterSets: ["LiteralPath"]),
            ParameterMetadata(name: "Recurse", type: "switch"),
            ParameterMetadata(name: "Force", type: "switch"),
            ParameterMetadata(name: "Filter", type: "string"),
            ParameterMetadata(name: "Include", type: "string[]"),
            ParameterMetadata(name: "Exclude", type: "string[]"),
        ],
        defaultParameterSet: "Path",
        supportsShouldProcess: true,
        moduleName: "Microsoft.PowerShell.Management",
        synopsis: "Deletes the specified items.",
        examples: [
            CommandExample(code: "Set-Content a.tmp 1; Set-Content b.tmp 2; Set-Content keep.txt 3\nRemove-Item *.tmp\nGet-ChildItem -Name",
                           remarks: "Deletes every file the wildcard matches; a plain name deletes that one item.",
                           expectedOutput: "keep.txt"),
            CommandExample(code: "New-Item -Path logs/2025 -ItemType Directory | Out-Null\nSet-Content logs/2025/jan.log 'x'\nRemove-Item logs -Recurse\nTest-Path logs",
                           remarks: "A folder that is not empty needs -Recurse: without it, Remove-Item refuses with an error.",
                           expectedOutput: "False"),
        ])
    init() {}

    func process(_ context: CommandContext) throws {
        let literal = context.has("LiteralPath")
        var raws = literal ? context.strings("LiteralPath") : context.strings("Path")
        if let v = context.inputObject {
            raws = (v.enumerated() ?? [v]).map { item in
                if let full = ObjectAccess.property(item, "FullName", context: context) { return LanguagePrimitives.toString(full) }
                return LanguagePrimitives.toString(item)
            }
        }
        let include = context.strings("Include").map { WildcardPattern($0) }
        let exclude = context.strings("Exclude").map { WildcardPattern($0) }
        for raw in raws {
            if let provider = ProviderPath.parse(raw), !provider.isFile {
                if !provider.remove(context) {
                    try context.writeError(context.errorRecord("Cannot find path '\(raw)' because it does not exist.", errorId: "PathNotFound", category: .ObjectNotFound, exceptionType: "System.Management.Automation.ItemNotFoundException", targetObject: .string(raw)))
                }
                continue
            }
            let paths = (literal ? [FileSystemSupport.resolve(raw, context)] : FileSystemSupport.expand(raw, context)).filter(context.files.exists)
            if paths.isEmpty {
                try context.writeError(FileSystemSupport.pathNotFound(FileSystemSupport.resolve(raw, context), context))
                continue
            }
            for path in paths {
                let leaf = (path as NSString).lastPathComponent
                if !include.isEmpty && !include.contains(where: { $0.matches(leaf) }) { continue }
                if exclude.contains(where: { $0.matches(leaf) }) { continue }
                if let f = context.string("Filter"), !WildcardPattern(f).matches(leaf) { continue }
                try remove(path, context)
            }
        }
    }

    private func remove(_ path: String, _ context: CommandContext) throws {
        let files = context.files
        // a symbolic link to a folder is removed itself, never what it points to
        if files.isDirectory(path), !files.isSymbolicLink(path), !context.switchPresent("Recurse"),
           let children = try? files.contents(ofDirectory: path), !children.isEmpty {
            try context.writeError(context.errorRecord("The item at \(path) has children and the Recurse parameter was not specified. If you continue, all children will be removed with the item. Are you sure you want to continue?", errorId: "DirectoryNotEmpty", category: .WriteError, exceptionType: "System.IO.IOException", targetObject: .string(path)))
            return
        }
        guard try context.shouldProcess(target: path, action: context.files.isDirectory(path) ? "Remove Directory" : "Remove File") else { return }
        do { try files.remove(path) } catch {
            try context.writeError(FileSystemSupport.ioError(error, path: path, errorId: "RemoveFileSystemItemIOError", context))
        }
    }
}

/// New-TemporaryFile: an empty file in the temporary directory, returned as a FileInfo.
final class NewTemporaryFileCommand: Cmdlet {
    static let metadata = CommandMetadata(
        name: "New-TemporaryFile",
        outputTypes: [FileItem.fileType],
        supportsShouldProcess: true,
        moduleName: "Microsoft.PowerShell.Utility",
        synopsis: "Creates a temporary file.",
        examples: [CommandExample(code: "$tmp = New-TemporaryFile\nSet-Content -Path $tmp -Value 'scratch'\nGet-Content -Path $tmp\nRemove-Item -Path $tmp",
                                  remarks: "Creates an empty file with a unique name in the temporary folder ($env:TMPDIR, else /tmp) and returns it as a FileInfo; the script writes it, reads it and removes it.",
                                  expectedOutput: "scratch")])
    init() {}

    func end(_ context: CommandContext) throws {
        CmdletViews.register(context.session)
        let base = String(SystemIOPath.temporaryFolder(context.session).dropLast())   // without its final /
        let letters = Array("abcdefghijklmnopqrstuvwxyz0123456789")
        var path = ""
        for _ in 0..<100 {
            let name = "tmp" + String((0..<6).map { _ in letters.randomElement() ?? "x" }) + ".tmp"
            path = base + "/" + name
            if !context.files.exists(path) { break }
        }
        guard try context.shouldProcess(target: path, action: "New-TemporaryFile") else { return }
        do { try context.files.write(Data(), to: path, append: false) } catch {
            throw context.terminatingError("Could not find a part of the path '\(path)'.", errorId: "NewTemporaryFileWriteError", category: .WriteError, exceptionType: "System.IO.IOException", targetObject: .string(path))
        }
        try context.writeObject(FileItem.make(path, context.files))
    }
}

/// Get-Item: FileInfo / DirectoryInfo objects for existing paths.
final class GetItemCommand: Cmdlet {
    static let metadata = CommandMetadata(
        name: "Get-Item",
        parameters: [
            ParameterMetadata(name: "Path", type: "string[]", position: 0, mandatory: true, valueFromPipeline: true, valueFromPipelineByPropertyName: true, parameterSets: ["Path"]),
            ParameterMetadata(name: "LiteralPath", type: "string[]", aliases: ["PSPath", "LP"], mandatory: true, valueFromPipelineByPropertyName: true, parameterSets: ["LiteralPath"]),
            ParameterMetadata(name: "Force", type: "switch"),
        ],
        defaultParameterSet: "Path",
        moduleName: "Microsoft.PowerShell.Management",
        synopsis: "Gets the item at the specified location.",
        examples: [CommandExample(code: "Set-Content notes.txt 'hello'\nGet-Item notes.txt | Select-Object Name, Length, Extension",
                                  remarks: "The file as a FileInfo object. Length is in bytes and counts the line break Set-Content added.",
                                  expectedOutput: "\nName      Length Extension\n----      ------ ---------\nnotes.txt      6 .txt\n")])
    init() {}

    func process(_ context: CommandContext) throws {
        CmdletViews.register(context.session)
        let literal = context.has("LiteralPath")
        for raw in literal ? context.strings("LiteralPath") : context.strings("Path") {
            if let provider = ProviderPath.parse(raw), !provider.isFile {
                guard let v = provider.read(context) else {
                    try context.writeError(context.errorRecord("Cannot find path '\(raw)' because it does not exist.", errorId: "PathNotFound", category: .ObjectNotFound, exceptionType: "System.Management.Automation.ItemNotFoundException", targetObject: .string(raw)))
                    continue
                }
                try context.writeObject(v)
                continue
            }
            let paths = (literal ? [FileSystemSupport.resolve(raw, context)] : FileSystemSupport.expand(raw, context)).filter(context.files.exists)
            if paths.isEmpty {
                try context.writeError(FileSystemSupport.pathNotFound(FileSystemSupport.resolve(raw, context), context))
                continue
            }
            for p in paths { try context.writeObject(FileItem.make(p, context.files)) }
        }
    }
}

/// Invoke-Item (`ii`): opens files with their default application. LicenseLab has no desktop,
/// so it checks that each path exists (the error for one that does not is pwsh's) and opens
/// nothing; -Verbose says what would have been opened. Scripts call it at the end to show the
/// report they wrote.
final class InvokeItemCommand: Cmdlet {
    static let metadata = CommandMetadata(
        name: "Invoke-Item",
        parameters: [
            ParameterMetadata(name: "Path", type: "string[]", position: 0, mandatory: true, valueFromPipelineByPropertyName: true, parameterSets: ["Path"]),
            ParameterMetadata(name: "LiteralPath", type: "string[]", aliases: ["PSPath", "LP"], mandatory: true, valueFromPipelineByPropertyName: true, parameterSets: ["LiteralPath"]),
            ParameterMetadata(name: "Filter", type: "string"),
            ParameterMetadata(name: "Include", type: "string[]"),
            ParameterMetadata(name: "Exclude", type: "string[]"),
        ],
        defaultParameterSet: "Path",
        supportsShouldProcess: true,
        moduleName: "Microsoft.PowerShell.Management",
        synopsis: "Opens an item with its default application (in LicenseLab: checks it exists; nothing is opened).",
        examples: [CommandExample(code: "Set-Content report.txt 'done'\nInvoke-Item report.txt",
                                  remarks: "PowerShell would open report.txt in its default application. LicenseLab has no desktop: it checks that the file exists (an error if not) and opens nothing; -Verbose says so.",
                                  expectedOutput: "")])
    init() {}

    func process(_ context: CommandContext) throws {
        try PathResolution.each(context) { path in
            guard try context.shouldProcess(target: path, action: "Invoke Item") else { return }
            try context.writeVerbose("LicenseLab has no desktop: '\(path)' was not opened.")
        }
    }
}
