import PowerShellRuntime

/// What a test target adds to a fresh session before a script runs (the M365 tests install their
/// modules on a demo tenant; the runtime tests add nothing).
public typealias SessionSetup = (Session) -> Void

/// A fresh session on a `TestHost`. Out-Default never releases a table early because the machine
/// is slow (`formatGroupingWindow = .infinity`), so a script prints the same text on every run.
public struct ScriptSession {
    public let host: TestHost
    public let session: Session

    public init(host: TestHost = TestHost(), setup: SessionSetup = { _ in }) {
        self.host = host
        session = Session(host: host)
        session.formatGroupingWindow = .infinity
        setup(session)
    }

    /// Runs script text as `licenselab FILE` would (`path` is the script's own path); returns the
    /// exit code. Output accumulates in `host`.
    @discardableResult
    public func run(_ text: String, path: String? = nil) -> Int32 {
        session.runScript(text: text, path: path, arguments: [])
    }
}

/// Runs script text in a fresh session on a `TestHost` of `windowWidth` columns; returns what it
/// wrote to stdout and stderr and its exit code.
public func runScript(_ text: String, path: String? = nil, windowWidth: Int = 120, setup: SessionSetup = { _ in }) -> (out: String, err: String, code: Int32) {
    let s = ScriptSession(host: TestHost(windowWidth: windowWidth), setup: setup)
    let code = s.run(text, path: path)
    return (s.host.stdout, s.host.stderr, code)
}
