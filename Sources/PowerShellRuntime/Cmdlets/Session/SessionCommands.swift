import Foundation

/// Set-StrictMode: records the requested version (`1.0`, `2.0`, `3.0`, `Latest`) or -Off in the
/// session (read back by the runtime's strict-mode checks from `StrictModeState.version`).
final class SetStrictModeCommand: Cmdlet {
    static let metadata = CommandMetadata(
        name: "Set-StrictMode",
        parameters: [
            ParameterMetadata(name: "Version", type: "string", aliases: ["v"], mandatory: true, parameterSets: ["Version"]),
            ParameterMetadata(name: "Off", type: "switch", mandatory: true, parameterSets: ["Off"]),
        ],
        defaultParameterSet: "Version",
        moduleName: "Microsoft.PowerShell.Core",
        synopsis: "Establishes and enforces coding rules in expressions, scripts, and script blocks.",
        examples: [
            CommandExample(code: "Set-StrictMode -Version Latest\ntry { $undefinedTotal + 1 } catch { $_.Exception.Message }",
                           remarks: "Under strict mode, reading a variable that was never set is an error instead of $null: a misspelt name is caught.",
                           expectedOutput: "The variable '$undefinedTotal' cannot be retrieved because it has not been set."),
            CommandExample(code: "Set-StrictMode -Off\n$null -eq $neverSet",
                           remarks: "Turns strict mode off: an unset variable reads as $null again.",
                           expectedOutput: "True"),
        ])
    init() {}

    func end(_ context: CommandContext) throws {
        if context.switchPresent("Off") {
            StrictModeState.set(nil, context.session)
            return
        }
        guard let raw = context.string("Version") else { return }
        let version: String
        if CaseFold.equal(raw, "latest") {
            version = "3.0"
        } else if let v = VersionObject.parse(raw.contains(".") ? raw : raw + ".0"), v.major >= 1, v.major <= 3 {
            version = "\(v.major).0"
        } else {
            throw context.terminatingError("Cannot validate argument on parameter 'Version'. The \"\(raw)\" argument does not contain a valid PowerShell version. Supply a valid version number and then try the command again.", errorId: "ParameterArgumentValidationError", category: .InvalidData, exceptionType: "System.Management.Automation.ParameterBindingValidationException")
        }
        StrictModeState.set(version, context.session)
    }
}

/// Where Set-StrictMode keeps its setting: the version text in a session slot.
final class StrictModeState {
    private var version: String?

    static func set(_ version: String?, _ s: Session) {
        s.slot(orMake: StrictModeState.init).version = version
    }
    /// The active strict-mode version ("1.0", "2.0", "3.0"), or nil when off.
    static func version(_ s: Session) -> String? {
        s.slot(StrictModeState.self)?.version
    }
}

/// Start-Transcript / Stop-Transcript: create the transcript file with PowerShell's header and
/// footer, and copy everything the session prints (output and errors, colour removed) into it
/// through the session's host-write observers.
final class StartTranscriptCommand: Cmdlet {
    static let metadata = CommandMetadata(
        name: "Start-Transcript",
        parameters: [
            ParameterMetadata(name: "Path", type: "string", position: 0, parameterSets: ["ByPath"]),
            ParameterMetadata(name: "LiteralPath", type: "string", aliases: ["PSPath", "LP"], parameterSets: ["ByLiteralPath"]),
            ParameterMetadata(name: "OutputDirectory", type: "string", parameterSets: ["ByOutputDirectory"]),
            ParameterMetadata(name: "Append", type: "switch"),
            ParameterMetadata(name: "Force", type: "switch"),
            ParameterMetadata(name: "NoClobber", type: "switch", aliases: ["NoOverwrite"]),
            ParameterMetadata(name: "IncludeInvocationHeader", type: "switch"),
            ParameterMetadata(name: "UseMinimalHeader", type: "switch"),
        ],
        defaultParameterSet: "ByPath",
        outputTypes: ["System.String"],
        supportsShouldProcess: true,
        moduleName: "Microsoft.PowerShell.Host",
        synopsis: "Creates a record of all or part of a PowerShell session to a text file.",
        examples: [CommandExample(code: "Start-Transcript -Path session.log | Out-Null\n'Checking seats'\nStop-Transcript | Out-Null\n(Get-Content session.log) -contains 'Checking seats'",
                                  remarks: "Everything the session prints until Stop-Transcript is also written to session.log, after a header with the start time, user and machine. Without -Path the file goes to the home folder with a generated name; -Append adds to an existing file.",
                                  expectedOutput: "Checking seats\nTrue")])
    init() {}

