import ArgumentParser
import Foundation
import GraphServer
import Licensing
import M365Cmdlets
import Portal
import TenantStore

/// `licenselab serve`: Microsoft Graph v1.0 over HTTP on the tenant file a shell uses
/// (docs/graph-server.md). Prints the base address and an app-only token, then serves until
/// Ctrl-C or SIGTERM, when the tenant file's call log is folded as at the end of a shell.
///
/// A program of its own, which `licenselab serve` runs (exec) from beside `licenselab`: the HTTP
/// stack (SwiftNIO, Hummingbird) would otherwise be linked into the shell, whose start-up pays for
/// every Swift protocol conformance in the binary (docs/performance.md, "Issue #18").
@main
struct ServeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "licenselab serve",
        abstract: "Serve Microsoft Graph v1.0 on the lab tenant, for SDKs and other HTTP clients.",
        discussion: """
            It also serves the portal, the group-licensing article's license panes, at / (open the \
            Portal address it prints to sign in). The server uses the same tenant file as the shell (changes made over REST are seen by \
            shells on the file, and the other way round). It prints a bearer token at start; \
            New-LabGraphToken in a shell makes more, with chosen scopes.
            """)

    @Option(name: .customLong("tenant"), help: ArgumentHelp("The tenant file (SQLite), created from the demo tenant if missing. Default: the shell's.", valueName: "PATH"),
            completion: .file(extensions: ["sqlite"]))
    var tenantPath: String?

    @Flag(name: .customLong("demo"), help: "Serve a fresh in-memory demo tenant; nothing is saved.")
    var demo = false

    @Option(name: .customLong("port"), help: "The TCP port (0: any free port; the one chosen is printed).")
    var port = 8080

    @Option(name: .customLong("listen"), help: ArgumentHelp("The address to listen on. Anything but loopback exposes the tenant to the network.", valueName: "ADDRESS"))
    var listen = "127.0.0.1"

    @Option(name: .customLong("token-minutes"), help: "How long the printed token is valid.")
    var tokenMinutes = 1440

    func validate() throws {
        if demo && tenantPath != nil { throw ValidationError("--demo and --tenant cannot be used together.") }
        if !(0...65535).contains(port) { throw ValidationError("--port must be between 0 and 65535; it was \(port).") }
        if tokenMinutes < 1 { throw ValidationError("--token-minutes must be at least 1; it was \(tokenMinutes).") }
    }

    func run() throws {
        let store: TenantStore
        do { store = try TenantStore.forCommandLine(demo: demo, path: tenantPath) } catch {
            FileHandle.standardError.write(Data("licenselab serve: \(error.message)\n".utf8))
            throw ExitCode(1)
        }
        Self.raiseOpenFileLimit()
        let loopback = ["127.0.0.1", "::1", "localhost"].contains(listen.lowercased())
        let hostPart = listen.contains(":") ? "[\(listen)]" : listen
        let service: GraphService
        do { service = try GraphService(store: store, baseURL: "http://\(hostPart):\(port)") } catch {
            FileHandle.standardError.write(Data("licenselab serve: \(error.message)\n".utf8))
            throw ExitCode(1)
        }
        let token = service.makeToken(validFor: Double(tokenMinutes) * 60)
        let portal = Portal(service: service, port: port)
        let where_ = store.path ?? "in memory (--demo; nothing is saved)"
        let failure = FailureBox()
        let done = DispatchSemaphore(value: 0)
        let task = Task {
            do {
                try await GraphHTTPServer.run(service: service, portal: portal, host: listen, port: port) { bound in
                    service.baseURL = "http://\(hostPart):\(bound)"
                    portal.port = bound
                    // said once the address is bound (an address that is not this machine's is refused instead)
                    if !loopback {
                        FileHandle.standardError.write(Data("WARNING: listening on \(listen): anyone who can reach this address and holds a token can read and change the tenant. There is no TLS.\n".utf8))
                    }
                    // unbuffered: a program that started the server reads the banner at once
                    FileHandle.standardOutput.write(Data("""
                        LicenseLab serves Microsoft Graph v1.0 for tenant '\(service.tenantName)'
                          Tenant:    \(where_)
                          Base URL:  http://\(hostPart):\(bound)/v1.0
                          Token:     \(token)
                        Send it as 'Authorization: Bearer <token>'. Ctrl-C stops the server.
                          Portal:    http://\(hostPart):\(bound)\(Portal.signInPath(token: token))

                        """.utf8))
                }
            } catch {
                failure.set("\(error)")
            }
            done.signal()
        }
        _ = task
        done.wait()
        store.finish()
        if let message = failure.get() {
            FileHandle.standardError.write(Data("licenselab serve: \(message)\n".utf8))
            throw ExitCode(1)
        }
    }
}

extension ServeCommand {
    /// Each connection is a file descriptor: the soft limit (often 1,024) is raised to the hard
    /// one, so the server's own bound on connections is the one that applies.
    static func raiseOpenFileLimit() {
        var limit = rlimit()
        let resource = __rlimit_resource_t(RLIMIT_NOFILE.rawValue)
        guard getrlimit(resource, &limit) == 0, limit.rlim_cur < limit.rlim_max else { return }
        limit.rlim_cur = limit.rlim_max
        _ = setrlimit(resource, &limit)
    }
}

/// The server task's failure, read by the waiting main thread.
final class FailureBox: @unchecked Sendable {
    private let lock = NSLock()
    private var message: String?
    func set(_ m: String) { lock.lock(); message = m; lock.unlock() }
    func get() -> String? { lock.lock(); defer { lock.unlock() }; return message }
}
