import Foundation

/// Freeing a value nested tens of thousands deep (`$x = @(,$x)` in a loop, hashtables or
/// objects holding each other) would free each level inside the previous level's deinit, one
/// stack frame per level, and overflow the stack. Containers hand their elements to a queue of
/// this thread instead; the outermost release empties it in a loop, so freeing takes constant
/// stack at any depth.
enum DeferredRelease {
    final class Queue {
        var draining = false
        var pending: [Value] = []
    }

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
