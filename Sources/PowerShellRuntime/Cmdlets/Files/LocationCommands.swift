import Foundation

/// The PathInfo object Get-Location returns (`Path` column; its string form is the path).
enum PathInfo {
    static let typeName = "System.Management.Automation.PathInfo"
    static func make(_ path: String) -> Value {
        let o = PSObject(typeNames: [typeName, "System.Object"])
        o.setNote("Drive", .string("/"))
        o.setNote("Provider", .string("Microsoft.PowerShell.Core\\FileSystem"))
        o.setNote("ProviderPath", .string(path))
        o.setNote("Path", .string(path))
        o.add(PSMember(name: "ToString", kind: .codeMethod({ _, _ in .string(path) })))
        return .object(o)
    }
}

/// Get-Location (`pwd`, `gl`): the session's current location.
final class GetLocationCommand: Cmdlet {
    static let metadata = CommandMetadata(
        name: "Get-Location",
        parameters: [
            ParameterMetadata(name: "PSProvider", type: "string[]"),
            ParameterMetadata(name: "PSDrive", type: "string[]"),
            ParameterMetadata(name: "Stack", type: "switch"),
            ParameterMetadata(name: "StackName", type: "string[]"),
        ],
        outputTypes: [PathInfo.typeName],
        moduleName: "Microsoft.PowerShell.Management",
        synopsis: "Gets information about the current working location or a location stack.",
        examples: [
            CommandExample(code: "Get-Location", remarks: "The current location, as a PathInfo object shown with its Path. `pwd` is an alias."),
            CommandExample(code: "Set-Location /\n(Get-Location).Path", remarks: "The Path property is the location as a string.", expectedOutput: "/"),
        ])
    init() {}
    func end(_ context: CommandContext) throws {
        CmdletViews.register(context.session)
        if context.switchPresent("Stack") {
            for p in LocationStack.entries(context.session).reversed() { try context.writeObject(PathInfo.make(p)) }
            return
        }
        try context.writeObject(PathInfo.make(FileSystemSupport.location(context)))
    }
}

/// Set-Location (`cd`, `sl`, `chdir`): changes the session's location (not the process's).
final class SetLocationCommand: Cmdlet {
    static let metadata = CommandMetadata(
        name: "Set-Location",
        parameters: [
            ParameterMetadata(name: "Path", type: "string", position: 0, valueFromPipeline: true, valueFromPipelineByPropertyName: true, parameterSets: ["Path"]),
            ParameterMetadata(name: "LiteralPath", type: "string", aliases: ["PSPath", "LP"], mandatory: true, valueFromPipelineByPropertyName: true, parameterSets: ["LiteralPath"]),
            ParameterMetadata(name: "PassThru", type: "switch"),
        ],
        defaultParameterSet: "Path",
        outputTypes: [PathInfo.typeName],
        moduleName: "Microsoft.PowerShell.Management",
        synopsis: "Sets the current working location to a specified location.",
        examples: [
            CommandExample(code: "New-Item -Path projects -ItemType Directory | Out-Null\nSet-Location projects\nSplit-Path -Path (Get-Location) -Leaf",
                           remarks: "Moves into the projects folder; relative paths now start there. `cd` is an alias.",
                           expectedOutput: "projects"),
            CommandExample(code: "New-Item -Path projects -ItemType Directory | Out-Null\nSet-Location projects\nSet-Location -\nTest-Path projects",
                           remarks: "`Set-Location -` goes back to the previous location (and `Set-Location +` forward again).",
                           expectedOutput: "True"),
        ])
    init() {}

    func process(_ context: CommandContext) throws {
        let raw = context.string("LiteralPath") ?? context.string("Path") ?? "~"
        // `Set-Location -` / `Set-Location +` walk back and forward through earlier locations (PowerShell 6.2+).
        if !context.has("LiteralPath") && (raw == "-" || raw == "+") {
            try LocationHistory.step(back: raw == "-", context)
        } else {
            let before = FileSystemSupport.location(context)
            try LocationStack.change(to: raw, literal: context.has("LiteralPath"), context)
            LocationHistory.record(before, context.session)
        }
        if context.switchPresent("PassThru") { try context.writeObject(PathInfo.make(FileSystemSupport.location(context))) }
    }
}

