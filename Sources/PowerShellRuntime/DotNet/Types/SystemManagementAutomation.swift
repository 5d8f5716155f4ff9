/// PowerShell's own types: PSObject (and `[pscustomobject]::new()`), PSCredential, ErrorRecord,
/// ScriptBlock's methods, AutomationNull, and the methods of SwitchParameter values and of
/// `$obj.PSObject.TypeNames`.
enum SystemManagementAutomation {
    static let psObject = TypeMembers(constructor: { _ in .object(PSObject()) })

    /// System.Object: `[object]::new()`, and `ReferenceEquals(a, b)` (the same object; equal values
    /// of value types are different boxes, so false).
    static let object = TypeMembers(staticMethods: [
        "ReferenceEquals": { call in
            guard call.count == 2 else { return nil }
            switch (call.args[0], call.args[1]) {
            case (let a, let b) where a.isNull && b.isNull: return .bool(true)
            case (.array(let x), .array(let y)): return .bool(x === y)
            case (.hashtable(let x), .hashtable(let y)): return .bool(x === y)
            case (.object(let x), .object(let y)): return .bool(x === y)
            case (.native(let x), .native(let y)): return .bool(x === y)
            case (.scriptBlock(let x), .scriptBlock(let y)): return .bool(x === y)
            default: return .bool(false)
            }
        },
        "Equals": { call in
            guard call.count == 2 else { return nil }
            return .bool(Operators.equals(call.args[0], call.args[1], caseSensitive: true))
        },
    ], constructor: { _ in .object(PSObject()) })

    /// `[WildcardPattern]::new(pattern[, options])` with IsMatch, and the static
    /// ContainsWildcardCharacters, Escape and Unescape.
    /// `[System.Management.Automation.LanguagePrimitives]`: PowerShell's conversions as scripts call
    /// them (`ConvertTo(value, [type])`, `IsTrue(value)`).
    static let languagePrimitives = TypeMembers(staticMethods: [
        "ConvertTo": { call in
            guard call.count == 2 else { return nil }
            let type: PSTypeInfo
            switch call.arg(1) {
            case .type(let t): type = t
            default:
                guard let t = call.session.types.resolve(call.string(1)) else {
                    throw BuiltinMethods.methodError("ConvertTo", 2, "Cannot convert the \"\(call.string(1))\" value of type \"System.String\" to type \"System.Type\".", "System.Management.Automation.PSInvalidCastException")
                }
                type = t
            }
            do {
                return try LanguagePrimitives.convert(call.arg(0), to: type, types: call.session.types)
            } catch let e as RuntimeError {
                // a failed conversion comes out of the call as .NET's MethodInvocationException
                throw BuiltinMethods.methodError("ConvertTo", 2, e.record.exception.message, e.record.exception.typeName)
            }
        },
        "IsTrue": { call in
            guard call.count == 1 else { return nil }
            return .bool(LanguagePrimitives.isTrue(call.arg(0)))
        },
    ])

    static let wildcardPattern = TypeMembers(staticMethods: [
        "ContainsWildcardCharacters": { call in
            guard call.count == 1 else { return nil }
            return .bool(WildcardPattern.containsWildcard(call.string(0)))
        },
        "Escape": { call in
            guard call.count == 1 else { return nil }
            var out = ""
            for ch in call.string(0) {
                if "*?[]`".contains(ch) { out.append("`") }
                out.append(ch)
            }
            return .string(out)
        },
        "Unescape": { call in
            guard call.count == 1 else { return nil }
            var out = ""
            var escaped = false
            for ch in call.string(0) {
                if !escaped && ch == "`" { escaped = true; continue }
                escaped = false
                out.append(ch)
            }
            if escaped { out.append("`") }
            return .string(out)
        },
        "Get": { call in
            guard call.count == 2 else { return nil }
            return .native(WildcardPatternObject(call.string(0), options: call.string(1)))
        },
    ], constructor: { call in
        guard call.count == 1 || call.count == 2 else { return nil }
        if call.args[0].isNull { throw BuiltinMethods.methodError("new", call.count, "Value cannot be null. (Parameter 'pattern')", "System.ArgumentNullException") }
        return .native(WildcardPatternObject(call.string(0), options: call.count == 2 ? call.string(1) : ""))
    })

    static let psCredential = TypeMembers(constructor: { call in
        .object(PSObject(properties: [("UserName", .string(call.string(0))), ("Password", call.count > 1 ? call.args[1] : .null)],
                         typeName: "System.Management.Automation.PSCredential"))
    })