    func end(_ context: CommandContext) throws {
        let s = context.session
        let now = DotNetDateTime.now()
        let stamp = now.toString("yyyyMMddHHmmss")
        let path: String
        if let p = context.string("LiteralPath") ?? context.string("Path") {
            path = FileSystemSupport.resolve(p, context)
        } else {
            let dir = context.string("OutputDirectory").map { FileSystemSupport.resolve($0, context) } ?? (s.environment["HOME"] ?? NSHomeDirectory())
            let letters = Array("abcdefghijklmnopqrstuvwxyz0123456789")
            path = dir + "/PowerShell_transcript." + (ProcessInfo.processInfo.hostName.split(separator: ".").first.map(String.init) ?? "localhost") + "." + String((0..<8).map { _ in letters.randomElement() ?? "x" }) + "." + stamp + ".txt"
        }
        if context.switchPresent("NoClobber") && context.files.exists(path) && !context.switchPresent("Append") {
            throw context.terminatingError("File \(path) already exists and NoClobber was specified.", errorId: "NoClobber", category: .ResourceExists, exceptionType: "System.IO.IOException", targetObject: .string(path))
        }
        guard try context.shouldProcess(target: path, action: "Start-Transcript") else { return }
        var header = "**********************\n"
        if context.switchPresent("UseMinimalHeader") {
            header += "PowerShell transcript start\nStart time: \(stamp)\n"
        } else {
            let user = s.environment["USER"] ?? "user"
            header += "PowerShell transcript start\nStart time: \(stamp)\nUsername: \(user)\nRunAs User: \(user)\nConfiguration Name: \nMachine: \(ProcessInfo.processInfo.hostName) (Unix)\nHost Application: licenselab\nProcess ID: \(ProcessInfo.processInfo.processIdentifier)\nPSVersion: 7.4.6\nPSEdition: Core\nOS: Linux\nPlatform: Unix\n"
        }
        header += "**********************\n"
        do {
            try FileSystemSupport.write(header, to: path, encoding: .utf8, append: context.switchPresent("Append"), in: context.files)
        } catch {
            throw RuntimeError(FileSystemSupport.ioError(error, path: path, errorId: "CannotStartTranscription", context))
        }
        TranscriptState.push(path, s)
        TranscriptState.observe(s)
        try context.writeObject(.string("Transcript started, output file is \(path)"))
    }
}

final class StopTranscriptCommand: Cmdlet {
    static let metadata = CommandMetadata(
        name: "Stop-Transcript",
        outputTypes: ["System.String"],
        moduleName: "Microsoft.PowerShell.Host",
        synopsis: "Stops a transcript.",
        examples: [CommandExample(code: "Start-Transcript -Path run.log | Out-Null\nWrite-Output 'step 1'\nStop-Transcript | Out-Null\nSelect-String -Path run.log -Pattern 'transcript end' -Raw",
                                  remarks: "Stops the transcript Start-Transcript began, writing a footer with the end time. Stop-Transcript itself says which file it closed; here that message is discarded.",
                                  expectedOutput: "step 1\nPowerShell transcript end")])
    init() {}

    func end(_ context: CommandContext) throws {
        guard let path = TranscriptState.pop(context.session) else {
            throw context.terminatingError("An error occurred stopping transcription: The host is not currently transcribing.", errorId: "InvalidOperation", category: .InvalidOperation, exceptionType: "System.Management.Automation.PSInvalidOperationException")
        }
        let footer = "**********************\nPowerShell transcript end\nEnd time: \(DotNetDateTime.now().toString("yyyyMMddHHmmss"))\n**********************\n"
        try? FileSystemSupport.write(footer, to: path, encoding: .utf8, append: true, in: context.files)
        try context.writeObject(.string("Transcript stopped, output file is \(path)"))
    }
}

/// Active transcript files, innermost last (a session slot).
final class TranscriptState {
    private var paths: [String] = []
    private var observing = false

    static func paths(_ s: Session) -> [String] {
        s.slot(TranscriptState.self)?.paths ?? []
    }
    static func push(_ path: String, _ s: Session) {
        s.slot(orMake: TranscriptState.init).paths.append(path)
    }

    /// Subscribes (once per session) to everything the session prints.
    static func observe(_ s: Session) {
        let state = s.slot(orMake: TranscriptState.init)
        guard !state.observing else { return }
        state.observing = true
        // unowned, not weak: the session owns its observers, and a weak reference would move the
        // session's reference count to a side table, slowing every retain of it (a third of a loop)
        s.hostWriteObservers.append { [unowned s] text, _ in
            TranscriptState.record(text, s)
        }
    }

    /// Appends host output (colour codes removed) to every active transcript. Cheap when none is active.
    static func record(_ text: String, _ s: Session) {
        let paths = paths(s)
        guard !paths.isEmpty else { return }
        let plain = stripEscapes(text)
        for p in paths { try? FileSystemSupport.write(plain, to: p, encoding: .utf8, append: true, in: s.fileSystem) }
    }

    /// Removes ANSI CSI sequences (`ESC [ ... letter`).
    static func stripEscapes(_ text: String) -> String {
        guard text.contains("\u{1B}") else { return text }
        var out = String.UnicodeScalarView()
        var it = text.unicodeScalars.makeIterator()
        while let u = it.next() {
            if u == "\u{1B}" {
                guard let next = it.next() else { break }
                if next == "[" {
                    while let c = it.next() { if (c.value >= 0x40 && c.value <= 0x7E) { break } }
                }
                continue
            }
            out.append(u)
        }
        return String(out)
    }

    static func pop(_ s: Session) -> String? {
        s.slot(TranscriptState.self)?.paths.popLast()
    }
}
