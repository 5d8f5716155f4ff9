import Foundation
import PowerShellSyntax

typealias Emit = (Value) throws -> Void

/// Control flow travels as Swift errors (PowerShell's break/continue are dynamically scoped).
struct BreakSignal: Error { let label: String? }
struct ContinueSignal: Error { let label: String? }
struct ReturnSignal: Error {}
struct ExitSignal: Error { let code: Int32 }

extension Session {

    // MARK: top level

    /// Runs a parsed script/REPL entry in a script scope; each top-level statement's output goes to Out-Default.
    func runTopLevel(_ ast: ScriptBlockAst, path: String?, arguments: [Value], isScript: Bool, interactive: Bool = false) -> Int32 {
        let scope: Scope
        let previousScope = currentScope
        let previousScript = scriptScope
        if isScript {
            scope = Scope(parent: globalScope, isScriptScope: true)
            scriptScope = scope
        } else {
            scope = globalScope
        }
        currentScope = scope
        defer {
            currentScope = previousScope
            scriptScope = previousScript
        }
        let absolute = path.map { resolvePath($0) }
        let root = absolute.map { ($0 as NSString).deletingLastPathComponent } ?? FileManager.default.currentDirectoryPath
        if isScript {
            setLocal("PSScriptRoot", .string(root))
            setLocal("PSCommandPath", .string(absolute ?? ""))
            let inv = InvocationInfoObject(info: InvocationInfo(myCommand: path.map { ($0 as NSString).lastPathComponent }, invocationName: path, scriptName: absolute ?? "", line: ""))
            if let absolute { inv.command = .script(path: absolute, scriptBlock: ScriptBlock(ast: ast)) }
            setLocal(key: .myInvocation, "MyInvocation", .native(inv))
        }
        // A strong capture: the closure lives only for this call, and unowned captures cost an
        // unowned retain/release each time the closure is passed down a statement.
        let emitTop: Emit = { v in
            do { try self.outDefault.write(v) } catch let e as OutOfSequenceRecord { throw e.error(nil, session: self) }
        }
        for u in ast.usingStatements where u.kind == .namespace && !usingNamespaces.contains(u.name) {
            usingNamespaces.append(u.name)
        }
        lastRunEnd = .completed
        // a script's own clean { } block: after the rest, however it ended (output dropped)
        defer {
            if let clean = ast.cleanBlock, ast.beginBlock != nil || ast.processBlock != nil || ast.endBlock != nil {
                do {
                    try executeStatementList(clean.statements, traps: clean.traps, emit: { _ in })
                } catch let e as RuntimeError {
                    recordError(e.record)
                    displayError(e.record)
                } catch {}
            }
        }
        do {
            try importUsingModules(ast.usingStatements, scriptFolder: root)
            if isScript || ast.paramBlock != nil {
                try bindScriptParameters(ast, arguments: arguments)
            }
            for block in [ast.beginBlock, ast.processBlock, ast.endBlock] {
                guard let block else { continue }
                try executeStatementList(block.statements, traps: block.traps, emit: emitTop, topLevel: true)
            }
            return 0
        } catch let e as ExitSignal {
            if interactive { pendingExit = e.code }
            lastRunEnd = .exit
            return e.code
        } catch let e as RuntimeError {
            if e.record.fullyQualifiedErrorId == "PipelineStopped" { lastRunEnd = .stopped; return 1 }
            lastRunEnd = .terminatingError
            recordError(e.record)
            displayError(e.record)
            return 1
        } catch is BreakSignal {
            return 0
        } catch is ContinueSignal {
            return 0
        } catch is ReturnSignal {
            return 0
        } catch {
            writeToHost("\(error)\n", to: .error)
            return 1
        }
    }

    func setLocal(_ name: String, _ value: Value) {
        currentScope.variables[NameKey(name)] = PSVariable(name: name, value: value)
    }

