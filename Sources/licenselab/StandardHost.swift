@preconcurrency import Foundation
import PowerShellRuntime

/// The process's own terminal or pipes: stdout for output, stderr for errors, stdin for Read-Host.
final class StandardHost: HostIO {
    let isInteractive: Bool
    let useColor: Bool
    private var outBuffer: [UInt8] = []
    /// When the buffer was last written out: output waits at most 50 ms, so a script that is
    /// killed (a CI job's timeout, Ctrl-C) loses no more than that of what it printed.
    private var lastFlush = DispatchTime.now().uptimeNanoseconds

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
            if outBuffer.count >= 1 << 16 || isInteractive || DispatchTime.now().uptimeNanoseconds &- lastFlush > 50_000_000 { flush() }
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
        lastReadWasInterrupted = false
        return readInputLine()
    }

    /// A line read with the terminal's echo off (a password); the line break the user typed is
    /// not echoed either, so one is written.
    func readSecretLine(prompt: String?) -> String? {
        guard isatty(STDIN_FILENO) != 0 else { return readLine(prompt: prompt) }
        var saved = termios()
        guard tcgetattr(STDIN_FILENO, &saved) == 0 else { return readLine(prompt: prompt) }
        var quiet = saved
        quiet.c_lflag &= ~tcflag_t(ECHO)
        _ = tcsetattr(STDIN_FILENO, TCSANOW, &quiet)
        defer { _ = tcsetattr(STDIN_FILENO, TCSANOW, &saved) }
        let line = readLine(prompt: prompt)
        if line != nil { write("\n", to: .output); flush() }
        return line
    }

    private(set) var lastReadWasInterrupted = false
    /// A line break was written after a ^C at Read-Host; the shell's loop need not write another.
    var endedInterruptedLine = false
    /// Bytes read from standard input past the last line (only when it is not a terminal).
    private var inputBuffer: [UInt8] = []
    private var inputEnded = false

    /// One line of standard input, without its line break; nil at the end of input, or after
    /// Ctrl-C (`lastReadWasInterrupted`). Read with read(2), not stdio: a read interrupted by the
    /// SIGINT handler fails with EINTR, which leaves a stdio stream in its error state, and
    /// Swift's readLine then retried it forever. A terminal is read byte by byte, so that what is
    /// typed after the line stays for the line editor.
    private func readInputLine() -> String? {
        let chunk = isatty(STDIN_FILENO) != 0 ? 1 : 4096
        var scanned = 0
        while true {
            if let newline = inputBuffer[scanned...].firstIndex(of: 0x0A) {
                var line = Array(inputBuffer[..<newline])
                inputBuffer.removeSubrange(...newline)
                if line.last == 0x0D { line.removeLast() }
                return String(decoding: line, as: UTF8.self)
            }
            scanned = inputBuffer.count
            if inputEnded {
                guard !inputBuffer.isEmpty else { return nil }
                defer { inputBuffer.removeAll() }
                return String(decoding: inputBuffer, as: UTF8.self)
            }
            var bytes = [UInt8](repeating: 0, count: chunk)
            let n = bytes.withUnsafeMutableBytes { Glibc.read(STDIN_FILENO, $0.baseAddress, chunk) }
            if n > 0 {
                inputBuffer.append(contentsOf: bytes[..<n])
            } else if n == 0 {
                inputEnded = true
            } else if errno == EINTR {
                // Ctrl-C: the line typed so far is dropped, and the echoed ^C ends its line
                inputBuffer.removeAll()
                lastReadWasInterrupted = true
                if isInteractive { writeAll(fd: STDOUT_FILENO, [0x0A]); endedInterruptedLine = true }
                return nil
            } else {
                inputEnded = true
            }
        }
    }

    /// Leaves the process at once after the interactive shell: output is flushed and every tenant
    /// change is already committed, so nothing is left for exit-time teardown, which could race
    /// with the line editor's signal-watching thread.
    static func exitNow(_ code: Int32) -> Never {
        fflush(nil)
        _exit(code)
    }

    var nativeProgramsShareStandardError: Bool { true }

    func flush() {
        lastFlush = DispatchTime.now().uptimeNanoseconds
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
