import ArgumentParser
import Foundation
import Licensing
import M365Cmdlets
import PowerShellRuntime

/// The `licenselab` command line: a script runner, `-Command` text, stdin scripts and the shell.
/// Mirrors `pwsh`: `licenselab FILE.ps1 ARGS...` binds ARGS to the script's `param()` block.
@main
struct LicenseLab: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "licenselab",
        abstract: "A PowerShell-compatible shell whose Microsoft 365 cmdlets act on a simulated tenant.",
        discussion: """
            With no script and no -Command, starts the interactive shell. `-` as the script reads the \
            script from standard input. Exit code: the script's `exit N`; 1 after an uncaught \
            terminating error; otherwise 0. pwsh's own parameters work too, in any case and by \
            prefix: -File, -Command (the rest of the line), -EncodedCommand, -NoExit, \
            -WorkingDirectory; -NoProfile, -NoLogo, -NonInteractive, -ExecutionPolicy and the \
            like are accepted and ignored.
            """,
        version: LicenseLabVersion.string)

    @Option(
        name: [.customShort("c"), .customLong("Command", withSingleDash: true), .customLong("command")],
        parsing: .unconditional,
        help: ArgumentHelp("Run TEXT as a script and exit.", valueName: "TEXT"))
    var command: String?

    @Flag(name: .customLong("demo"), help: "Use a fresh in-memory demo tenant; nothing is saved.")
    var demo = false

    // Tenant store options (TenantSetup.swift, docs/persistence.md).
    @Option(name: .customLong("tenant"), help: ArgumentHelp("The tenant file (SQLite), created from the demo tenant if missing. Default: $XDG_DATA_HOME/licenselab/tenant.sqlite.", valueName: "PATH"),
            completion: .file(extensions: ["sqlite"]))
    var tenantPath: String?

    @Option(name: .customLong("import"), help: ArgumentHelp("Replace the tenant with the JSON tenant file FILE (Import-LabTenant -Force) before anything else runs: an export of your tenant (Scripts/export-tenant.ps1).", valueName: "FILE"),
            completion: .file(extensions: ["json"]))
    var importPath: String?

    @Option(name: .customLong("what-if"), help: ArgumentHelp("Run SCRIPT on a copy of the tenant and print what it would change; the tenant is not changed.", valueName: "SCRIPT"),
            completion: .file(extensions: ["ps1"]))
    var whatIfScript: String?

    @Flag(name: .customLong("no-native"), help: "Refuse to start native programs (git, /bin/sh, ...): for dry runs of scripts you do not trust. --what-if implies it.")
    var noNative = false

    @Argument(
        parsing: .captureForPassthrough,
        help: ArgumentHelp("A script file (or - for standard input), then the arguments for its param() block.", valueName: "script-and-arguments"),
        completion: .file(extensions: ["ps1"]))
    var scriptAndArguments: [String] = []

    /// pwsh's own parameters (`-NoProfile -File x.ps1`, ...) are translated first
    /// (PwshCommandLine), then ArgumentParser reads the result.
    static func main() {
        // `licenselab serve ...`: the Graph server, the program licenselab-serve beside this one
        // (a script named serve is run as ./serve or serve.ps1)
        if CommandLine.arguments.dropFirst().first == "serve" { runServer(Array(CommandLine.arguments.dropFirst(2))) }
        let pwsh: PwshCommandLine
        do {
            pwsh = try PwshCommandLine.normalize(Array(CommandLine.arguments.dropFirst()))
        } catch {
            FileHandle.standardError.write(Data((error.message + "\n").utf8))
            Foundation.exit(64)
        }
        if let dir = pwsh.workingDirectory, !FileManager.default.changeCurrentDirectoryPath(dir) {
            FileHandle.standardError.write(Data("The given working directory '\(dir)' does not exist.\n".utf8))
            Foundation.exit(64)
        }
        noExit = pwsh.noExit
        main(pwsh.arguments)
    }

    /// Replaces this process with `licenselab-serve` from the same folder (docs/graph-server.md).
    static func runServer(_ arguments: [String]) -> Never {
        let me = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
        let server = ((me as NSString).deletingLastPathComponent as NSString).appendingPathComponent("licenselab-serve")
        guard FileManager.default.isExecutableFile(atPath: server) else {
            FileHandle.standardError.write(Data("licenselab serve: the server program \(server) is missing; build it with `swift build -c release --product licenselab-serve` (Scripts/test and Scripts/bench serve do).\n".utf8))
            Foundation.exit(1)
        }
        let argv = ([server] + arguments).map { strdup($0) } + [nil]
        execv(server, argv)
        FileHandle.standardError.write(Data("licenselab serve: cannot start \(server): \(String(cString: strerror(errno)))\n".utf8))
        Foundation.exit(1)
    }

    /// -NoExit (pwsh): the interactive shell starts after the script or command.
    nonisolated(unsafe) static var noExit = false

    func run() throws {
        // Arguments after the script are captured verbatim (they belong to its param() block), so
        // ArgumentParser cannot see --help/--version when they come first; answer them here.
        switch scriptAndArguments.first {
        case "--help", "-h", "-?", "-Help":
            print(Self.helpMessage())
            return
        case "--version", "-Version", "-v":
            print(LicenseLabVersion.string)
            return
        default:
            break
        }
        let host = StandardHost()
        let session = Session(host: host)
        if noNative { session.nativeCommandsAllowed = false }
        if whatIfScript != nil {
            // a program's writes cannot be kept inside the --what-if file overlay
            session.nativeCommandsAllowed = false
            session.nativeCommandsRefusedBy = "--what-if"
        }
        if demo && tenantPath != nil { throw ValidationError("--demo and --tenant cannot be used together.") }
        if let t = tenantPath, t.allSatisfy(\.isWhitespace) { throw ValidationError("--tenant needs the path of a tenant file; it was given an empty one.") }
        if let whatIfScript {
            let code = TenantSetup.whatIf(script: whatIfScript, arguments: scriptAndArguments, demo: demo, tenantPath: tenantPath,
                                          session: session, host: host)
            host.flush()
            if code != 0 { throw ExitCode(code) }
            return
        }
        let setup: TenantSetup
        do {
            // The tenant: the SQLite file (default or --tenant PATH) or, with --demo, memory.
            setup = try TenantSetup.open(demo: demo, tenantPath: tenantPath)
            setup.install(into: session, host: host)
        } catch {
            host.write("licenselab: \(error.message)\n", to: .error)
            throw ExitCode(1)
        }
        if let importPath {
            // the option is the confirmation: the tenant is replaced without asking
            let quoted = "'" + TenantSetup.absolute(importPath).replacingOccurrences(of: "'", with: "''") + "'"
            _ = session.runScript(text: "Import-LabTenant -Path \(quoted) -Force -ErrorAction Stop", path: nil, arguments: [])
            host.flush()
            guard session.lastStatementSucceeded, session.lastRunEnd == .completed else {
                setup.store.finish()
                throw ExitCode(1)
            }
        }
        let code: Int32
        if let command {
            code = Self.commandExitCode(session.runScript(text: command, path: nil, arguments: scriptAndArguments), session)
        } else if let first = scriptAndArguments.first {
            let rest = Array(scriptAndArguments.dropFirst())
            if first == "-" {
                let text = String(decoding: FileHandle.standardInput.readDataToEndOfFile(), as: UTF8.self)
                code = Self.commandExitCode(session.runScript(text: text, path: nil, arguments: rest), session)
            } else {
                code = Self.fileExitCode(Self.runFile(first, arguments: rest, session: session, host: host), session)
            }
        } else {
            Self.interact(session, host, setup)
        }
        host.flush()
        session.writeProfile()
        if Self.noExit { Self.interact(session, host, setup) }
        // the calls of the session are folded into the tenant file (its call log is emptied)
        setup.store.finish()
        if code != 0 { throw ExitCode(code) }
    }

    /// pwsh's exit code for `-Command` and for commands read from standard input (about_Pwsh):
    /// `exit N` gives N; otherwise 0 when `$?` is true after the last statement, 1 when it is false
    /// (a failed command, `1/0`, a script that exited with another code) or when a
    /// script-terminating error or Ctrl-C ended the run.
    static func commandExitCode(_ code: Int32, _ session: Session) -> Int32 {
        switch session.lastRunEnd {
        case .exit: return code
        case .terminatingError, .stopped: return 1
        case .completed: return code != 0 ? code : session.lastStatementSucceeded ? 0 : 1
        }
    }

    /// pwsh's exit code for `-File` (about_Pwsh): `exit N` gives N, a script-terminating error 1,
    /// Ctrl-C 0, and a normal end 0 whatever the last command did.
    static func fileExitCode(_ code: Int32, _ session: Session) -> Int32 {
        switch session.lastRunEnd {
        case .exit: return code
        case .terminatingError: return 1
        case .stopped: return 0
        case .completed: return code
        }
    }

    static func interact(_ session: Session, _ host: StandardHost, _ setup: TenantSetup) -> Never {
        let code = InteractiveLoop(session: session, host: host, tenantName: { M365Module.tenantName(in: session) ?? "LicenseLab" }).run()
        host.flush()
        session.writeProfile()
        setup.store.finish()
        StandardHost.exitNow(code)
    }

    static func runFile(_ path: String, arguments: [String], session: Session, host: StandardHost) -> Int32 {
        let url = URL(fileURLWithPath: path)
        guard let data = FileManager.default.contents(atPath: url.path) else {
            host.write(
                "The argument '\(path)' is not recognized as the name of a script file. Check the spelling of the name, or if a path was included, verify that the path is correct and try again.\n",
                to: .error)
            return 64
        }
        return session.runScript(text: Session.decodeScript(data), path: url.standardizedFileURL.path, arguments: arguments)
    }
}