    func setLocal(key: NameKey, _ name: String, _ value: Value) {
        currentScope.variables[key] = PSVariable(name: name, value: value)
    }

    // MARK: statement lists

    /// Runs statements; a statement-terminating error is reported and the next statement runs,
    /// unless a trap handles it or an enclosing try (or trap) wants it.
    func executeStatementList(_ statements: [StatementAst], traps: [TrapStatementAst], emit: @escaping Emit, topLevel: Bool = false) throws {
        if !traps.isEmpty { trapDepth += 1 }
        defer { if !traps.isEmpty { trapDepth -= 1 } }
        for st in statements {
            if case .trap = st { continue }
            if topLevel { for hook in beforeTopLevelStatement { hook() } }
            do {
                try checkStop()
                try executeStatement(st, emit: emit)
            } catch let e as RuntimeError {
                if let trap = matchingTrap(traps, e) {
                    recordError(e.record)
                    let action = try runTrap(trap, e, emit: emit)
                    switch action {
                    case .continueScript: break
                    case .breakScript: throw e
                    case .showAndContinue: displayError(e.record)
                    }
                } else if e.isScriptTerminating || tryDepth > 0 || trapDepth > (traps.isEmpty ? 0 : 1)
                            || preference("ErrorActionPreference", default: .Continue) == .Stop {
                    throw e
                } else {
                    recordError(e.record)
                    lastSuccess = false
                    for c in errorCollectors { c.errorVariable.append(.native(e.record)) }
                    // to the error stream as it stands here: redirected (`& { 1/0 } 2>&1`), a
                    // runspace's Streams.Error, or the console
                    if let sinks = sinkStack.last { sinks.error(e.record) } else { displayError(e.record) }
                }
            }
            if topLevel {
                for hook in afterTopLevelStatement { hook() }
                try raiseDeferredFailure()
            }
        }
    }

    enum TrapAction { case continueScript, breakScript, showAndContinue }

    func matchingTrap(_ traps: [TrapStatementAst], _ e: RuntimeError) -> TrapStatementAst? {
        var best: (TrapStatementAst, Int)?
        var catchAll: TrapStatementAst?
        for t in traps {
            guard let tc = t.trapType else { if catchAll == nil { catchAll = t }; continue }
            if let rank = exceptionMatchRank(e, typeName: tc.typeName.fullName), best == nil || rank < best!.1 { best = (t, rank) }
        }
        return best?.0 ?? catchAll
    }

    func runTrap(_ trap: TrapStatementAst, _ e: RuntimeError, emit: @escaping Emit) throws -> TrapAction {
        let saved = currentScope.variables[NameKey.dollarUnder]
        setLocal(key: .dollarUnder, "_", .native(e.record))
        defer { currentScope.variables[NameKey.dollarUnder] = saved }
        do {
            try executeStatementList(trap.body.statements, traps: [], emit: emit)
        } catch is ContinueSignal {
            return .continueScript
        } catch is BreakSignal {
            return .breakScript
        }
        return .showAndContinue
    }

    /// Rank of a typed catch/trap for this error (0 = most derived), nil when it does not match.
    func exceptionMatchRank(_ e: RuntimeError, typeName: String) -> Int? {
        let resolvedName = types.resolve(typeName)?.fullName ?? typeName
        let key = NameKey(resolvedName)
        if let i = e.record.exception.typeNames.firstIndex(where: { NameKey($0) == key }) { return i }
        // A RuntimeException wrapping a .NET exception also matches the inner exception's types.
        if let inner = e.record.exception.innerException, let i = inner.typeNames.firstIndex(where: { NameKey($0) == key }) { return 50 + i }
        if e.record.raisedByStopPreference {
            let chain = ExceptionTypes.chain(for: "System.Management.Automation.ActionPreferenceStopException", registry: types)
            if let i = chain.firstIndex(where: { NameKey($0) == key }) { return 100 + i }
        }
        return nil
    }

