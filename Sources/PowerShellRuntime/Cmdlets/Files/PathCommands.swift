import Foundation

/// Test-Path: whether paths exist (files, and the env:/variable:/function:/alias: drives);
/// -PathType Leaf/Container; -IsValid checks syntax only.
final class TestPathCommand: Cmdlet {
    static let metadata = CommandMetadata(
        name: "Test-Path",
        parameters: [
            ParameterMetadata(name: "Path", type: "string[]", position: 0, mandatory: true, valueFromPipeline: true, valueFromPipelineByPropertyName: true, parameterSets: ["Path"], allowNull: true, allowEmptyString: true, allowEmptyCollection: true),
            ParameterMetadata(name: "LiteralPath", type: "string[]", aliases: ["PSPath", "LP"], mandatory: true, valueFromPipelineByPropertyName: true, parameterSets: ["LiteralPath"]),
            ParameterMetadata(name: "PathType", type: "string", aliases: ["Type"], validateSet: ["Any", "Container", "Leaf"]),
            ParameterMetadata(name: "IsValid", type: "switch"),
            ParameterMetadata(name: "Filter", type: "string"),
            ParameterMetadata(name: "Include", type: "string[]"),
            ParameterMetadata(name: "Exclude", type: "string[]"),
            ParameterMetadata(name: "OlderThan", type: "datetime"),
            ParameterMetadata(name: "NewerThan", type: "datetime"),
        ],
        defaultParameterSet: "Path",
        outputTypes: ["System.Boolean"],
        moduleName: "Microsoft.PowerShell.Management",
        synopsis: "Determines whether all elements of a path exist.",
        examples: [CommandExample(code: "Test-Path /definitely/not/here", remarks: "A missing path.", expectedOutput: "False")])
    init() {}

    func process(_ context: CommandContext) throws {
        let literal = context.has("LiteralPath")
        var raws = literal ? context.strings("LiteralPath") : context.strings("Path")
        if context.inputObject != nil, !literal, let v = context.inputObject { raws = (v.enumerated() ?? [v]).map { LanguagePrimitives.toString($0) } }
        if raws.isEmpty { raws = [""] }
        let pathType = CaseFold.fold(context.string("PathType") ?? "any")
        for raw in raws {
            try context.writeObject(.bool(test(raw, literal: literal, pathType: pathType, context)))
        }
    }

    private func test(_ raw: String, literal: Bool, pathType: String, _ context: CommandContext) -> Bool {
        if raw.trimmingCharacters(in: .whitespaces).isEmpty { return false }
        if context.switchPresent("IsValid") { return !raw.contains("\0") }
        if let provider = ProviderPath.parse(raw), !provider.isFile {
            if isDriveRoot(provider) { return pathType != "leaf" }
            return pathType != "container" && provider.exists(context)
        }
        let paths = literal ? [FileSystemSupport.resolve(raw, context)] : FileSystemSupport.expand(raw, context)
        let matches = paths.filter { p in
            guard context.files.exists(p) else { return false }
            switch pathType {
            case "leaf": return !context.files.isDirectory(p)
            case "container": return context.files.isDirectory(p)
            default: return true
            }
        }
        guard !matches.isEmpty else { return false }
        if let older = context.value("OlderThan"), case .dateTime(let limit) = older {
            return matches.contains { modified($0, context.files).map { $0 < limit } ?? false }
        }
        if let newer = context.value("NewerThan"), case .dateTime(let limit) = newer {
            return matches.contains { modified($0, context.files).map { $0 > limit } ?? false }
        }
        return true
    }

    private func isDriveRoot(_ p: ProviderPath) -> Bool {
        switch p {
        case .environment(let n), .variable(let n), .function(let n), .alias(let n): return n.isEmpty
        case .file: return false
        }
    }

    private func modified(_ path: String, _ files: FileSystem) -> DotNetDateTime? {
        guard let d = files.status(path)?.modified else { return nil }
        if case .dateTime(let dt) = FileItem.dateValue(d) { return dt }
        return nil
    }
}

