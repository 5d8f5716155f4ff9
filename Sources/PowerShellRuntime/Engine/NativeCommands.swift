import Foundation
import PowerShellSyntax

// Native commands as pwsh 7.4 runs them on Linux: found on $env:PATH or by path, each argument
// passed as one argv entry (arrays give one entry per element: $PSNativeCommandArgumentPassing
// Standard), pipeline input written to the program's standard input as lines, its standard
// output read back as lines (strings) into the pipeline as they arrive, its standard error
// shown as it is unless the error stream is redirected (then each line is an ErrorRecord,
// NativeCommandError), $LASTEXITCODE set and $? false on a non-zero exit, and with
// $PSNativeCommandUseErrorActionPreference a non-zero exit is an error ruled by
// $ErrorActionPreference. `--no-native` (and `--what-if`) refuse them.

/// A program started by the pipeline.
final class NativeStage: PipelineStage {
    unowned let session: Session
    let path: String
    let name: String
    let arguments: [String]
    let redirections: [RedirectionAst]
    let invocation: InvocationInfo
    let expectingInput: Bool
    var downstream: Emit = { _ in }
    private var input: [String] = []
    private var sinks: StreamSinks!
    private var out: Emit = { _ in }

    init(session: Session, path: String, name: String, arguments: [String], redirections: [RedirectionAst], invocation: InvocationInfo, expectingInput: Bool) {
        self.session = session
        self.path = path
        self.name = name
        self.arguments = arguments
        self.redirections = redirections
        self.invocation = invocation
        self.expectingInput = expectingInput
    }

    func begin() throws {
        (sinks, out) = try session.makeSinks(redirections, output: downstream)
    }

    func process(_ value: Value?) throws {
        guard let value else { return }
        for item in value.pipelineItems { input.append(LanguagePrimitives.toString(item)) }
    }

    func end() throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments
        process.environment = session.environment
        process.currentDirectoryURL = URL(fileURLWithPath: session.resolvePath("."))
        let stdout = Pipe()
        process.standardOutput = stdout
        let stdin: Pipe? = expectingInput ? Pipe() : nil
        if let stdin {
            process.standardInput = stdin
        } else {
            // the terminal when there is one; a script read from a pipe keeps its own input
            process.standardInput = isatty(0) == 1 ? FileHandle.standardInput : FileHandle.nullDevice
        }
        let captureErrors = sinks.errorRedirected
        let stderr: Pipe? = captureErrors || !session.host.nativeProgramsShareStandardError ? Pipe() : nil
        process.standardError = stderr ?? FileHandle.standardError
        session.host.flush()
        do {
            try process.run()
        } catch {
            let rec = ErrorRecord(exception: session.types.exception("System.ComponentModel.Win32Exception",
                                                                     message: "An error occurred trying to start process '\(path)' with working directory '\(session.resolvePath("."))'. \(error.localizedDescription)"),
                                  errorId: "NativeCommandFailed", category: .ResourceUnavailable, targetObject: .string(name))
            rec.invocationInfo = invocation
            throw RuntimeError(rec)
        }
        // feed the input and collect the errors on threads of their own, so that neither pipe can fill up and stall the program
        let group = DispatchGroup()
        if let stdin {
            let text = input.map { $0 + "\n" }.joined()
            input = []
            let handle = stdin.fileHandleForWriting
            DispatchQueue.global().async(group: group) {
                // a program that stops reading early (head -1) closes the pipe: the write fails
                // with EPIPE, which is not an error of the pipeline (SIGPIPE is ignored)
                signal(SIGPIPE, SIG_IGN)
                try? handle.write(contentsOf: Data(text.utf8))
                try? handle.close()
            }
        }
        let errorLines = ErrorLines()
        if let stderr {
            let handle = stderr.fileHandleForReading
            DispatchQueue.global().async(group: group) {
                errorLines.data = (try? handle.readToEnd()) ?? Data()
            }
        }
        var pending = Data()
        let fd = stdout.fileHandleForReading.fileDescriptor
        var failure: Error?
        var buffer = [UInt8](repeating: 0, count: 65536)
        // lines go down the pipeline as they arrive (read(2) returns what is there); when the
        // pipeline stops taking them (Select-Object -First 3, Ctrl-C, an error), the program is
        // stopped, as pwsh stops it, instead of being read to its end
        reading: while true {
            let count = buffer.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress, $0.count) }
            if count < 0 && errno == EINTR {
                if (try? session.checkStop()) == nil { failure = StopReading(); break reading }
                continue
            }
            guard count > 0 else { break }
            pending.append(contentsOf: buffer[0..<count])
            while let newline = pending.firstIndex(of: 0x0A) {
                let line = pending[pending.startIndex..<newline]
                pending.removeSubrange(pending.startIndex...newline)
                do { try out(.string(NativeStage.text(line))) } catch {
                    failure = error
                    break reading
                }
            }
        }
        if failure == nil, !pending.isEmpty {
            do { try out(.string(NativeStage.text(pending))) } catch { failure = error }
        }
        if failure != nil, process.isRunning {
            process.terminate()
        }
        try? stdout.fileHandleForReading.close()
        process.waitUntilExit()
        group.wait()
        if let failure, !(failure is StopReading) { throw failure }
        let code = process.terminationReason == .uncaughtSignal ? 128 + Int(process.terminationStatus) : Int(process.terminationStatus)
        session.setGlobalVariable("LASTEXITCODE", .int(code))
        if let data = errorLines.data {
            var lines = String(decoding: data, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            if lines.last == "" { lines.removeLast() }
            for line in lines where !captureErrors {
                session.host.write(line + "\n", to: .error)
            }
            for line in lines where captureErrors {
                let rec = ErrorRecord(exception: session.types.exception("System.Management.Automation.RemoteException", message: line.hasSuffix("\r") ? String(line.dropLast()) : line),
                                      errorId: "NativeCommandError", category: .NotSpecified, targetObject: .string(line))
                rec.invocationInfo = invocation
                sinks.error(rec)
            }
        }
        if code != 0 {
            session.errorCounter += 1  // $? is false after the pipeline
            if LanguagePrimitives.isTrue(session.variable("PSNativeCommandUseErrorActionPreference") ?? .bool(false)) {
                let rec = ErrorRecord(exception: session.types.exception("System.Management.Automation.NativeCommandExitException",
                                                                         message: "Program \"\((path as NSString).lastPathComponent)\" ended with non-zero exit code: \(code)."),
                                      errorId: "ProgramExitedWithNonZeroCode", category: .NotSpecified, targetObject: .int(code))
                rec.invocationInfo = invocation
                try session.reportNonTerminating(rec, action: session.preference(key: .errorActionPreference, default: .Continue), streams: sinks)
            }
        }
    }

    /// A line of output as text (UTF-8; a carriage return before the newline dropped).
    static func text(_ bytes: Data) -> String {
        var s = String(decoding: bytes, as: UTF8.self)
        if s.hasSuffix("\r") { s.removeLast() }
        return s
    }

    /// Reading ended because the session was asked to stop (Ctrl-C while waiting for output).
    private struct StopReading: Error {}

    /// What the thread reading standard error collected.
    private final class ErrorLines: @unchecked Sendable {
        var data: Data?
    }
}