    // MARK: statements

    func executeStatement(_ st: StatementAst, emit: @escaping Emit) throws {
        if let profiler {
            let extent = st.extent
            let token = profiler.begin(extent)
            defer { profiler.end(token, source: extent.source) }
            try executeStatementTimed(st, emit: emit)
        } else {
            try executeStatementTimed(st, emit: emit)
        }
    }

    private func executeStatementTimed(_ st: StatementAst, emit: @escaping Emit) throws {
        do {
            try executeStatementCore(st, emit: emit)
        } catch let e as RuntimeError {
            if e.record.invocationInfo == nil { e.record.invocationInfo = invocationInfo(for: st.extent, command: nil) }
            throw e
        }
    }

    func executeStatementCore(_ st: StatementAst, emit: @escaping Emit) throws {
        switch st {
        case .pipeline(let p): try executePipeline(p, emit: emit)
        case .assignment(let a): try executeAssignment(a)
        case .pipelineChain(let c): try executeChain(c, emit: emit)
        case .if(let s):
            for clause in s.clauses {
                if LanguagePrimitives.isTrue(try evaluateStatementValue(clause.condition)) {
                    try executeBlock(clause.body, emit: emit)
                    return
                }
            }
            if let e = s.elseClause { try executeBlock(e, emit: emit) }
        case .switch(let s): try executeSwitch(s, emit: emit)
        case .forEach(let s): try executeForEach(s, emit: emit)
        case .for(let s):
            if let i = s.initializer { try executeStatement(i, emit: { _ in }) }
            while true {
                if let c = s.condition, !LanguagePrimitives.isTrue(try evaluateStatementValue(c)) { break }
                if try runLoopBody(s.body, label: s.label, emit: emit) { break }
                if let it = s.iterator { try executeStatement(it, emit: { _ in }) }
            }
        case .while(let s):
            while LanguagePrimitives.isTrue(try evaluateStatementValue(s.condition)) {
                if try runLoopBody(s.body, label: s.label, emit: emit) { break }
            }
        case .doWhile(let s):
            repeat {
                if try runLoopBody(s.body, label: s.label, emit: emit) { break }
            } while LanguagePrimitives.isTrue(try evaluateStatementValue(s.condition))
        case .doUntil(let s):
            repeat {
                if try runLoopBody(s.body, label: s.label, emit: emit) { break }
            } while !LanguagePrimitives.isTrue(try evaluateStatementValue(s.condition))
        case .try(let t): try executeTry(t, emit: emit)
        case .trap: break
        case .throw(let t): try executeThrow(t)
        case .return(let r):
            if currentScope.isMethodScope {
                // a class method's value is what `return` gives; its other output is dropped
                currentScope.methodResult = try r.pipeline.map { try evaluateStatementValue($0) } ?? .null
                throw ReturnSignal()
            }
            if let p = r.pipeline { try executeStatement(p, emit: emit) }
            throw ReturnSignal()
        case .exit(let x):
            var code: Int32 = 0
            if let p = x.pipeline {
                let v = try evaluateStatementValue(p)
                code = Int32(truncatingIfNeeded: (try? LanguagePrimitives.toInt(v)) ?? 0)
            }
            setGlobalVariable("LASTEXITCODE", .int(Int(code)))
            throw ExitSignal(code: code)
        case .break(let b): throw BreakSignal(label: try b.label.map { LanguagePrimitives.toString(try evaluate($0)) })
        case .continue(let c): throw ContinueSignal(label: try c.label.map { LanguagePrimitives.toString(try evaluate($0)) })
        case .functionDefinition(let f): defineFunction(f)
        case .data(let d):
            var out: [Value] = []
            try executeBlock(d.body, emit: { out.append($0) })
            if let name = d.variable { try assignVariable(VariablePath(parsing: name), Session.collapse(out)) } else { for v in out { try emit(v) } }
        case .typeDefinition(let t): if t.isEnum { try defineEnum(t) } else { try defineClass(t) }
        case .using(let u):
            if u.kind == .namespace && !usingNamespaces.contains(u.name) { usingNamespaces.append(u.name) }
        case .error(let e):
            throw RuntimeError(message: "The statement could not be parsed.", errorId: "ParseError", category: .ParserError, exceptionType: "System.Management.Automation.ParseException", targetObject: .string(e.extent.text))
        }
    }