/// Join-Path: joins a parent and child paths with one separator between each.
final class JoinPathCommand: Cmdlet {
    static let metadata = CommandMetadata(
        name: "Join-Path",
        parameters: [
            ParameterMetadata(name: "Path", type: "string[]", aliases: ["PSPath"], position: 0, mandatory: true, valueFromPipeline: true, valueFromPipelineByPropertyName: true),
            ParameterMetadata(name: "ChildPath", type: "string", position: 1, valueFromPipelineByPropertyName: true, allowNull: true, allowEmptyString: true),
            ParameterMetadata(name: "AdditionalChildPath", type: "string[]", position: 2, valueFromRemainingArguments: true),
            ParameterMetadata(name: "Resolve", type: "switch"),
            ParameterMetadata(name: "Extension", type: "string"),
        ],
        outputTypes: ["System.String"],
        moduleName: "Microsoft.PowerShell.Management",
        synopsis: "Combines a path and a child path into a single path.",
        examples: [CommandExample(code: "Join-Path 'reports' 'users.csv'", remarks: "One separator between the parts.", expectedOutput: "reports/users.csv")])
    init() {}

    func process(_ context: CommandContext) throws {
        let parents = context.inputObject.map { v in (v.enumerated() ?? [v]).map { LanguagePrimitives.toString($0) } } ?? context.strings("Path")
        let children = [context.string("ChildPath") ?? ""] + context.strings("AdditionalChildPath")
        for parent in parents {
            var result = parent
            for child in children { result = JoinPathCommand.join(result, child) }
            if let ext = context.string("Extension") {
                let leaf = SplitPathCommand.leaf(result)
                let current = FileItem.extensionOf(leaf)
                result = String(result.dropLast(current.count)) + (ext.isEmpty || ext.hasPrefix(".") ? ext : "." + ext)
            }
            if context.switchPresent("Resolve") {
                let full = FileSystemSupport.expand(result, context)
                if full.isEmpty || !full.contains(where: context.files.exists) {
                    try context.writeError(FileSystemSupport.pathNotFound(FileSystemSupport.resolve(result, context), context))
                    continue
                }
                for p in full where context.files.exists(p) { try context.writeObject(.string(p)) }
                continue
            }
            try context.writeObject(.string(result))
        }
    }

    static func join(_ parent: String, _ child: String) -> String {
        if child.isEmpty { return parent }
        if parent.isEmpty { return child }
        var p = parent
        while p.count > 1 && (p.hasSuffix("/") || p.hasSuffix("\\")) { p.removeLast() }
        var c = Substring(child)
        while c.hasPrefix("/") || c.hasPrefix("\\") { c = c.dropFirst() }
        if p == "/" { return "/" + c }
        return p + "/" + c
    }
}

/// Split-Path: the parent (default), leaf, leaf base, extension or qualifier of paths.
final class SplitPathCommand: Cmdlet {
    static let metadata = CommandMetadata(
        name: "Split-Path",
        parameters: [
            ParameterMetadata(name: "Path", type: "string[]", position: 0, mandatory: true, valueFromPipeline: true, valueFromPipelineByPropertyName: true),
            ParameterMetadata(name: "LiteralPath", type: "string[]", aliases: ["PSPath", "LP"], valueFromPipelineByPropertyName: true),
            ParameterMetadata(name: "Parent", type: "switch", parameterSets: ["ParentSet"]),
            ParameterMetadata(name: "Leaf", type: "switch", parameterSets: ["LeafSet"]),
            ParameterMetadata(name: "LeafBase", type: "switch", parameterSets: ["LeafBaseSet"]),
            ParameterMetadata(name: "Extension", type: "switch", parameterSets: ["ExtensionSet"]),
            ParameterMetadata(name: "Qualifier", type: "switch", parameterSets: ["QualifierSet"]),
            ParameterMetadata(name: "NoQualifier", type: "switch", parameterSets: ["NoQualifierSet"]),
            ParameterMetadata(name: "IsAbsolute", type: "switch", parameterSets: ["IsAbsoluteSet"]),
            ParameterMetadata(name: "Resolve", type: "switch"),
        ],
        defaultParameterSet: "ParentSet",
        outputTypes: ["System.String", "System.Boolean"],
        moduleName: "Microsoft.PowerShell.Management",
        synopsis: "Returns the specified part of a path.",
        examples: [
            CommandExample(code: "Split-Path '/data/reports/users.csv' -Leaf", remarks: "The last element.", expectedOutput: "users.csv"),
            CommandExample(code: "Split-Path '/data/reports/users.csv'", remarks: "The parent.", expectedOutput: "/data/reports"),
        ])
    init() {}

