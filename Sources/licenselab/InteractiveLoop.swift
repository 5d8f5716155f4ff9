import Foundation
import LineEditor
import PowerShellRuntime

/// The read-eval-print loop. On a terminal (stdin and stdout both): libedit line editing, the
/// `PS <tenant>> ` prompt, `>> ` while the parser reports incomplete input, history (file and
/// Get-History), Tab completion from the session, Ctrl-C to cancel. Otherwise plain lines with no
/// prompt and no escape codes, so `echo ... | licenselab` and heredocs behave like scripts.
struct InteractiveLoop {
    let session: Session
    let host: StandardHost
    /// The tenant the prompt names (the M365 module's tenant when it is installed), read at each
    /// prompt so that New-LabTenant and Import-LabTenant show in it.
    let tenantName: () -> String

    func run() -> Int32 {
        guard host.isInteractive else { return runPlain() }
        let environment = ProcessInfo.processInfo.environment
        let historyPath = environment["LICENSELAB_HISTORY"].map { $0.isEmpty ? nil : $0 } ?? HistoryFile.defaultPath()
        let historyFile = HistoryFile(path: historyPath)
        historyFile.load()
        let session = self.session
        // secrets stay out of the file, decided on the parsed line with the session's commands
        historyFile.isSensitive = { SensitiveHistory.isSensitive($0, session: session) }
        guard let editor = LineEditor(program: "licenselab", history: historyFile, completer: { line, cursor in
            let result = CompletionEngine(session: session).complete(line: line, cursor: cursor)
            return CompletionReply(replacementStart: result.replacementStart, candidates: result.completionTexts,
                                   listItems: result.matches.map(\.listItemText))
        }) else { return runPlain() }
        return runEditor(editor)
    }

    private func runEditor(_ editor: LineEditor) -> Int32 {
        let stop = session.stopRequest
        let interrupts = InterruptWatcher.start { stop.request() }
        let sessionHistory = SessionHistory.of(session)
        host.write(InteractiveLoop.banner(tenant: tenantName()), to: .output)
        host.flush()
        var pending = ""
        while true {
            // a `prompt` function the user defined wins, as in pwsh
            let prompt = pending.isEmpty ? (session.promptText() ?? "PS \(tenantName())> ") : ">> "
            switch editor.readLine(prompt: prompt) {
            case .endOfFile:
                // Ctrl-D inside an unfinished command drops it; on an empty prompt it leaves.
                if pending.isEmpty { return 0 }
                pending = ""
                continue
            case .interrupted:
                pending = ""
                continue
            case .line(let line):
                pending = pending.isEmpty ? line : pending + "\n" + line
            }
            if pending.allSatisfy(\.isWhitespace) { pending = ""; continue }
            stop.reset()
            let start = Date()
            let errorsBefore = session.errorList.items.count
            let interruptsBefore = interrupts?.interruptCount ?? 0
            let result = session.runInteractive(line: pending)
            host.flush()
            if result == .incomplete { continue }
            let entry = pending
            pending = ""
            editor.addHistory(entry)
            let stopped = (interrupts?.interruptCount ?? 0) != interruptsBefore
            // after ^C the terminal is left at the end of the echoed "^C"
            if stopped && !host.endedInterruptedLine { host.write("\n", to: .output); host.flush() }
            host.endedInterruptedLine = false
            let status = stopped ? "Stopped" : session.errorList.items.count > errorsBefore ? "Failed" : "Completed"
            stop.reset()
            sessionHistory.record(entry, status: status, start: start, end: Date())
            if case .exit(let code) = result { return code }
        }
    }

    /// Lines from a pipe or file: no prompt, no editing; a trailing incomplete entry still runs
    /// (so its parse error is reported).
    private func runPlain() -> Int32 {
        var pending = ""
        while true {
            guard let line = host.readLine(prompt: nil) else {
                if !pending.isEmpty, case .exit(let code) = session.runInteractive(line: pending) { return code }
                return 0
            }
            pending = pending.isEmpty ? line : pending + "\n" + line
            switch session.runInteractive(line: pending) {
            case .incomplete:
                continue
            case .exit(let code):
                return code
            case .completed:
                pending = ""
            }
            host.flush()
        }
    }

    static func banner(tenant: String) -> String {
        "LicenseLab, simulated tenant '\(tenant)'. Learn: Get-Help about_LicenseLab. Leave: exit or Ctrl-D.\n"
    }
}
