import Foundation

/// Start-Sleep (`sleep`): waits -Seconds (fractions allowed) or -Milliseconds.
final class StartSleepCommand: Cmdlet {
    static let metadata = CommandMetadata(
        name: "Start-Sleep",
        parameters: [
            ParameterMetadata(name: "Seconds", type: "double", aliases: ["s"], position: 0, mandatory: true, valueFromPipeline: true, valueFromPipelineByPropertyName: true, parameterSets: ["Seconds"], validateRange: 0...Double(Int32.max / 1000)),
            ParameterMetadata(name: "Milliseconds", type: "int", aliases: ["ms"], mandatory: true, valueFromPipelineByPropertyName: true, parameterSets: ["Milliseconds"], validateRange: 0...Double(Int32.max)),
            ParameterMetadata(name: "Duration", type: "timespan", aliases: ["ts"], mandatory: true, valueFromPipelineByPropertyName: true, parameterSets: ["FromTimeSpan"]),
        ],
        defaultParameterSet: "Seconds",
        moduleName: "Microsoft.PowerShell.Utility",
        synopsis: "Suspends the activity in a script or session for the specified period of time.",
        examples: [
            CommandExample(code: "Start-Sleep -Milliseconds 200", remarks: "Waits a fifth of a second, for example between two retries. Ctrl-C ends the wait.", expectedOutput: ""),
            CommandExample(code: "(Measure-Command { Start-Sleep -Seconds 0.1 }).TotalMilliseconds -ge 100",
                           remarks: "-Seconds takes fractions too; `sleep` is an alias.",
                           expectedOutput: "True"),
        ])
    init() {}

    func process(_ context: CommandContext) throws {
        var seconds = 0.0
        if let ms = context.int("Milliseconds") { seconds = Double(ms) / 1000 }
        else if case .timeSpan(let t)? = context.value("Duration") { seconds = t.totalSeconds }
        else if let v = context.inputObject ?? context.value("Seconds") { seconds = (try? LanguagePrimitives.toDouble(v)) ?? 0 }
        try SleepClock.sleep(seconds: seconds, context)
    }
}

/// Sleeping in small slices so that Ctrl-C (the session's stop request) ends the wait.
enum SleepClock {
    static func sleep(seconds: Double, _ context: CommandContext) throws {
        guard seconds > 0 else { return }
        // what was printed before the wait is out before it (a log that is being watched)
        context.session.host.flush()
        let deadline = Date().addingTimeInterval(seconds)
        while true {
            let left = deadline.timeIntervalSinceNow
            if left <= 0 { return }
            try context.session.checkStop()
            Thread.sleep(forTimeInterval: min(left, 0.05))
        }
    }
}
