import PowerShellRuntime

/// The plain read-eval-print loop: `PS <tenant>> ` prompts on a terminal, `>> ` while the parser
/// reports incomplete input, no prompt at all when standard input is not a terminal.
struct InteractiveLoop {
    let session: Session
    let host: StandardHost
    let tenantName: String

    func run() -> Int32 {
        var pending = ""
        while true {
            let prompt: String? = host.isInteractive ? (pending.isEmpty ? "PS \(tenantName)> " : ">> ") : nil
            guard let line = host.readLine(prompt: prompt) else {
                if host.isInteractive { host.write("\n", to: .output) }
                // Unfinished input at end of file: run it as a script so the parse error is reported.
                if !pending.isEmpty { return session.runScript(text: pending, path: nil, arguments: []) }
                return 0
            }
            pending = pending.isEmpty ? line : pending + "\n" + line
            switch session.runInteractive(line: pending) {
            case .incomplete:
                continue
            case .exit(let code):
                return code
            default:
                pending = ""
            }
            host.flush()
        }
    }
}