    func process(_ context: CommandContext) throws {
        var paths = context.has("LiteralPath") ? context.strings("LiteralPath") : context.strings("Path")
        if let v = context.inputObject { paths = (v.enumerated() ?? [v]).map { LanguagePrimitives.toString($0) } }
        for raw in paths {
            var inputs = [raw]
            if context.switchPresent("Resolve") {
                inputs = FileSystemSupport.expand(raw, context).filter(context.files.exists)
                if inputs.isEmpty {
                    try context.writeError(FileSystemSupport.pathNotFound(FileSystemSupport.resolve(raw, context), context))
                    continue
                }
            }
            for p in inputs {
                if context.switchPresent("IsAbsolute") {
                    try context.writeObject(.bool(p.hasPrefix("/") || p.hasPrefix("~") || SplitPathCommand.qualifier(p) != nil))
                } else if context.switchPresent("Leaf") {
                    try context.writeObject(.string(SplitPathCommand.leaf(p)))
                } else if context.switchPresent("LeafBase") {
                    let leaf = SplitPathCommand.leaf(p)
                    try context.writeObject(.string(String(leaf.dropLast(FileItem.extensionOf(leaf).count))))
                } else if context.switchPresent("Extension") {
                    try context.writeObject(.string(FileItem.extensionOf(SplitPathCommand.leaf(p))))
                } else if context.switchPresent("Qualifier") {
                    guard let q = SplitPathCommand.qualifier(p) else {
                        try context.writeError(context.errorRecord("Cannot parse path because path '\(p)' does not have a qualifier specified.", errorId: "ParsePathFormatError", category: .InvalidArgument, exceptionType: "System.Management.Automation.PSArgumentException", targetObject: .string(p)))
                        continue
                    }
                    try context.writeObject(.string(q))
                } else if context.switchPresent("NoQualifier") {
                    let q = SplitPathCommand.qualifier(p) ?? ""
                    try context.writeObject(.string(String(p.dropFirst(q.count))))
                } else {
                    try context.writeObject(.string(SplitPathCommand.parent(p)))
                }
            }
        }
    }

    static func isSeparator(_ c: Character) -> Bool { c == "/" || c == "\\" }

    static func leaf(_ p: String) -> String {
        var s = Substring(p)
        while s.count > 1, let last = s.last, isSeparator(last) { s = s.dropLast() }
        if let i = s.lastIndex(where: isSeparator) { return String(s[s.index(after: i)...]) }
        if let q = qualifier(String(s)) { return String(s.dropFirst(q.count)) }
        return String(s)
    }

    static func parent(_ p: String) -> String {
        var s = Substring(p)
        while s.count > 1, let last = s.last, isSeparator(last) { s = s.dropLast() }
        guard let i = s.lastIndex(where: isSeparator) else {
            if let q = qualifier(String(s)) { return q }
            return ""
        }
        if i == s.startIndex { return String(s[i]) == "\\" ? "\\" : "/" }
        var parent = s[..<i]
        if parent.hasSuffix(":") { parent += String(s[i]) }
        return String(parent)
    }

    /// `C:` or a provider drive such as `env:`; nil when the path has none.
    static func qualifier(_ p: String) -> String? {
        guard let colon = p.firstIndex(of: ":") else { return nil }
        let drive = p[..<colon]
        guard !drive.isEmpty, !drive.contains(where: isSeparator) else { return nil }
        return String(p[...colon])
    }
}
