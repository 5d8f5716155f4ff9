/// ForEach-Object: runs script blocks for each input object (`-Begin`/`-Process`/`-End`, or
/// several positional blocks), or reads a property / calls a method by name
/// (`ForEach-Object Name`, `ForEach-Object ToUpper`, `-ArgumentList`).
///
/// Positional blocks follow PowerShell's rule: with two blocks the first is Begin; with three or
/// more the first is Begin, the last is End and every block in between runs per object.
final class ForEachObjectCommand: Cmdlet {
    static let metadata = CommandMetadata(
        name: "ForEach-Object",
        parameters: [
            ParameterMetadata(name: "InputObject", type: "psobject", valueFromPipeline: true),
            ParameterMetadata(name: "Begin", type: "scriptblock", parameterSets: ["ScriptBlockSet"]),
            ParameterMetadata(name: "Process", type: "object[]", position: 0, mandatory: true, parameterSets: ["ScriptBlockSet"]),
            ParameterMetadata(name: "End", type: "scriptblock", parameterSets: ["ScriptBlockSet"]),
            ParameterMetadata(name: "RemainingScripts", type: "object[]", valueFromRemainingArguments: true, parameterSets: ["ScriptBlockSet"]),
            ParameterMetadata(name: "MemberName", type: "string", position: 0, mandatory: true, parameterSets: ["PropertyAndMethodSet"]),
            ParameterMetadata(name: "ArgumentList", type: "object[]", aliases: ["Args"], valueFromRemainingArguments: true, parameterSets: ["PropertyAndMethodSet"]),
            ParameterMetadata(name: "Parallel", type: "scriptblock", mandatory: true, parameterSets: ["ParallelParameterSet"]),
            ParameterMetadata(name: "ThrottleLimit", type: "int", parameterSets: ["ParallelParameterSet"], validateRange: 1...Double(Int32.max)),
            ParameterMetadata(name: "TimeoutSeconds", type: "int", parameterSets: ["ParallelParameterSet"], validateRange: 0...Double(Int32.max)),
            ParameterMetadata(name: "AsJob", type: "switch", parameterSets: ["ParallelParameterSet"]),
            ParameterMetadata(name: "UseNewRunspace", type: "switch", parameterSets: ["ParallelParameterSet"]),
        ],
        defaultParameterSet: "ScriptBlockSet",
        outputTypes: ["System.Object"],
        moduleName: "Microsoft.PowerShell.Core",
        synopsis: "Performs an operation against each item in a collection of input objects.",
        examples: [
            CommandExample(code: "1..3 | ForEach-Object { $_ * 2 }", remarks: "A process block.", expectedOutput: "2\n4\n6"),
            CommandExample(code: "1..2 | ForEach-Object { 'begin' } { \"item $_\" } { 'end' }", remarks: "Begin, process and end given by position.", expectedOutput: "begin\nitem 1\nitem 2\nend"),
            CommandExample(code: "'a','b' | ForEach-Object ToUpper", remarks: "A method called by name.", expectedOutput: "A\nB"),
        ])

    init() {}

    private var beginBlock: ScriptBlock?
    private var processBlocks: [ScriptBlock] = []
    private var endBlock: ScriptBlock?
    private var memberName: String?
    private var memberArguments: [Value] = []

    /// -Parallel: the block runs once per object, one after another (output in input order),
    /// each time in a scope of its own under the global scope, as a separate runspace would:
    /// the caller's variables are reached only through `$using:`.
    private var parallelBlock: ScriptBlock?

    func begin(_ context: CommandContext) throws {
        if case .scriptBlock(let sb)? = context.value("Parallel") {
            if context.switchPresent("AsJob") {
                throw context.terminatingError("ForEach-Object -Parallel -AsJob needs background jobs, which LicenseLab does not have; leave out -AsJob.",
                                               errorId: "JobsNotSupported", category: .NotImplemented, exceptionType: "System.Management.Automation.PSNotSupportedException")
            }
            parallelBlock = ScriptBlock(ast: sb.ast)   // no closure: its scope's parent is the global scope
            return
        }
        if let name = context.string("MemberName") {
            memberName = name
            memberArguments = context.has("ArgumentList") ? context.values("ArgumentList") : []
            return
        }
        // The binder cannot tell `ForEach-Object Name` from `ForEach-Object { ... }` by type, so
        // -Process takes any value: a leading non-script-block argument is a member name.
        let positional = context.values("Process") + context.values("RemainingScripts")
        if let first = positional.first, !isScriptBlock(first), !first.isNull {
            memberName = LanguagePrimitives.toString(first)
            memberArguments = Array(positional.dropFirst()) + context.values("ArgumentList")
            return
        }
        var scripts: [ScriptBlock] = []
        for v in positional {
            switch v {
            case .scriptBlock(let sb): scripts.append(sb)
            case .null, .automationNull: continue
            default:
                throw context.terminatingError("Cannot process argument transformation on parameter 'Process'. Cannot convert the \"\(LanguagePrimitives.toString(v))\" value of type \"\(v.typeName)\" to type \"System.Management.Automation.ScriptBlock\".",
                                               errorId: "ParameterArgumentTransformationError", category: .InvalidData,
                                               exceptionType: "System.Management.Automation.ParameterBindingException")
            }
        }
        if case .scriptBlock(let sb)? = context.value("Begin") { beginBlock = sb }
        if case .scriptBlock(let sb)? = context.value("End") { endBlock = sb }
        if beginBlock == nil && scripts.count >= 2 {
            beginBlock = scripts.removeFirst()
            if endBlock == nil && scripts.count >= 2 { endBlock = scripts.removeLast() }
        }
        processBlocks = scripts
        if let b = beginBlock { try run(b, input: nil, context) }
    }

    private func isScriptBlock(_ v: Value?) -> Bool {
        if case .scriptBlock? = v { return true }
        return false
    }

    func process(_ context: CommandContext) throws {
        let input = context.inputObject ?? context.value("InputObject")
        if let parallelBlock {
            guard let input else { return }
            try context.session.invokeIsolated(parallelBlock, dollarUnder: input) { try context.writeObject($0) }
            return
        }
        if let memberName {
            guard let input else { return }
            try invokeMember(memberName, on: input, context)
            return
        }
        if input == nil && context.expectingInput { return }
        for block in processBlocks {
            try run(block, input: input, context)
        }
    }

    func end(_ context: CommandContext) throws {
        if let e = endBlock { try run(e, input: nil, context) }
    }

    private func run(_ sb: ScriptBlock, input: Value?, _ context: CommandContext) throws {
        try ScriptInvocation.streamInCurrentScope(sb, dollarUnder: input, context: context) { v in
            try context.writeObject(v)
        }
    }

    private func invokeMember(_ name: String, on input: Value, _ context: CommandContext) throws {
        if memberArguments.isEmpty {
            var found = ObjectAccess.property(input, name, context: context)
            if found == nil, case .hashtable(let h) = input { found = h[.string(name)] }
            if let v = found {
                try context.writeObject(v, enumerateCollection: true)
                return
            }
        }
        if input.isNull { return }
        do {
            let result = try context.session.invokeMethod(input, name, memberArguments)
            if case .automationNull = result { return }
            try context.writeObject(result, enumerateCollection: true)
        } catch let e as RuntimeError where e.record.fullyQualifiedErrorId == "MethodNotFound" {
            // Neither a property nor a method: PowerShell writes nothing outside strict mode.
            return
        }
    }
}
