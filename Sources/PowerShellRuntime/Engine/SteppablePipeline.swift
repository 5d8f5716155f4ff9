import Foundation
import PowerShellSyntax

/// `$sb.GetSteppablePipeline()`: a script block holding one pipeline, driven a step at a time —
/// `Begin($expectInput)`, `Process($item)` for each input, `End()` — as proxy functions drive the
/// command they wrap. Process and End return what the pipeline wrote. After End, or when a step
/// throws, the pipeline's clean blocks run, once; `Clean()` and `Dispose()` run them when
/// nothing has.
final class SteppablePipelineObject: NativeObject {
    private unowned let session: Session
    private let pipeline: PipelineAst
    private var stages: [PipelineStage] = []
    private var output: [Value] = []
    private var expectingInput = false
    private var cleaned = false
    private var stopped = false
    /// How many stages have begun: a step runs only stages that have (Process before Begin, or
    /// after a Begin that failed part way, runs nothing rather than a command that never started).
    private var begunStages = 0

    /// The script block's one pipeline; nil (with pwsh's error) when it holds anything else.
    static func make(_ sb: ScriptBlock, session: Session) throws -> SteppablePipelineObject {
        let ast = sb.ast
        let statements = (ast.beginBlock?.statements ?? []) + (ast.processBlock?.statements ?? []) + (ast.endBlock?.statements ?? [])
        guard statements.count == 1, case .pipeline(let p) = statements[0], p.pureExpression == nil else {
            throw BuiltinMethods.methodError("GetSteppablePipeline", 0, "Can only convert a script block that contains exactly one pipeline or command. Expressions or control structures are not permitted. Verify that the script block contains exactly one pipeline or command.", "System.Management.Automation.ScriptBlockToPowerShellNotSupportedException")
        }
        return SteppablePipelineObject(session: session, pipeline: p)
    }

    private init(session: Session, pipeline: PipelineAst) {
        self.session = session
        self.pipeline = pipeline
    }

    var typeName: String { "System.Management.Automation.SteppablePipeline" }
    var propertyNames: [String] { [] }
    func getProperty(_ name: NameKey, session: Session) -> Value? { nil }
    func toString() -> String { typeName }

    func invokeMethod(_ name: NameKey, _ args: [Value], session: Session) throws -> Value? {
        switch name.folded {
        case "begin":
            // Begin($true) / Begin($PSCmdlet): input follows; Begin($false): none
            var expects = true
            if let a = args.first, case .bool(let b) = ObjectAccess.base(a) { expects = b }
            try step { try self.begin(expectingInput: expects) }
            return .automationNull
        case "process":
            try step {
                if !self.stopped, self.begunStages > 0, let first = self.stages.first {
                    try first.process(self.expectingInput ? (args.first ?? .null) : nil)
                }
            }
            return drain()
        case "end":
            try step {
                for s in self.stages.prefix(self.begunStages) where !self.stopped { try s.end() }
            }
            runClean()
            return drain()
        case "clean", "dispose":
            runClean()
            return .automationNull
        default: return nil
        }
    }

    private func begin(expectingInput: Bool) throws {
        self.expectingInput = expectingInput
        stages = []
        begunStages = 0
        for (i, element) in pipeline.pipelineElements.enumerated() {
            if i == 0, case .command(let c) = element {
                stages.append(try session.commandStage(c, expectingInput: expectingInput))
            } else {
                stages.append(try session.makeStage(element, position: i, count: pipeline.pipelineElements.count))
            }
        }
        // what a stage writes before the next one has begun waits for it (as in a pipeline run)
        var begun = 0
        var queued = [[Value]](repeating: [], count: stages.count)
        for i in stages.indices {
            if i + 1 < stages.count {
                let next = stages[i + 1], index = i + 1
                stages[i].downstream = { v in
                    if index >= begun { queued[index].append(v) } else { try next.process(v) }
                }
            } else {
                stages[i].downstream = { [unowned self] v in self.output.append(v) }
            }
        }
        for (k, s) in stages.enumerated() {
            try s.begin()
            begun = k + 1
            begunStages = begun
            while !queued[k].isEmpty { try s.process(queued[k].removeFirst()) }
        }
    }

    /// Runs a step; a downstream stop ends the input quietly, any other error runs the clean
    /// blocks and goes on to the caller.
    private func step(_ body: () throws -> Void) throws {
        do {
            try body()
        } catch is StopUpstreamSignal {
            stopped = true
        } catch {
            runClean()
            throw error
        }
    }

    private func runClean() {
        guard !cleaned else { return }
        cleaned = true
        for s in stages { s.clean() }
    }

    private func drain() -> Value {
        let out = output
        output = []
        return .array(PSArray(out))
    }
}