    /// new ErrorRecord(exception, errorId, category, targetObject); an unknown category is NotSpecified.
    static let errorRecord = TypeMembers(constructor: { call in
        guard call.count >= 4, case .native(let n) = call.args[0], let ex = n as? PSException else { return nil }
        let category = ErrorCategory.allCases.first { NameKey.fold($0.rawValue) == NameKey.fold(call.string(2)) } ?? .NotSpecified
        return .native(ErrorRecord(exception: ex, errorId: call.string(1), category: category, targetObject: call.args[3]))
    })

    /// `[System.Management.Automation.CompletionResult]::new(text[, listItemText, resultType, toolTip])`,
    /// what argument completers write.
    static let completionResult = TypeMembers(constructor: { call in
        guard call.count == 1 || call.count == 4 else { return nil }
        let text = call.string(0)
        return completionResultObject(text, listItemText: call.count == 4 ? call.string(1) : text,
                                      resultType: call.count == 4 ? call.string(2) : "Text", toolTip: call.count == 4 ? call.string(3) : text)
    })

    /// A CompletionResult as scripts see it (what argument completers write, TabExpansion2's matches).
    static func completionResultObject(_ text: String, listItemText: String, resultType: String, toolTip: String) -> Value {
        .object(PSObject(properties: [("CompletionText", .string(text)), ("ListItemText", .string(listItemText)),
                                      ("ResultType", .string(resultType)), ("ToolTip", .string(toolTip))],
                         typeName: "System.Management.Automation.CompletionResult"))
    }

    /// `[System.Management.Automation.CompletionCompleters]::CompleteOperator('-c')`: PowerShell's
    /// operators whose names start with the text, sorted, as ParameterName results.
    static let completionCompleters = TypeMembers(staticMethods: [
        "CompleteOperator": { call in
            guard call.count == 1 else { return nil }
            let word = call.string(0)
            let ops = CompletionEngine.operators(word.hasPrefix("-") ? word : "-" + word)
            return .native(PSList(ops.map { op in completionResultObject(op.completionText, listItemText: op.listItemText, resultType: "ParameterName", toolTip: op.listItemText) },
                                  elementType: nil, isArrayList: false))
        },
    ])

    /// `[CommandCompletion]::CompleteInput(text, cursor, options[, powershell])` and
    /// `(ast, tokens, cursorPosition, options[, powershell])`: what TabExpansion2 gives, with the
    /// argument checks PowerShell makes (a null argument, a cursor outside the text).
    static let commandCompletion = TypeMembers(staticMethods: [
        "CompleteInput": { call in
            guard call.count == 3 || call.count == 4 || call.count == 5 else { return nil }
            func null(_ name: String) -> RuntimeError {
                BuiltinMethods.methodError("CompleteInput", call.count, "Cannot process argument because the value of argument \"\(name)\" is null. Change the value of argument \"\(name)\" to a non-null value.", "System.Management.Automation.PSArgumentNullException")
            }
            if case .string(let text) = call.args[0], call.count <= 4 {
                let cursor = (try? LanguagePrimitives.toInt(call.args[1])) ?? -1
                guard cursor >= 0, cursor <= text.count else {
                    throw BuiltinMethods.methodError("CompleteInput", call.count, "Cannot process argument because the value of argument \"cursorIndex\" is not valid. Change the value of the \"cursorIndex\" argument and run the operation again.", "System.Management.Automation.PSArgumentException")
                }
                if call.count == 4, call.args[3].isNull { throw null("powershell") }
                return TabExpansion2Command.commandCompletion(line: text, cursor: cursor, session: call.session)
            }
            guard call.count >= 4 else { return nil }
            if call.args[0].isNull { throw null("ast") }
            if call.args[1].isNull { throw null("tokens") }
            if call.args[2].isNull { throw null(call.count == 4 ? "positionOfCursor" : "cursorPosition") }
            if call.count == 5, call.args[4].isNull { throw null("powershell") }
            // the script's text, completed at the position's offset
            let extent = (try? call.session.getMember(call.args[0], "Extent")) ?? .null
            let text = LanguagePrimitives.toString((try? call.session.getMember(extent, "Text")) ?? .null)
            let offset = (try? LanguagePrimitives.toInt((try? call.session.getMember(call.args[2], "Offset")) ?? .null)) ?? text.count
            return TabExpansion2Command.commandCompletion(line: text, cursor: max(0, min(offset, text.count)), session: call.session)
        },
    ])