/// Push-Location (`pushd`) and Pop-Location (`popd`): a stack of locations kept in the session.
final class PushLocationCommand: Cmdlet {
    static let metadata = CommandMetadata(
        name: "Push-Location",
        parameters: [
            ParameterMetadata(name: "Path", type: "string", position: 0, valueFromPipeline: true),
            ParameterMetadata(name: "LiteralPath", type: "string", aliases: ["PSPath", "LP"]),
            ParameterMetadata(name: "PassThru", type: "switch"),
            ParameterMetadata(name: "StackName", type: "string"),
        ],
        moduleName: "Microsoft.PowerShell.Management",
        synopsis: "Adds the current location to the top of a location stack.",
        examples: [CommandExample(code: "New-Item -Path build -ItemType Directory | Out-Null\nPush-Location build\nSet-Content out.txt 'built'\nPop-Location\nGet-Content build/out.txt",
                                  remarks: "Remembers the current location and moves into build for the work; Pop-Location comes back.",
                                  expectedOutput: "built")])
    init() {}
    func process(_ context: CommandContext) throws {
        let current = FileSystemSupport.location(context)
        if let raw = context.string("LiteralPath") ?? context.string("Path") {
            try LocationStack.change(to: raw, literal: context.has("LiteralPath"), context)
        }
        LocationStack.push(current, context.session)
        if context.switchPresent("PassThru") { try context.writeObject(PathInfo.make(current)) }
    }
}

final class PopLocationCommand: Cmdlet {
    static let metadata = CommandMetadata(
        name: "Pop-Location",
        parameters: [
            ParameterMetadata(name: "PassThru", type: "switch"),
            ParameterMetadata(name: "StackName", type: "string"),
        ],
        moduleName: "Microsoft.PowerShell.Management",
        synopsis: "Changes the current location to the location most recently pushed onto the stack.",
        examples: [CommandExample(code: "$start = (Get-Location).Path\nPush-Location /\nPop-Location\n(Get-Location).Path -eq $start",
                                  remarks: "Returns to the location Push-Location saved, wherever the script went in between.",
                                  expectedOutput: "True")])
    init() {}
    func end(_ context: CommandContext) throws {
        guard let top = LocationStack.pop(context.session) else { return }
        context.session.currentLocation = top
        if context.switchPresent("PassThru") { try context.writeObject(PathInfo.make(top)) }
    }
}

/// The location stack (Push-Location / Pop-Location), in a session slot.
final class LocationStack {
    private var entries: [String] = []

    static func entries(_ s: Session) -> [String] {
        s.slot(LocationStack.self)?.entries ?? []
    }

    static func push(_ path: String, _ s: Session) {
        s.slot(orMake: LocationStack.init).entries.append(path)
    }

    static func pop(_ s: Session) -> String? {
        s.slot(LocationStack.self)?.entries.popLast()
    }

    /// Changes the location, with PowerShell's error for a missing directory.
    static func change(to raw: String, literal: Bool, _ context: CommandContext) throws {
        var target = FileSystemSupport.resolve(raw, context)
        if !literal && WildcardPattern.containsWildcard(raw) {
            target = FileSystemSupport.expand(raw, context).first(where: context.files.isDirectory) ?? target
        }
        guard context.files.exists(target) else {
            throw RuntimeError(FileSystemSupport.pathNotFound(target, context))
        }
        guard context.files.isDirectory(target) else {
            throw RuntimeError(context.errorRecord("Cannot find path '\(target)' because it does not exist.", errorId: "PathNotFound", category: .ObjectNotFound, exceptionType: "System.Management.Automation.ItemNotFoundException", targetObject: .string(target)))
        }
        context.session.currentLocation = target
    }
}

/// Where `Set-Location -` and `+` go: earlier and later locations, in a session slot.
final class LocationHistory {
    private var back: [String] = []
    private var forward: [String] = []

    /// A normal change: remember where we were (at most 20 entries) and forget the forward list.
    static func record(_ previous: String, _ s: Session) {
        let h = s.slot(orMake: LocationHistory.init)
        h.back.append(previous)
        if h.back.count > 20 { h.back.removeFirst(h.back.count - 20) }
        h.forward = []
    }

    static func step(back: Bool, _ context: CommandContext) throws {
        let s = context.session
        let h = s.slot(orMake: LocationHistory.init)
        guard let target = back ? h.back.popLast() : h.forward.popLast() else {
            throw context.terminatingError(back ? "There is no location history left to navigate backwards." : "There is no location history left to navigate forwards.",
                                           errorId: "InvalidOperation", category: .InvalidOperation, exceptionType: "System.InvalidOperationException")
        }
        if back { h.forward.append(FileSystemSupport.location(context)) } else { h.back.append(FileSystemSupport.location(context)) }
        s.currentLocation = target
    }
}

