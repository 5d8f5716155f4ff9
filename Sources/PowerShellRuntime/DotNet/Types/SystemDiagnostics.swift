import Foundation

/// System.Diagnostics.Stopwatch: the timer scripts use to measure themselves
/// (`$sw = [Diagnostics.Stopwatch]::StartNew(); ...; $sw.Elapsed`). It reads the monotonic
/// clock in nanoseconds, so `Frequency` is 1,000,000,000 and a tick of `ElapsedTicks` is a
/// nanosecond, as .NET's Stopwatch on Linux; `Elapsed` is a TimeSpan (100 ns ticks).
enum SystemDiagnostics {
    static let stopwatch = TypeMembers(
        staticProperties: [
            "Frequency": { _ in .long(StopwatchObject.frequency) },
            "IsHighResolution": { _ in .bool(true) },
        ],
        staticMethods: [
            "StartNew": { call in
                guard call.args.isEmpty else { return nil }
                let sw = StopwatchObject()
                sw.start()
                return .native(sw)
            },
            "GetTimestamp": { call in call.args.isEmpty ? .long(StopwatchObject.now()) : nil },
            // .NET 7: the time between two timestamps, or from one until now
            "GetElapsedTime": { call in
                guard (1...2).contains(call.args.count) else { return nil }
                let start = try LanguagePrimitives.toLong(call.arg(0))
                let end = call.args.count == 2 ? try LanguagePrimitives.toLong(call.arg(1)) : StopwatchObject.now()
                return .timeSpan(DotNetTimeSpan(ticks: (end &- start) / 100))
            },
        ],
        instanceMethods: [
            "Start": onStopwatch { $0.start() },
            "Stop": onStopwatch { $0.stop() },
            "Reset": onStopwatch { $0.reset() },
            "Restart": onStopwatch { sw in
                sw.reset()
                sw.start()
            },
        ],
        constructor: { call in call.args.isEmpty ? .native(StopwatchObject()) : nil })

    private static func onStopwatch(_ body: @escaping @Sendable (StopwatchObject) -> Void) -> TypeMembers.Method {
        { call in
            guard call.args.isEmpty, case .native(let n) = call.target, let sw = n as? StopwatchObject else { return nil }
            body(sw)
            return .automationNull
        }
    }
}

/// A Stopwatch: time accumulated over its running intervals.
public final class StopwatchObject: NativeObject {
    static let frequency: Int64 = 1_000_000_000
    static func now() -> Int64 { Int64(bitPattern: DispatchTime.now().uptimeNanoseconds) }

    private var accumulated: Int64 = 0
    private var startedAt: Int64?

    public var typeName: String { "System.Diagnostics.Stopwatch" }
    public var propertyNames: [String] { ["IsRunning", "Elapsed", "ElapsedMilliseconds", "ElapsedTicks"] }
    public var instanceMembers: TypeMembers? { SystemDiagnostics.stopwatch }

    func start() { if startedAt == nil { startedAt = Self.now() } }
    func stop() {
        guard let s = startedAt else { return }
        accumulated += Self.now() - s
        startedAt = nil
    }
    func reset() {
        accumulated = 0
        startedAt = nil
    }

    /// Nanoseconds counted so far, the running interval included.
    var elapsedNanoseconds: Int64 { accumulated + (startedAt.map { Self.now() - $0 } ?? 0) }

    public func getProperty(_ name: NameKey, session: Session) -> Value? {
        switch name.folded {
        case "isrunning": return .bool(startedAt != nil)
        case "elapsed": return .timeSpan(DotNetTimeSpan(ticks: elapsedNanoseconds / 100))
        case "elapsedmilliseconds": return .long(elapsedNanoseconds / 1_000_000)
        case "elapsedticks": return .long(elapsedNanoseconds)
        default: return nil
        }
    }

    /// .NET's Stopwatch.ToString() is the type's name.
    public func toString() -> String { typeName }
}
