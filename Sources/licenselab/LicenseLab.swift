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
            terminating error; otherwise 0.
            """,
        version: LicenseLabVersion.string)

    @Option(
        name: [.customShort("c"), .customLong("Command", withSingleDash: true), .customLong("command")],
        parsing: .unconditional,
        help: ArgumentHelp("Run TEXT as a script and exit.", valueName: "TEXT"))
    var command: String?

    @Flag(name: .customLong("demo"), help: "Use a fresh in-memory demo tenant; nothing is saved.")
    var demo = false

    @Argument(
        parsing: .captureForPassthrough,
        help: ArgumentHelp("A script file (or - for standard input), then the arguments for its param() block.", valueName: "script-and-arguments"),
        completion: .file(extensions: ["ps1"]))
    var scriptAndArguments: [String] = []

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
        // Until the persistent store lands (issue 6) every run gets a fresh in-memory demo tenant;
        // --demo already promises exactly that, so scripts written for it keep working.
        let handle = TenantHandle(DemoTenant.make())
        M365Module.install(into: session, tenant: handle)
        TenantCompletion.register(in: session)  // Tab completes SKU ids, UPNs, groups, recipients
        _ = SessionHistory.of(session)          // Get-History / Invoke-History
        let code: Int32
        if let command {
            code = session.runScript(text: command, path: nil, arguments: scriptAndArguments)
        } else if let first = scriptAndArguments.first {
            let rest = Array(scriptAndArguments.dropFirst())
            if first == "-" {
                let text = String(decoding: FileHandle.standardInput.readDataToEndOfFile(), as: UTF8.self)
                code = session.runScript(text: text, path: nil, arguments: rest)
            } else {
                code = Self.runFile(first, arguments: rest, session: session, host: host)
            }
        } else {
            code = InteractiveLoop(session: session, host: host, tenantName: M365Module.tenantName(in: session) ?? "LicenseLab").run()
        }
        host.flush()
        if code != 0 { throw ExitCode(code) }
    }

    static func runFile(_ path: String, arguments: [String], session: Session, host: StandardHost) -> Int32 {
        let url = URL(fileURLWithPath: path)
        guard let data = FileManager.default.contents(atPath: url.path) else {
            host.write(
                "The argument '\(path)' is not recognized as the name of a script file. Check the spelling of the name, or if a path was included, verify that the path is correct and try again.\n",
                to: .error)
            return 64
        }
        return session.runScript(text: String(decoding: data, as: UTF8.self), path: url.standardizedFileURL.path, arguments: arguments)
    }
}