/// Resolve-Path (`rvpa`): the existing items a path names (wildcards expanded) as PathInfo
/// objects, or, with -Relative, as paths relative to the current location (`./report.csv`).
final class ResolvePathCommand: Cmdlet {
    static let metadata = CommandMetadata(
        name: "Resolve-Path",
        parameters: [
            ParameterMetadata(name: "Path", type: "string[]", position: 0, mandatory: true, valueFromPipeline: true, valueFromPipelineByPropertyName: true, parameterSets: ["Path"]),
            ParameterMetadata(name: "LiteralPath", type: "string[]", aliases: ["PSPath", "LP"], mandatory: true, valueFromPipelineByPropertyName: true, parameterSets: ["LiteralPath"]),
            ParameterMetadata(name: "Relative", type: "switch"),
            ParameterMetadata(name: "RelativeBasePath", type: "string"),
        ],
        defaultParameterSet: "Path",
        outputTypes: [PathInfo.typeName, "System.String"],
        moduleName: "Microsoft.PowerShell.Management",
        synopsis: "Resolves wildcards in a path and shows the full path of each existing item.",
        examples: [
            CommandExample(code: "Set-Content a.txt 1; Set-Content b.txt 2\nResolve-Path *.txt -Relative",
                           remarks: "The files the wildcard matches, relative to the current location; without -Relative, their full paths as PathInfo objects.",
                           expectedOutput: "./a.txt\n./b.txt"),
            CommandExample(code: "if (-not (Resolve-Path settings.json -ErrorAction SilentlyContinue)) { 'settings.json is missing' }",
                           remarks: "A path that names nothing is an error; hidden with -ErrorAction SilentlyContinue, the empty result reads as false.",
                           expectedOutput: "settings.json is missing"),
        ])
    init() {}

    func process(_ context: CommandContext) throws {
        try PathResolution.each(context) { path in
            if context.switchPresent("Relative") {
                let base = context.string("RelativeBasePath").map { FileSystemSupport.resolve($0, context) } ?? FileSystemSupport.location(context)
                try context.writeObject(.string(PathResolution.relative(path, to: base)))
            } else {
                try context.writeObject(PathInfo.make(path))
            }
        }
    }
}

/// Convert-Path (`cvpa`): the file-system paths of existing items, as strings.
final class ConvertPathCommand: Cmdlet {
    static let metadata = CommandMetadata(
        name: "Convert-Path",
        parameters: [
            ParameterMetadata(name: "Path", type: "string[]", position: 0, mandatory: true, valueFromPipeline: true, valueFromPipelineByPropertyName: true, parameterSets: ["Path"]),
            ParameterMetadata(name: "LiteralPath", type: "string[]", aliases: ["PSPath", "LP"], mandatory: true, valueFromPipelineByPropertyName: true, parameterSets: ["LiteralPath"]),
        ],
        defaultParameterSet: "Path",
        outputTypes: ["System.String"],
        moduleName: "Microsoft.PowerShell.Management",
        synopsis: "Converts a path to a file-system path.",
        examples: [
            CommandExample(code: "New-Item -Path data -ItemType Directory | Out-Null\nConvert-Path data",
                           remarks: "The full file-system path of an existing item, as a string (for example /home/ann/data)."),
            CommandExample(code: "(Convert-Path ~) -eq $HOME", remarks: "`~` is the home folder.", expectedOutput: "True"),
        ])
    init() {}

    func process(_ context: CommandContext) throws {
        try PathResolution.each(context) { try context.writeObject(.string($0)) }
    }
}

enum PathResolution {
    /// Each existing path -Path (wildcards) or -LiteralPath names; pwsh's error for one that names nothing.
    static func each(_ context: CommandContext, _ body: (String) throws -> Void) throws {
        let literal = context.has("LiteralPath")
        for raw in literal ? context.strings("LiteralPath") : context.strings("Path") {
            let paths = (literal ? [FileSystemSupport.resolve(raw, context)] : FileSystemSupport.expand(raw, context)).filter(context.files.exists)
            if paths.isEmpty {
                try context.writeError(FileSystemSupport.pathNotFound(FileSystemSupport.resolve(raw, context), context))
                continue
            }
            for p in paths { try body(p) }
        }
    }

    /// `path` relative to `base`, as pwsh writes it (`./a.txt`, `../b/c.txt`).
    static func relative(_ path: String, to base: String) -> String {
        let target = path.split(separator: "/").map(String.init), from = base.split(separator: "/").map(String.init)
        var common = 0
        while common < target.count && common < from.count && target[common] == from[common] { common += 1 }
        let ups = Array(repeating: "..", count: from.count - common)
        let rest = Array(target[common...])
        if ups.isEmpty { return "./" + rest.joined(separator: "/") }
        return (ups + rest).joined(separator: "/")
    }
}
