import Foundation

/// Freeing a value nested tens of thousands deep (`$x = @(,$x)` in a loop, hashtables or
/// objects holding each other) would free each level inside the previous level's deinit, one
/// stack frame per level, and overflow the stack. Containers hand their elements to a queue of
/// this thread instead; the outermost release empties it in a loop, so freeing takes constant
/// stack at any depth.
///
/// Large containers (a script's 100,000 objects going out of scope at its end) are freed on a
/// background thread instead, so the script goes on while a second core does the freeing. A
/// value freed there is one nothing else holds any more; what it shares with the rest of the
/// session (strings, other objects) only has its reference count lowered, which Swift does
/// atomically.
enum DeferredRelease {
    final class Queue {
        var draining = false
        var pending: [Value] = []
        /// The background releaser's own queue: it never hands work to itself.
        var isBackground = false
    }

    /// Containers with at least this many elements are freed in the background.
    static let backgroundThreshold = 8192

    private static let key: pthread_key_t = {
        var k = pthread_key_t()
        pthread_key_create(&k) { pointer in
            if let pointer { Unmanaged<Queue>.fromOpaque(pointer).release() }
        }
        return k
    }()

    private static var queue: Queue {
        if let p = pthread_getspecific(key) { return Unmanaged<Queue>.fromOpaque(p).takeUnretainedValue() }
        let q = Queue()
        pthread_setspecific(key, Unmanaged.passRetained(q).toOpaque())
        return q
    }

    /// Makes this thread's releases stay on it (the background releaser's thread).
    static func markBackground() { queue.isBackground = true }

    /// Whether freeing `v` can free more containers.
    @inline(__always) static func mayNest(_ v: Value) -> Bool {
        switch v {
        case .array, .hashtable, .object, .native: return true
        default: return false
        }
    }

    /// Releases `values` (emptied): at once when none can nest; otherwise through the queue.
    static func release(_ values: inout [Value]) {
        guard values.contains(where: mayNest) else { return }
        let q = queue
        if values.count >= backgroundThreshold && !q.isBackground {
            BackgroundReleaser.shared.take(values)
            values = []
            return
        }
        if q.draining {
            q.pending.append(contentsOf: values)
            values = []
            return
        }
        q.draining = true
        var batch = values
        values = []
        batch.removeAll()
        while !q.pending.isEmpty {
            var next = q.pending
            q.pending = []
            next.removeAll()
        }
        q.draining = false
    }
}

/// The thread that frees large containers (DeferredRelease): batches wait in a list under a
/// condition; the thread starts with the first one.
private final class BackgroundReleaser: @unchecked Sendable {
    static let shared = BackgroundReleaser()

    private let condition = NSCondition()
    private var batches: [[Value]] = []
    private var started = false

    func take(_ values: [Value]) {
        condition.lock()
        batches.append(values)
        if !started {
            started = true
            let thread = Thread { [self] in run() }
            thread.name = "licenselab-release"
            thread.stackSize = 1 << 20
            thread.start()
        }
        condition.signal()
        condition.unlock()
    }

    private func run() {
        // signals (Ctrl-C, a terminal resize) are for the main thread, whose reads they interrupt
        var signals = sigset_t()
        sigfillset(&signals)
        pthread_sigmask(SIG_BLOCK, &signals, nil)
        DeferredRelease.markBackground()
        while true {
            condition.lock()
            while batches.isEmpty { condition.wait() }
            var work = batches
            batches = []
            condition.unlock()
            for i in work.indices { DeferredRelease.release(&work[i]) }
            work.removeAll()
        }
    }
}
