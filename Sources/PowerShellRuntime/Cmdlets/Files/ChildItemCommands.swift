import Foundation

/// Get-ChildItem (`ls`, `dir`, `gci`): the items in directories (directories first, then files,
/// each sorted by name), with -Filter/-Include/-Exclude, -Recurse/-Depth, -File/-Directory,
/// -Name, and hidden (dot) entries only with -Force.
final class GetChildItemCommand: Cmdlet {
    static let metadata = CommandMetadata(
        name: "Get-ChildItem",
        parameters: [
            ParameterMetadata(name: "Path", type: "string[]", position: 0, valueFromPipeline: true, valueFromPipelineByPropertyName: true, parameterSets: ["Items"]),
            ParameterMetadata(name: "LiteralPath", type: "string[]", aliases: ["PSPath", "LP"], mandatory: true, valueFromPipelineByPropertyName: true, parameterSets: ["LiteralItems"]),
            ParameterMetadata(name: "Filter", type: "string", position: 1),
            ParameterMetadata(name: "Include", type: "string[]"),
            ParameterMetadata(name: "Exclude", type: "string[]"),
            ParameterMetadata(name: "Recurse", type: "switch", aliases: ["s"]),
            ParameterMetadata(name: "Depth", type: "int"),
            ParameterMetadata(name: "Force", type: "switch"),
            ParameterMetadata(name: "Name", type: "switch"),
            ParameterMetadata(name: "Directory", type: "switch", aliases: ["ad", "d"]),
            ParameterMetadata(name: "File", type: "switch", aliases: ["af"]),
            ParameterMetadata(name: "Hidden", type: "switch", aliases: ["ah", "h"]),
        ],
        defaultParameterSet: "Items",
        outputTypes: [FileItem.fileType, FileItem.directoryType, "System.String"],
        moduleName: "Microsoft.PowerShell.Management",
        synopsis: "Gets the items and child items in one or more specified locations.",
        examples: [
            CommandExample(code: "Set-Content a.txt 'a'; Set-Content b.log 'b'\nNew-Item -Path old -ItemType Directory | Out-Null\nGet-ChildItem -Name",
                           remarks: "Folders first, then files, each sorted by name. -Name gives names as strings; without it, FileInfo and DirectoryInfo objects are shown as a table.",
                           expectedOutput: "old\na.txt\nb.log"),
            CommandExample(code: "New-Item -Path old -ItemType Directory | Out-Null\nSet-Content a.txt 'a'; Set-Content old/b.txt 'b'\nGet-ChildItem -Filter *.txt -Recurse -Name",
                           remarks: "-Recurse goes into subfolders; -Filter keeps the names that match.",
                           expectedOutput: "a.txt\nold/b.txt"),
        ])
    init() {}

    func process(_ context: CommandContext) throws {
        CmdletViews.register(context.session)
        let literal = context.has("LiteralPath")
        var raws = literal ? context.strings("LiteralPath") : context.strings("Path")
        if raws.isEmpty { raws = ["."] }
        let maxDepth = context.int("Depth") ?? (context.switchPresent("Recurse") ? Int.max : 0)
        for raw in raws {
            let paths = literal ? [FileSystemSupport.resolve(raw, context)] : FileSystemSupport.expand(raw, context)
            let existing = paths.filter(context.files.exists)
            if existing.isEmpty {
                try context.writeError(FileSystemSupport.pathNotFound(paths.first ?? FileSystemSupport.resolve(raw, context), context))
                continue
            }
            for p in existing {
                if context.files.isDirectory(p) && !(WildcardPattern.containsWildcard(raw) && !literal && !context.switchPresent("Recurse")) {
                    try list(p, root: p, depth: 0, maxDepth: maxDepth, context)
                } else {
                    try emit(p, root: (p as NSString).deletingLastPathComponent, context)
                }
            }
        }
    }