    /// Runs a `{ }` block (no new scope: PowerShell blocks share the enclosing scope).
    func executeBlock(_ block: StatementBlockAst, emit: @escaping Emit) throws {
        try executeStatementList(block.statements, traps: block.traps, emit: emit)
    }

    /// Runs a loop body; returns true when the loop must stop (break for this loop).
    func runLoopBody(_ body: StatementBlockAst, label: String?, emit: @escaping Emit) throws -> Bool {
        try checkStop()
        do {
            try executeBlock(body, emit: emit)
        } catch let b as BreakSignal {
            if b.label == nil || (label.map { NameKey($0) == NameKey(b.label!) } ?? false) { return true }
            throw b
        } catch let c as ContinueSignal {
            if c.label == nil || (label.map { NameKey($0) == NameKey(c.label!) } ?? false) { return false }
            throw c
        }
        return false
    }

    /// The value of a statement used as an expression (`if (...)`, `$x = ...`, `(...)`).
    func evaluateStatementValue(_ st: StatementAst) throws -> Value {
        if let e = st.pureExpression { return try evaluate(e) }
        var out: [Value] = []
        try executeStatement(st, emit: { out.append($0) })
        return Session.collapse(out)
    }

    /// Items a statement produces (for foreach/switch input): pure expressions are enumerated.
    func statementItems(_ st: StatementAst) throws -> [Value] {
        if let e = st.pureExpression {
            let v = try evaluate(e)
            if v.isNull { return v == .automationNull ? [] : [] }
            return v.enumerated() ?? [v]
        }
        var out: [Value] = []
        try executeStatement(st, emit: { out.append($0) })
        return out
    }

    /// What a foreach walks. An integer range (`1..$n`) is walked without building the array.
    func loopEnumerator(_ condition: StatementAst) throws -> LoopEnumerator {
        if let e = condition.pureExpression, case .binary(let b) = e, b.operator == .range {
            let left = try evaluate(b.left), right = try evaluate(b.right)
            // Int32 bounds only: a wider bound fails as the range operator fails
            if let x = left.plainInteger, let y = right.plainInteger, Value.inInt32(Int64(x)), Value.inInt32(Int64(y)) {
                // walked lazily, so no size limit applies (the array form has one)
                return LoopEnumerator(from: x, to: y)
            }
            return LoopEnumerator(try Operators.range(left, right))
        }
        return LoopEnumerator(try statementItems(condition))
    }

    func executeForEach(_ s: ForEachStatementAst, emit: @escaping Emit) throws {
        // $foreach: the loop's enumerator while the loop runs (the enclosing loop's again after it)
        let enumerator = try loopEnumerator(s.condition)
        let saved = currentScope.variables[NameKey.foreachEnumerator]
        setLocal(key: .foreachEnumerator, "foreach", .native(enumerator))
        defer { currentScope.variables[NameKey.foreachEnumerator] = saved }
        while enumerator.moveNext() {
            try assignVariable(s.variable, enumerator.current)
            if try runLoopBody(s.body, label: s.label, emit: emit) { break }
        }
    }

    func executeChain(_ c: PipelineChainAst, emit: @escaping Emit) throws {
        try executeStatement(c.lhs, emit: emit)
        let ok = lastSuccess
        if (c.operator == .and && ok) || (c.operator == .or && !ok) {
            try executePipeline(c.rhs, emit: emit)
        }
    }