extension Session {
    /// The argv entries a native command gets for PowerShell arguments: each value as text, an
    /// array as one entry per element, `-Name` as written, `-Name:value` as one entry.
    func nativeArguments(_ args: [CommandArgument]) -> [String] {
        var out: [String] = []
        func add(_ v: Value) {
            if let items = v.enumerated() { for i in items where !i.isNull { add(i) } } else { out.append(LanguagePrimitives.toString(v)) }
        }
        for a in args {
            switch a.kind {
            case .positional(.string(let s)) where a.extent?.text == s:
                // a bare word: pwsh on Linux expands `~` and wildcards against the file system
                out += expandBareWord(s)
            case .positional(let v):
                if !v.isNull { add(v) }
            case .named(let n, let v):
                if let v, a.hasColonValue {
                    out.append("-" + n + ":" + LanguagePrimitives.toString(v))
                } else {
                    out.append("-" + n)
                }
            }
        }
        return out
    }

    /// `~` and `~/x` become the home folder; a word with `*`, `?` or `[` becomes the paths that
    /// match it (relative ones stay relative to the current location), or stays as written when
    /// none does.
    func expandBareWord(_ word: String) -> [String] {
        var w = word
        if w == "~" || w.hasPrefix("~/") { w = (environment["HOME"] ?? NSHomeDirectory()) + w.dropFirst() }
        guard w.contains(where: { $0 == "*" || $0 == "?" || $0 == "[" }) else { return [w] }
        let base = currentLocation.hasSuffix("/") ? currentLocation : currentLocation + "/"
        let pattern = w.hasPrefix("/") ? w : base + w
        var g = glob_t()
        defer { globfree(&g) }
        guard glob(pattern, 0, nil, &g) == 0, g.gl_pathc > 0 else { return [w] }
        var matches: [String] = []
        for i in 0..<Int(g.gl_pathc) {
            guard let p = g.gl_pathv[i] else { continue }
            let path = String(cString: p)
            matches.append(!w.hasPrefix("/") && path.hasPrefix(base) ? String(path.dropFirst(base.count)) : path)
        }
        return matches.isEmpty ? [w] : matches
    }
}