    /// The operators PowerShell's tokenizer knows by name (without the dash).
    static let operatorNames = [
        "bnot", "not", "eq", "ieq", "ceq", "ne", "ine", "cne", "ge", "ige", "cge", "gt", "igt", "cgt", "lt", "ilt", "clt", "le", "ile", "cle",
        "like", "ilike", "clike", "notlike", "inotlike", "cnotlike", "match", "imatch", "cmatch", "notmatch", "inotmatch", "cnotmatch",
        "replace", "ireplace", "creplace", "contains", "icontains", "ccontains", "notcontains", "inotcontains", "cnotcontains",
        "in", "iin", "cin", "notin", "inotin", "cnotin", "split", "isplit", "csplit", "isnot", "is", "as", "f", "and", "band",
        "or", "bor", "xor", "bxor", "join", "shl", "shr",
    ]

    /// `[InternalTestHooks]::SetTestHook(name, value)` is accepted; no hook changes anything.
    static let internalTestHooks = TypeMembers(staticMethods: ["SetTestHook": { _ in .automationNull }],
                                               otherStaticProperty: { _ in .bool(false) })

    static let automationNull = TypeMembers(staticProperties: ["Value": { _ in .automationNull }])

    static let scriptBlock = TypeMembers(staticMethods: [
        // `[scriptblock]::Create(text)`: the text parsed as a script block; a parse error is
        // ParseException, as in pwsh
        "Create": { call in
            guard call.count == 1 else { return nil }
            let text = call.string(0)
            let result = call.session.parse(text, path: nil)
            if let e = result.errors.first {
                // "At line:1 char:4", the line and a marker under the place, then the message
                let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
                let line = e.line - 1 < lines.count ? String(lines[e.line - 1]) : ""
                let where_ = "At line:\(e.line) char:\(e.column)\n+ \(line)\n+ \(String(repeating: " ", count: max(0, e.column - 1)))~\n"
                throw BuiltinMethods.methodError("Create", 1, where_ + e.message, "System.Management.Automation.ParseException")
            }
            return .scriptBlock(ScriptBlock(ast: result.scriptBlock))
        },
    ], instanceMethods: [
        "Invoke": on { sb, call in .array(PSArray(try call.session.invoke(sb, dollarUnder: nil, arguments: call.args))) },
        "InvokeReturnAsIs": on { sb, call in Session.collapse(try call.session.invoke(sb, dollarUnder: nil, arguments: call.args)) },
        "GetNewClosure": on { sb, call in
            let c = ScriptBlock(ast: sb.ast)
            c.closure = call.session.captureClosure()
            return .scriptBlock(c)
        },
        "ToString": on { sb, _ in .string(sb.text) },
        // a PowerShell object that runs the script block (in a runspace of its own) with these arguments
        "GetPowerShell": on { sb, call in
            let ps = PowerShellObject(parent: call.session)
            ps.add(.script(sb.text, localScope: true, call.args.map { .positional($0) }), newStatement: false)
            return .native(ps)
        },
        "GetSteppablePipeline": on { sb, call in
            guard call.count <= 2 else { return nil }
            return .native(try SteppablePipelineObject.make(sb, session: call.session))
        },
    ])

    /// `[switch]$Force`: `$Force.ToBool()`.
    static let switchParameter = TypeMembers(instanceMethods: [
        "ToBool": { call in
            guard case .native(let n) = call.target, let p = n as? SwitchParameter else { return nil }
            return .bool(p.isPresent)
        },
        "ToString": { call in
            guard case .native(let n) = call.target, let p = n as? SwitchParameter else { return nil }
            return .string(p.toString())
        },
    ])

    /// Collection`1[String], the live `$obj.PSObject.TypeNames` (most derived first).
    static let typeNameCollection = TypeMembers(instanceMethods: [
        "Add": onTypeNames { o, call in
            o.typeNames.append(call.string(0))
            return .automationNull
        },
        "Insert": onTypeNames { o, call in
            let i = try LanguagePrimitives.toInt(call.args.first ?? .int(0))
            guard i >= 0 && i <= o.typeNames.count else {
                throw BuiltinMethods.methodError("Insert", call.count, "Index must be within the bounds of the List. (Parameter 'index')", "System.ArgumentOutOfRangeException")
            }
            o.typeNames.insert(call.string(1), at: i)
            return .automationNull
        },
        "Remove": onTypeNames { o, call in
            guard let i = o.typeNames.firstIndex(of: call.string(0)) else { return .bool(false) }
            o.typeNames.remove(at: i)
            return .bool(true)
        },
        "RemoveAt": onTypeNames { o, call in
            let i = try LanguagePrimitives.toInt(call.args.first ?? .int(0))
            if i >= 0 && i < o.typeNames.count { o.typeNames.remove(at: i) }
            return .automationNull
        },
        "Clear": onTypeNames { o, _ in
            o.typeNames.removeAll()
            return .automationNull
        },
        "Contains": onTypeNames { o, call in .bool(o.typeNames.contains(call.string(0))) },
        "IndexOf": onTypeNames { o, call in .int(o.typeNames.firstIndex(of: call.string(0)) ?? -1) },
    ])