    private func list(_ dir: String, root: String, depth: Int, maxDepth: Int, _ context: CommandContext) throws {
        let fs = context.files
        let force = context.switchPresent("Force")
        var names = ((try? fs.contents(ofDirectory: dir)) ?? []).filter { force || context.switchPresent("Hidden") || !$0.hasPrefix(".") }
        if context.switchPresent("Hidden") { names = names.filter { $0.hasPrefix(".") } }
        let full = names.map { dir == "/" ? "/" + $0 : dir + "/" + $0 }
        let dirs = full.filter(fs.isDirectory).sorted { CaseFold.compare($0, $1, caseSensitive: false) < 0 }
        let files = full.filter { !fs.isDirectory($0) }.sorted { CaseFold.compare($0, $1, caseSensitive: false) < 0 }
        for p in dirs + files { try emit(p, root: root, context) }
        // Like PowerShell without -FollowSymlink, symbolic links to directories are listed but not
        // entered (no loops); the depth is capped as well.
        if depth < min(maxDepth, 256) {
            for d in dirs where !fs.isSymbolicLink(d) {
                try list(d, root: root, depth: depth + 1, maxDepth: maxDepth, context)
            }
        }
    }

    private func emit(_ path: String, root: String, _ context: CommandContext) throws {
        let leaf = (path as NSString).lastPathComponent
        let isDir = context.files.isDirectory(path)
        if context.switchPresent("Directory") && !isDir { return }
        if context.switchPresent("File") && isDir { return }
        if let f = context.string("Filter"), !WildcardPattern(f).matches(leaf) { return }
        let include = context.strings("Include").map { WildcardPattern($0) }
        if !include.isEmpty && !include.contains(where: { $0.matches(leaf) }) { return }
        if context.strings("Exclude").map({ WildcardPattern($0) }).contains(where: { $0.matches(leaf) }) { return }
        if context.switchPresent("Name") {
            var rel = path
            if path.hasPrefix(root + "/") { rel = String(path.dropFirst(root.count + 1)) }
            try context.writeObject(.string(rel))
        } else {
            try context.writeObject(FileItem.make(path, context.files))
        }
    }
}

/// Copy-Item (`cp`, `copy`), Move-Item (`mv`, `move`) and Rename-Item (`ren`): file-system items.
final class CopyItemCommand: Cmdlet {
    static let metadata = CommandMetadata(
        name: "Copy-Item",
        parameters: [
            ParameterMetadata(name: "Path", type: "string[]", position: 0, mandatory: true, valueFromPipeline: true, valueFromPipelineByPropertyName: true, parameterSets: ["Path"]),
            ParameterMetadata(name: "LiteralPath", type: "string[]", aliases: ["PSPath", "LP"], mandatory: true, valueFromPipelineByPropertyName: true, parameterSets: ["LiteralPath"]),
            ParameterMetadata(name: "Destination", type: "string", position: 1, valueFromPipelineByPropertyName: true),
            ParameterMetadata(name: "Recurse", type: "switch"),
            ParameterMetadata(name: "Force", type: "switch"),
            ParameterMetadata(name: "PassThru", type: "switch"),
        ],
        defaultParameterSet: "Path",
        supportsShouldProcess: true,
        moduleName: "Microsoft.PowerShell.Management",
        synopsis: "Copies an item from one location to another.",
        examples: [
            CommandExample(code: "Set-Content plan.txt 'v1'\nCopy-Item plan.txt plan-backup.txt\nGet-Content plan-backup.txt",
                           remarks: "Copies a file under a new name; an existing destination file is replaced.",
                           expectedOutput: "v1"),
            CommandExample(code: "New-Item -Path src -ItemType Directory | Out-Null\nSet-Content src/a.txt 'a'\nCopy-Item src dst -Recurse\nGet-ChildItem dst -Name",
                           remarks: "Copies a folder with its contents. Without -Recurse only the folder itself would be copied, empty.",
                           expectedOutput: "a.txt"),
        ])
    init() {}
    func process(_ context: CommandContext) throws { try ItemTransfer.run(context, move: false) }
}

