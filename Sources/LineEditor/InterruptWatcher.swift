@preconcurrency import CLibEdit
import Foundation

/// Ctrl-C. Installs a SIGINT handler that writes to a pipe, and a thread that counts each byte it
/// reads and calls `onInterrupt`: that runs while a command executes (the shell sets its stop flag
/// and the running pipeline stops at its next check) as well as while a line is read (then
/// `el_gets` also returns with EINTR and `LineEditor.readLine` reports `.interrupted`).
public final class InterruptWatcher: @unchecked Sendable {
    private let lock = NSLock()
    private var count = 0

    /// How many Ctrl-C have arrived since the start.
    public var interruptCount: Int {
        lock.lock()
        defer { lock.unlock() }
        return count
    }

    private init() {}

    /// Nil when the pipe or the handler could not be set up (Ctrl-C then ends the process).
    public static func start(onInterrupt: @escaping @Sendable () -> Void) -> InterruptWatcher? {
        var fds: [Int32] = [-1, -1]
        guard pipe(&fds) == 0 else { return nil }
        let readEnd = fds[0]
        let writeEnd = fds[1]
        _ = fcntl(writeEnd, F_SETFL, fcntl(writeEnd, F_GETFL) | O_NONBLOCK)
        let watcher = InterruptWatcher()
        let thread = Thread {
            // SIGINT must reach the main thread, whose blocking read it interrupts.
            _ = cle_block_sigint_in_this_thread()
            var byte: UInt8 = 0
            while true {
                let n = read(readEnd, &byte, 1)
                if n == 1 {
                    watcher.lock.lock()
                    watcher.count += 1
                    watcher.lock.unlock()
                    onInterrupt()
                    continue
                }
                if n < 0, errno == EINTR { continue }
                return
            }
        }
        thread.name = "licenselab-sigint"
        thread.start()
        return cle_install_sigint(writeEnd) == 0 ? watcher : nil
    }
}