    // MARK: try / throw

    func executeTry(_ t: TryStatementAst, emit: @escaping Emit) throws {
        var pending: Error?
        tryDepth += 1
        do {
            try executeBlock(t.body, emit: emit)
            tryDepth -= 1
        } catch let e as RuntimeError {
            tryDepth -= 1
            if let clause = bestCatch(t.catchClauses, e) {
                recordError(e.record)
                let saved = currentScope.variables[NameKey.dollarUnder]
                setLocal(key: .dollarUnder, "_", .native(e.record))
                setLocal(key: .psItem, "PSItem", .native(e.record))
                currentCatchStack.append(e)
                do {
                    try executeBlock(clause.body, emit: emit)
                } catch {
                    pending = error
                }
                currentCatchStack.removeLast()
                currentScope.variables[NameKey.dollarUnder] = saved
            } else {
                pending = e
            }
        } catch {
            tryDepth -= 1
            pending = error
        }
        if let f = t.finally {
            try executeBlock(f, emit: emit)
        }
        if let p = pending { throw p }
    }

    func bestCatch(_ clauses: [CatchClauseAst], _ e: RuntimeError) -> CatchClauseAst? {
        var best: (CatchClauseAst, Int)?
        var catchAll: CatchClauseAst?
        for c in clauses {
            if c.isCatchAll { if catchAll == nil { catchAll = c }; continue }
            for tc in c.catchTypes {
                if let r = exceptionMatchRank(e, typeName: tc.typeName.fullName), best == nil || r < best!.1 { best = (c, r) }
            }
        }
        return best?.0 ?? catchAll
    }

    func executeThrow(_ t: ThrowStatementAst) throws {
        guard let p = t.pipeline else {
            if let cur = currentCatchStack.last { throw cur }
            throw scriptHalted(t.extent)
        }
        let v = try evaluateStatementValue(p)
        let record: ErrorRecord
        switch v {
        case .native(let n) where n is ErrorRecord:
            record = n as! ErrorRecord
        case .native(let n) where n is PSException:
            let ex = n as! PSException
            record = ErrorRecord(exception: ex, errorId: ex.message, category: .OperationStopped, targetObject: .null)
            record.fromThrowStatement = true
        case .null, .automationNull:
            throw scriptHalted(t.extent)
        default:
            let msg = LanguagePrimitives.toString(v)
            record = ErrorRecord(exception: types.exception("System.Management.Automation.RuntimeException", message: msg), errorId: msg, category: .OperationStopped, targetObject: v)
            record.fromThrowStatement = true
        }
        if record.invocationInfo == nil { record.invocationInfo = invocationInfo(for: t.extent, command: nil) }
        throw RuntimeError(record, scriptTerminating: true)
    }

    func scriptHalted(_ extent: Extent) -> RuntimeError {
        let rec = ErrorRecord(message: "ScriptHalted", errorId: "ScriptHalted", category: .OperationStopped)
        rec.fromThrowStatement = true
        rec.invocationInfo = invocationInfo(for: extent, command: nil)
        return RuntimeError(rec, scriptTerminating: true)
    }

    /// InvocationInfo pointing at an extent (for error positions).
    func invocationInfo(for extent: Extent, command: String?) -> InvocationInfo {
        let line = lineText(of: extent)
        return InvocationInfo(myCommand: command, invocationName: command, scriptName: extent.fileName ?? "", scriptLineNumber: extent.startLine, offsetInLine: extent.startColumn, line: line, extentLength: max(1, extent.endLine == extent.startLine ? extent.endOffset - extent.startOffset : line.count - extent.startColumn + 1), extentText: extent.text)
    }

    /// The extent's first line: the same String for every command on one line (shared storage), so
    /// a line of 20,000 pipeline stages is not copied 20,000 times.
    func lineText(of extent: Extent) -> String {
        let key = (ObjectIdentifier(extent.source), extent.startLine)
        if let c = lineCache, c.source == key.0, c.line == key.1 { return c.text }
        let text = extent.startLineText
        lineCache = (key.0, key.1, text)
        return text
    }