final class MoveItemCommand: Cmdlet {
    static let metadata = CommandMetadata(
        name: "Move-Item",
        parameters: [
            ParameterMetadata(name: "Path", type: "string[]", position: 0, mandatory: true, valueFromPipeline: true, valueFromPipelineByPropertyName: true, parameterSets: ["Path"]),
            ParameterMetadata(name: "LiteralPath", type: "string[]", aliases: ["PSPath", "LP"], mandatory: true, valueFromPipelineByPropertyName: true, parameterSets: ["LiteralPath"]),
            ParameterMetadata(name: "Destination", type: "string", position: 1, valueFromPipelineByPropertyName: true),
            ParameterMetadata(name: "Force", type: "switch"),
            ParameterMetadata(name: "PassThru", type: "switch"),
        ],
        defaultParameterSet: "Path",
        supportsShouldProcess: true,
        moduleName: "Microsoft.PowerShell.Management",
        synopsis: "Moves an item from one location to another.",
        examples: [CommandExample(code: "New-Item -Path archive -ItemType Directory | Out-Null\nSet-Content jan.csv 'x'; Set-Content feb.csv 'y'\nMove-Item *.csv archive\nGet-ChildItem -Recurse -Name",
                                  remarks: "Moves every file the wildcard matches into the archive folder; a destination that is not a folder renames the item.",
                                  expectedOutput: "archive\narchive/feb.csv\narchive/jan.csv")])
    init() {}
    func process(_ context: CommandContext) throws { try ItemTransfer.run(context, move: true) }
}

final class RenameItemCommand: Cmdlet {
    static let metadata = CommandMetadata(
        name: "Rename-Item",
        parameters: [
            ParameterMetadata(name: "Path", type: "string", position: 0, mandatory: true, valueFromPipelineByPropertyName: true, parameterSets: ["ByPath"]),
            ParameterMetadata(name: "LiteralPath", type: "string", aliases: ["PSPath", "LP"], mandatory: true, valueFromPipelineByPropertyName: true, parameterSets: ["ByLiteralPath"]),
            ParameterMetadata(name: "NewName", type: "string", position: 1, mandatory: true, valueFromPipelineByPropertyName: true),
            ParameterMetadata(name: "Force", type: "switch"),
            ParameterMetadata(name: "PassThru", type: "switch"),
        ],
        defaultParameterSet: "ByPath",
        supportsShouldProcess: true,
        moduleName: "Microsoft.PowerShell.Management",
        synopsis: "Renames an item in a PowerShell provider namespace.",
        examples: [CommandExample(code: "Set-Content draft.txt 'x'\nRename-Item draft.txt final.txt\nGet-ChildItem -Name",
                                  remarks: "-NewName is a name, not a path: the item stays in its folder (Move-Item moves it).",
                                  expectedOutput: "final.txt")])
    init() {}

    func process(_ context: CommandContext) throws {
        guard let raw = context.string("LiteralPath") ?? context.string("Path"), let newName = context.string("NewName") else { return }
        let path = FileSystemSupport.resolve(raw, context)
        guard context.files.exists(path) else {
            try context.writeError(FileSystemSupport.pathNotFound(path, context))
            return
        }
        let target = ((path as NSString).deletingLastPathComponent as NSString).appendingPathComponent((newName as NSString).lastPathComponent)
        if context.files.exists(target) {
            try context.writeError(context.errorRecord("Cannot create a file when that file already exists.", errorId: "RenameItemIOError", category: .WriteError, exceptionType: "System.IO.IOException", targetObject: .string(path)))
            return
        }
        guard try context.shouldProcess(target: "Item: \(path) Destination: \(target)", action: "Rename Item") else { return }
        do { try context.files.move(path, to: target) } catch {
            try context.writeError(FileSystemSupport.ioError(error, path: path, errorId: "RenameItemIOError", context))
            return
        }
        if context.switchPresent("PassThru") { try context.writeObject(FileItem.make(target, context.files)) }
    }
}