    /// A TypeNames method, given the PSObject whose names the collection is.
    private static func onTypeNames(_ body: @escaping @Sendable (PSObject, MethodCall) throws -> Value?) -> TypeMembers.Method {
        { call in
            guard case .native(let n) = call.target, let c = n as? TypeNameCollection else { return nil }
            return try body(c.object, call)
        }
    }

    private static func on(_ body: @escaping @Sendable (ScriptBlock, MethodCall) throws -> Value?) -> TypeMembers.Method {
        { call in
            guard case .scriptBlock(let sb) = call.target else { return nil }
            return try body(sb, call)
        }
    }
}

/// A System.Management.Automation.WildcardPattern: `IsMatch(text)`, `ToWql()` not modelled.
final class WildcardPatternObject: NativeObject {
    let pattern: String
    let options: String
    let matcher: WildcardPattern
    init(_ pattern: String, options: String) {
        self.pattern = pattern
        self.options = options
        // WildcardOptions: IgnoreCase makes it case-insensitive; without it .NET matches case
        matcher = WildcardPattern(pattern, caseSensitive: !NameKey.fold(options).contains("ignorecase"))
    }
    var typeName: String { "System.Management.Automation.WildcardPattern" }
    var propertyNames: [String] { ["Pattern", "Options"] }
    func getProperty(_ name: NameKey, session: Session) -> Value? {
        switch name.folded {
        case "pattern": return .string(pattern)
        case "options": return .string(options.isEmpty ? "None" : options)
        default: return nil
        }
    }
    func invokeMethod(_ name: NameKey, _ args: [Value], session: Session) throws -> Value? {
        switch (name.folded, args.count) {
        case ("ismatch", 1):
            if args[0].isNull { return .bool(false) }
            return .bool(matcher.matches(LanguagePrimitives.toString(args[0])))
        case ("toregex", 0):
            let folded = NameKey.fold(options)
            // .NET lists a regex's options by their values: IgnoreCase, Compiled, Singleline, CultureInvariant
            var regexOptions: [String] = []
            if folded.contains("ignorecase") { regexOptions.append("IgnoreCase") }
            if folded.contains("compiled") { regexOptions.append("Compiled") }
            regexOptions.append("Singleline")
            if folded.contains("cultureinvariant") { regexOptions.append("CultureInvariant") }
            return .native(try RegexObject(pattern: regexText(), options: regexOptions))
        default:
            return nil
        }
    }

    /// The pattern as a regular expression, as .NET writes it: anchored at each end unless the
    /// pattern starts or ends with `*`, `?` as `.`, `*` as `.*`, classes kept, the rest escaped.
    func regexText() -> String {
        var parts: [String] = []
        var chars = Array(pattern)
        var i = 0
        var inClass = false
        var cls = ""
        while i < chars.count {
            let c = chars[i]
            if inClass {
                if c == "]" { parts.append("[" + cls + "]"); inClass = false; cls = "" } else { cls.append(c) }
                i += 1
                continue
            }
            switch c {
            case "`" where i + 1 < chars.count:
                parts.append(DotNetRegex.escape(String(chars[i + 1])))
                i += 2
                continue
            case "*": parts.append(".*")
            case "?": parts.append(".")
            case "[": inClass = true
            default: parts.append(DotNetRegex.escape(String(c)))
            }
            i += 1
        }
        if inClass { parts.append(DotNetRegex.escape("[" + cls)) }
        chars = []
        var start = "^", end = "$"
        if parts.first == ".*" { parts.removeFirst(); start = "" }
        if parts.last == ".*" { parts.removeLast(); end = "" }
        return start + parts.joined() + end
    }

    func toString() -> String { pattern }
}

/// `[System.DBNull]::Value` and `[NullString]::Value`: objects that stand for "no value" in .NET
/// APIs but are not `$null` to PowerShell (`[DBNull]::Value ?? 2` is DBNull). Each is one
/// instance; both print as an empty string.
final class NullStandInObject: NativeObject, @unchecked Sendable {
    let typeName: String
    private init(_ typeName: String) { self.typeName = typeName }
    static let dbNull = NullStandInObject("System.DBNull")
    static let nullString = NullStandInObject("System.Management.Automation.Language.NullString")
    func getProperty(_ name: NameKey, session: Session) -> Value? { nil }
    func toString() -> String { "" }

    static let dbNullMembers = TypeMembers(staticProperties: ["Value": { _ in .native(NullStandInObject.dbNull) }])
    static let nullStringMembers = TypeMembers(staticProperties: ["Value": { _ in .native(NullStandInObject.nullString) }])
}