    // MARK: switch

    func executeSwitch(_ s: SwitchStatementAst, emit: @escaping Emit) throws {
        var items: [Value]
        if s.flags.contains(.file) {
            guard let c = s.condition else { return }
            let path = LanguagePrimitives.toString(try evaluateStatementValue(c))
            let text = try readTextFile(resolvePath(path))
            items = text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" }).map { .string(String($0).trimmingCharacters(in: CharacterSet(charactersIn: "\r"))) }
            if items.last == .string("") { items.removeLast() }
        } else if let c = s.condition {
            if let e = c.pureExpression {
                let v = try evaluate(e)
                items = v == .automationNull ? [] : (v.enumerated() ?? [v])
            } else {
                items = try statementItems(c)
            }
        } else { items = [] }
        let cs = s.flags.contains(.caseSensitive)
        let saved = currentScope.variables[NameKey.dollarUnder]
        // $switch: the enumerator over the items while the switch runs
        let enumerator = LoopEnumerator(items)
        let savedEnumerator = currentScope.variables[NameKey.switchEnumerator]
        setLocal(key: .switchEnumerator, "switch", .native(enumerator))
        defer {
            currentScope.variables[NameKey.dollarUnder] = saved
            currentScope.variables[NameKey.switchEnumerator] = savedEnumerator
        }
        outer: while enumerator.moveNext() {
            let item = enumerator.current
            setLocal(key: .dollarUnder, "_", item)
            var matched = false
            do {
                for clause in s.clauses {
                    if try switchClauseMatches(clause.condition, item, flags: s.flags, caseSensitive: cs) {
                        matched = true
                        try executeBlock(clause.body, emit: emit)
                    }
                }
                if !matched, let d = s.defaultClause { try executeBlock(d, emit: emit) }
            } catch let b as BreakSignal {
                if b.label == nil || (s.label.map { NameKey($0) == NameKey(b.label!) } ?? false) { break outer }
                throw b
            } catch let c as ContinueSignal {
                if c.label == nil || (s.label.map { NameKey($0) == NameKey(c.label!) } ?? false) { continue outer }
                throw c
            }
        }
    }

    func switchClauseMatches(_ cond: ExpressionAst, _ item: Value, flags: SwitchFlags, caseSensitive: Bool) throws -> Bool {
        if case .scriptBlock(let sbe) = cond {
            let sb = ScriptBlock(ast: sbe.scriptBlock)
            return LanguagePrimitives.isTrue(try invokePredicate(sb, item))
        }
        let c = try evaluate(cond)
        let itemText = LanguagePrimitives.toString(item)
        let condText = LanguagePrimitives.toString(c)
        if flags.contains(.regex) {
            let (r, m) = try Operators.match(.string(itemText), .string(condText), caseSensitive: caseSensitive, negate: false)
            if let m { setVariableInScope("Matches", .hashtable(m)) }
            return LanguagePrimitives.isTrue(r)
        }
        if flags.contains(.wildcard) {
            return WildcardPattern(condText, caseSensitive: caseSensitive).matches(itemText)
        }
        // Non-string scalars compare with -eq semantics; otherwise string comparison.
        switch item {
        case .int, .long, .double, .decimal, .sized, .bool:
            return Operators.equals(item, c, caseSensitive: caseSensitive)
        default:
            return caseSensitive ? itemText == condText : CaseFold.equal(itemText, condText)
        }
    }

    // MARK: functions