/// The shared work of Copy-Item and Move-Item.
enum ItemTransfer {
    static func run(_ context: CommandContext, move: Bool) throws {
        let files = context.files
        let literal = context.has("LiteralPath")
        let raws = literal ? context.strings("LiteralPath") : context.strings("Path")
        let destination = FileSystemSupport.resolve(context.string("Destination") ?? ".", context)
        let force = context.switchPresent("Force")
        for raw in raws {
            let sources = (literal ? [FileSystemSupport.resolve(raw, context)] : FileSystemSupport.expand(raw, context)).filter(context.files.exists)
            if sources.isEmpty {
                try context.writeError(FileSystemSupport.pathNotFound(FileSystemSupport.resolve(raw, context), context))
                continue
            }
            for src in sources {
                var target = destination
                if context.files.isDirectory(destination) { target = (destination as NSString).appendingPathComponent((src as NSString).lastPathComponent) }
                if target == src { continue }
                let (sourceItem, targetItem) = (files.canonicalPath(src), files.canonicalPath(target))
                if sourceItem == targetItem {
                    // the same file under another name (a link): replacing it would delete it
                    if move { continue }
                    try context.writeError(context.errorRecord("Cannot overwrite the item \(target) with itself.", errorId: "CopyError", category: .WriteError,
                                                               exceptionType: "System.IO.IOException", targetObject: .string(target)))
                    continue
                }
                if files.isDirectory(src), targetItem.hasPrefix(sourceItem == "/" ? "/" : sourceItem + "/") {
                    try context.writeError(context.errorRecord("Cannot \(move ? "move" : "copy") the folder \(src) into a folder inside itself (\(target)).", errorId: move ? "MoveDirectoryItemIOError" : "CopyError",
                                                               category: .WriteError, exceptionType: "System.IO.IOException", targetObject: .string(src)))
                    continue
                }
                if !move && context.files.isDirectory(src) && !context.switchPresent("Recurse"),
                   let children = try? files.contents(ofDirectory: src), !children.isEmpty {
                    // Without -Recurse only the directory itself is copied.
                    guard try context.shouldProcess(target: "Item: \(src) Destination: \(target)", action: "Copy Directory") else { continue }
                    try? files.createDirectory(target)
                    if context.switchPresent("PassThru") { try context.writeObject(FileItem.make(target, context.files)) }
                    continue
                }
                guard try context.shouldProcess(target: "Item: \(src) Destination: \(target)", action: move ? "Move File" : "Copy File") else { continue }
                if context.files.exists(target) {
                    if force || !move { try? files.remove(target) } else {
                        try context.writeError(context.errorRecord("Cannot create a file when that file already exists.", errorId: "MoveFileInfoItemIOError", category: .WriteError, exceptionType: "System.IO.IOException", targetObject: .string(src)))
                        continue
                    }
                }
                do {
                    if move { try files.move(src, to: target) } else { try files.copy(src, to: target) }
                } catch {
                    try context.writeError(FileSystemSupport.ioError(error, path: target, errorId: move ? "MoveFileInfoItemIOError" : "CopyFileInfoItemIOError", context))
                    continue
                }
                if context.switchPresent("PassThru") { try context.writeObject(FileItem.make(target, context.files)) }
            }
        }
    }
}

/// mkdir (`md`): a directory with its parents, as PowerShell's mkdir function does.
final class MkdirCommand: Cmdlet {
    static let metadata = CommandMetadata(
        name: "mkdir",
        parameters: [
            ParameterMetadata(name: "Path", type: "string[]", position: 0, valueFromPipelineByPropertyName: true),
            ParameterMetadata(name: "Name", type: "string", valueFromPipelineByPropertyName: true),
            ParameterMetadata(name: "Force", type: "switch"),
        ],
        supportsShouldProcess: true,
        moduleName: "Microsoft.PowerShell.Management",
        synopsis: "Creates a new directory.",
        examples: [CommandExample(code: "mkdir reports/2026/q1 | Out-Null\nTest-Path reports/2026/q1",
                                  remarks: "Creates the folder and any missing parent folders; `md` is an alias.",
                                  expectedOutput: "True")])
    init() {}

    func process(_ context: CommandContext) throws {
        CmdletViews.register(context.session)
        var raws = context.strings("Path")
        if raws.isEmpty { raws = [FileSystemSupport.location(context)] }
        for raw in raws {
            var path = FileSystemSupport.resolve(raw, context)
            if let name = context.string("Name") { path = FileSystemSupport.resolve(name, base: path) }
            if context.files.exists(path) {
                if context.switchPresent("Force") && context.files.isDirectory(path) { try context.writeObject(FileItem.make(path, context.files)); continue }
                // mkdir is New-Item underneath: the error names New-Item.
                let ex = context.session.types.exception("System.IO.IOException", message: "An item with the specified name \(path) already exists.")
                try context.writeError(ErrorRecord(exception: ex, errorId: "DirectoryExist,Microsoft.PowerShell.Commands.NewItemCommand", category: .ResourceExists, targetObject: .string(path)))
                continue
            }
            guard try context.shouldProcess(target: "Destination: \(path)", action: "Create Directory") else { continue }
            do { try context.files.createDirectory(path) } catch {
                try context.writeError(FileSystemSupport.ioError(error, path: path, errorId: "CreateDirectoryIOError", context))
                continue
            }
            try context.writeObject(FileItem.make(path, context.files))
        }
    }
}
