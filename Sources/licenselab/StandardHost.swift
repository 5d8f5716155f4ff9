@preconcurrency import Foundation
import PowerShellRuntime

/// The process's own terminal or pipes: stdout for output, stderr for errors, stdin for Read-Host.
final class StandardHost: HostIO {
    let isInteractive: Bool
    let useColor: Bool
    private var outBuffer: [UInt8] = []

    init() {
        let stdoutIsTerminal = isatty(STDOUT_FILENO) != 0
        isInteractive = isatty(STDIN_FILENO) != 0 && stdoutIsTerminal
        let env = ProcessInfo.processInfo.environment
        let noColor = env["NO_COLOR"].map { !$0.isEmpty } ?? false
        useColor = stdoutIsTerminal && !noColor && env["TERM"] != "dumb"
        outBuffer.reserveCapacity(1 << 16)
    }

    var windowWidth: Int {
        var size = winsize()
        if isatty(STDOUT_FILENO) != 0, ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 {
            return Int(size.ws_col)
        }
        return 120
    }

    var windowHeight: Int {
        var size = winsize()
        if isatty(STDOUT_FILENO) != 0, ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_row > 0 {
            return Int(size.ws_row)
        }
        return Int.max
    }

    func write(_ text: String, to stream: HostStream) {
        switch stream {
        case .output:
            outBuffer.append(contentsOf: text.utf8)
            if outBuffer.count >= 1 << 16 || isInteractive { flush() }
        case .error:
            flush()
            writeAll(fd: STDERR_FILENO, Array(text.utf8))
        }
    }

    func readLine(prompt: String?) -> String? {
        if let prompt {
            write(prompt, to: .output)
        }
        flush()
        return Swift.readLine(strippingNewline: true)
    }

    /// Leaves the process at once after the interactive shell: output is flushed and every tenant
    /// change is already committed, so nothing is left for exit-time teardown, which could race
    /// with the line editor's signal-watching thread.
    static func exitNow(_ code: Int32) -> Never {
        fflush(nil)
        _exit(code)
    }

    func flush() {
        guard !outBuffer.isEmpty else { return }
        writeAll(fd: STDOUT_FILENO, outBuffer)
        outBuffer.removeAll(keepingCapacity: true)
    }

    private func writeAll(fd: Int32, _ bytes: [UInt8]) {
        bytes.withUnsafeBytes { raw in
            var offset = 0
            while offset < raw.count {
                let n = Glibc.write(fd, raw.baseAddress! + offset, raw.count - offset)
                if n <= 0 { if errno == EINTR { continue }; return }
                offset += n
            }
        }
    }
}