    func defineFunction(_ f: FunctionDefinitionAst) {
        let sb = ScriptBlock(ast: f.body)
        let params = f.parameters ?? f.body.paramBlock?.parameters ?? []
        let md = functionMetadata(name: f.unqualifiedName, body: f.body, parameters: params, help: f.help)
        let info = FunctionInfo(name: f.unqualifiedName, scriptBlock: sb, isFilter: f.isFilter, parameterAsts: params, metadata: md, help: f.help)
        // defined while a caller-scoped module's function runs (a Pester mock's proxy): it keeps
        // that module's `$script:` and reaches the module's functions
        if scriptScope.isCallerScopedModule {
            info.moduleScope = scriptScope
            info.runsInCallerScope = true
        }
        let target: Scope
        switch f.scopePrefix {
        case "global": target = globalScope
        case "script": target = scriptScope
        default: target = currentScope
        }
        target.functions[NameKey(f.unqualifiedName)] = info
    }

    /// Defines an enum, with pwsh's checks: each value within the underlying type's range
    /// (`int` unless `enum E : long`), each name once.
    func defineEnum(_ t: TypeDefinitionAst) throws {
        func parseError(_ id: String, _ message: String) -> RuntimeError {
            RuntimeError(message: message, errorId: id, category: .ParserError, exceptionType: "System.Management.Automation.ParseException")
        }
        let ranges: [String: (String, ClosedRange<Double>)] = [
            "byte": ("byte", 0...255), "system.byte": ("byte", 0...255), "sbyte": ("sbyte", -128...127), "system.sbyte": ("sbyte", -128...127),
            "short": ("short", -32768...32767), "int16": ("short", -32768...32767), "system.int16": ("short", -32768...32767),
            "ushort": ("ushort", 0...65535), "uint16": ("ushort", 0...65535), "system.uint16": ("ushort", 0...65535),
            "uint": ("uint", 0...4_294_967_295), "uint32": ("uint", 0...4_294_967_295), "system.uint32": ("uint", 0...4_294_967_295),
            "long": ("long", -9.223372036854775808e18...9.223372036854775807e18), "int64": ("long", -9.223372036854775808e18...9.223372036854775807e18),
            "system.int64": ("long", -9.223372036854775808e18...9.223372036854775807e18),
        ]
        let underlying = t.underlyingType.map { NameKey.fold($0.typeName.description) }
        let (typeName, range) = underlying.flatMap { ranges[$0] } ?? ("int", -2_147_483_648...2_147_483_647)
        var next: Int64 = 0
        var members: [(String, Int64)] = []
        var defined = Set<NameKey>()
        for m in t.members {
            if let iv = m.initialValue, let v = try? evaluate(iv) {
                guard let n = try? LanguagePrimitives.toLong(v), range.contains(Double(n)) else {
                    throw parseError("EnumeratorValueOutOfBounds", "Enumerator value is either too large or too small for \(typeName).")
                }
                next = n
            } else if !range.contains(Double(next)) || (members.last?.1 == Int64.max && !members.isEmpty) {
                throw parseError("EnumeratorValueOutOfBounds", "Enumerator value is either too large or too small for \(typeName).")
            }
            guard defined.insert(NameKey(m.name)).inserted else {
                throw parseError("MemberAlreadyDefined", "The member '\(m.name)' is already defined.")
            }
            members.append((m.name, next))
            next = next == Int64.max ? next : next + 1
        }
        let isFlags = t.attributes.contains { ["flags", "flagsattribute", "system.flags", "system.flagsattribute"].contains(NameKey.fold($0.typeName.fullName)) }
        let underlyingName = ["byte": "System.Byte", "sbyte": "System.SByte", "short": "System.Int16", "ushort": "System.UInt16", "uint": "System.UInt32",
                              "long": "System.Int64"][typeName] ?? "System.Int32"
        let enumType = EnumType(fullName: t.name, members: members.map { (name: $0.0, value: $0.1) }, isFlags: isFlags, underlyingTypeName: underlyingName)
        scriptEnums[NameKey(t.name)] = enumType
        types.register(enumType.emulatedType)
    }
}
