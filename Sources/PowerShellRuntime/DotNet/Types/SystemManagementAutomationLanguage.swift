import Foundation
import PowerShellSyntax

/// System.Management.Automation.Language: `[Parser]::ParseInput(text, [ref]$tokens, [ref]$errors)`
/// and `ParseFile`, and the syntax tree as objects (`$sb.Ast`): each node with its .NET type name
/// (`CommandAst`, `PipelineAst`, ...), `Extent`, `Parent`, its parts as properties, and
/// `Find`/`FindAll(predicate, searchNested)`.
enum SystemManagementAutomationLanguage {
    static let namespace = "System.Management.Automation.Language"

    static let parser = TypeMembers(staticMethods: [
        "ParseInput": { call in
            guard call.count == 3 || call.count == 4 else { return nil }
            return parse(call.string(0), fileName: nil, call: call, tokens: call.args[call.count - 2], errors: call.args[call.count - 1])
        },
        "ParseFile": { call in
            guard call.count == 3 else { return nil }
            let path = call.session.resolvePath(call.string(0))
            let text: String
            do { text = try call.session.readTextFile(path) } catch {
                throw BuiltinMethods.methodError("ParseFile", 3, "Could not find file '\(path)'.", "System.IO.FileNotFoundException")
            }
            return parse(text, fileName: path, call: call, tokens: call.args[1], errors: call.args[2])
        },
    ])

    /// Parses the text; the tokens and errors go out through the references (`[ref]$null` is allowed).
    private static func parse(_ text: String, fileName: String?, call: MethodCall, tokens: Value, errors: Value) -> Value {
        let result = Parser.parse(text, fileName: fileName)
        let tree = AstTree(root: result.scriptBlock)
        if case .native(let r as PSReference) = tokens {
            var list = result.tokens.map { Value.native(TokenObject($0)) }
            let end = Extent(source: result.scriptBlock.extent.source, start: text.utf8.count, end: text.utf8.count)
            list.append(.native(TokenObject(kind: "EndOfInput", text: "", extent: end)))
            r.value = .array(PSArray(list))
        }
        if case .native(let r as PSReference) = errors {
            r.value = .array(PSArray(result.errors.map { .native(ParseErrorObject($0)) }))
        }
        return .native(AstObject(result.scriptBlock, tree: tree))
    }

    static let ast = TypeMembers(instanceMethods: [
        "Find": onAst { node, call in
            guard call.count == 2, case .scriptBlock(let predicate) = call.args[0] else { return nil }
            return try node.find(predicate, nested: LanguagePrimitives.isTrue(call.args[1]), session: call.session, all: false).first ?? .null
        },
        "FindAll": onAst { node, call in
            guard call.count == 2, case .scriptBlock(let predicate) = call.args[0] else { return nil }
            return .array(PSArray(try node.find(predicate, nested: LanguagePrimitives.isTrue(call.args[1]), session: call.session, all: true)))
        },
        "ToString": onAst { node, _ in .string(node.node.extent.text) },
        "GetCommandName": onAst { node, _ in
            guard let c = node.node as? CommandAst, case .expression(let first)? = c.commandElements.first else { return .null }
            if case .stringConstant(let s) = first { return .string(s.value) }
            return .null
        },
        "SafeGetValue": onAst { node, call in
            guard let e = node.expression else { return nil }
            return try call.session.evaluate(e)
        },
    ])

    private static func onAst(_ body: @escaping @Sendable (AstObject, MethodCall) throws -> Value?) -> TypeMembers.Method {
        { call in
            guard case .native(let n as AstObject) = call.target else { return nil }
            return try body(n, call)
        }
    }
}

/// One parse's tree: the parent of each node, found once when first asked for.
final class AstTree {
    let root: ScriptBlockAst
    private var parents: [ObjectIdentifier: any Ast]?
    init(root: ScriptBlockAst) { self.root = root }

    func parent(of node: any Ast) -> (any Ast)? {
        if parents == nil {
            var map: [ObjectIdentifier: any Ast] = [:]
            func walk(_ n: any Ast) {
                for c in AstWalker.children(of: n) {
                    map[ObjectIdentifier(c)] = n
                    walk(c)
                }
            }
            walk(root)
            parents = map
        }
        return parents?[ObjectIdentifier(node)]
    }
}

/// A syntax tree node as PowerShell scripts see it.
final class AstObject: NativeObject {
    let node: any Ast
    let tree: AstTree
    init(_ node: any Ast, tree: AstTree) {
        self.node = node
        self.tree = tree
    }

    var kind: String { String(describing: type(of: node)) }
    var typeName: String { SystemManagementAutomationLanguage.namespace + "." + kind }
    var typeNames: [String] {
        var names = [kind]
        var k = kind
        while let b = AstObject.bases[k] {
            names.append(b)
            k = b
        }
        return names.map { SystemManagementAutomationLanguage.namespace + "." + $0 } + ["System.Object"]
    }

    /// PowerShell's class hierarchy above each node type (to `Ast`).
    static let bases: [String: String] = {
        var b: [String: String] = [:]
        for e in ["BinaryExpressionAst", "UnaryExpressionAst", "TernaryExpressionAst", "AttributedExpressionAst", "TypeExpressionAst",
                  "ConstantExpressionAst", "ExpandableStringExpressionAst", "VariableExpressionAst", "MemberExpressionAst", "IndexExpressionAst",
                  "ArrayLiteralAst", "ArrayExpressionAst", "SubExpressionAst", "ParenExpressionAst", "HashtableAst",
                  "ScriptBlockExpressionAst", "ErrorExpressionAst"] { b[e] = "ExpressionAst" }
        b["ConvertExpressionAst"] = "AttributedExpressionAst"
        b["StringConstantExpressionAst"] = "ConstantExpressionAst"
        b["InvokeMemberExpressionAst"] = "MemberExpressionAst"
        b["ExpressionAst"] = "CommandElementAst"
        b["CommandParameterAst"] = "CommandElementAst"
        b["CommandElementAst"] = "Ast"
        b["CommandAst"] = "CommandBaseAst"
        b["CommandExpressionAst"] = "CommandBaseAst"
        b["CommandBaseAst"] = "StatementAst"
        b["PipelineAst"] = "PipelineBaseAst"
        b["PipelineChainAst"] = "ChainableAst"
        b["ChainableAst"] = "PipelineBaseAst"
        b["AssignmentStatementAst"] = "PipelineBaseAst"
        b["PipelineBaseAst"] = "StatementAst"
        for s in ["IfStatementAst", "TryStatementAst", "TrapStatementAst", "ThrowStatementAst", "ReturnStatementAst", "ExitStatementAst",
                  "BreakStatementAst", "ContinueStatementAst", "FunctionDefinitionAst", "DataStatementAst", "TypeDefinitionAst",
                  "UsingStatementAst", "ErrorStatementAst", "StatementBlockAst"] { b[s] = "StatementAst" }
        for l in ["SwitchStatementAst", "ForEachStatementAst", "ForStatementAst", "WhileStatementAst", "DoWhileStatementAst", "DoUntilStatementAst"] {
            b[l] = "LoopStatementAst"
        }
        b["SwitchStatementAst"] = "LabeledStatementAst"
        b["ForStatementAst"] = "ForEachStatementAst"
        b["LoopStatementAst"] = "LabeledStatementAst"
        b["LabeledStatementAst"] = "StatementAst"
        b["StatementAst"] = "Ast"
        b["FileRedirectionAst"] = "RedirectionAst"
        b["MergingRedirectionAst"] = "RedirectionAst"
        b["RedirectionAst"] = "Ast"
        b["PropertyMemberAst"] = "MemberAst"
        b["FunctionMemberAst"] = "MemberAst"
        b["MemberAst"] = "Ast"
        b["AttributeAst"] = "AttributeBaseAst"
        b["TypeConstraintAst"] = "AttributeBaseAst"
        b["AttributeBaseAst"] = "Ast"
        for o in ["ScriptBlockAst", "NamedBlockAst", "ParamBlockAst", "ParameterAst", "NamedAttributeArgumentAst", "CatchClauseAst"] { b[o] = "Ast" }
        return b
    }()

    /// The node's parts, by the names PowerShell gives them (`EndBlock`, `Statements`,
    /// `PipelineElements`, `CommandElements`, ...): its stored properties, read by reflection.
    private lazy var parts: [(name: String, value: Value)] = {
        var out: [(String, Value)] = []
        for child in Mirror(reflecting: node).children {
            guard let label = child.label, label != "extent", !label.hasPrefix("_") else { continue }
            if node is ErrorStatementAst, label == "keyword" || label == "options" { continue }
            let name = label.prefix(1).uppercased() + label.dropFirst()
            out.append((name, convert(child.value)))
        }
        return out
    }()

    private func wrap(_ a: any Ast) -> Value { .native(AstObject(a, tree: tree)) }

    private func convert(_ v: Any) -> Value {
        switch v {
        case let a as any Ast: return wrap(a)
        case let s as String: return .string(s)
        case let b as Bool: return .bool(b)
        case let i as Int: return .int(i)
        case let e as Extent: return .native(ExtentObject(e))
        case let vp as VariablePath: return .native(VariablePathObject(vp))
        case let tn as TypeName: return .native(TypeNameObject(tn))
        case let list as [Any]: return .array(PSArray(list.map(convert)))
        default: break
        }
        let m = Mirror(reflecting: v)
        if m.displayStyle == .optional {
            guard let inner = m.children.first else { return .null }
            return convert(inner.value)
        }
        if m.displayStyle == .enum {
            // a statement, expression or element wraps its node
            if let inner = m.children.first {
                if let a = inner.value as? any Ast { return wrap(a) }
                let im = Mirror(reflecting: inner.value)
                if im.displayStyle == .tuple, let a = im.children.first(where: { $0.value is any Ast })?.value as? any Ast { return wrap(a) }
                return convert(inner.value)
            }
            return .string(String(describing: v).prefix(1).uppercased() + String(describing: v).dropFirst())
        }
        return .string(String(describing: v))
    }

    var propertyNames: [String] { ["Extent", "Parent"] + parts.map(\.name) + (node is ErrorStatementAst ? ["Kind", "Flags"] : []) }

    func getProperty(_ name: NameKey, session: Session) -> Value? {
        switch name.folded {
        case "extent": return .native(ExtentObject(node.extent))
        case "parent": return tree.parent(of: node).map(wrap) ?? .null
        default:
            if let v = special(name.folded, session: session) { return v }
            if let p = parts.first(where: { NameKey.fold($0.name) == name.folded }) { return p.value }
            return nil
        }
    }

    /// Properties PowerShell computes, or names differently than LicenseLab stores them.
    private func special(_ name: String, session: Session) -> Value? {
        switch (node, name) {
        case (let t as TypeDefinitionAst, "members"): return .array(PSArray(t.classMembers.map { wrap($0.ast) }))
        case (let t as TypeDefinitionAst, "isclass"): return .bool(!t.isEnum)
        case (let t as TypeDefinitionAst, "isenum"): return .bool(t.isEnum)
        case (_ as TypeDefinitionAst, "isinterface"): return .bool(false)
        case (let e as ExpandableStringExpressionAst, "nestedexpressions"): return .array(PSArray(e.nestedExpressions.map { wrap($0.node) }))
        case (let p as ParameterAst, "statictype"):
            return .type(p.typeConstraint.flatMap { session.types.resolve($0.typeName.fullName) } ?? PSTypeInfo(fullName: "System.Object"))
        case (let c as ConvertExpressionAst, "statictype"):
            return .type(session.types.resolve(c.type.typeName.fullName) ?? PSTypeInfo(fullName: "System.Object"))
        case (_ as StringConstantExpressionAst, "statictype"), (_ as ExpandableStringExpressionAst, "statictype"):
            return .type(PSTypeInfo(fullName: "System.String"))
        case (let e as ErrorStatementAst, "kind"): return e.keyword.map { .native(TokenObject($0)) } ?? .null
        case (let e as ErrorStatementAst, "flags"):
            // a Dictionary<string, Tuple<Token, Ast>>, null when no option was written
            guard !e.options.isEmpty else { return .null }
            let table = PSHashtable()
            for o in e.options {
                table[.string(o.name)] = .native(TupleObject([.native(TokenObject(o.token)), o.value.map(wrap) ?? .null]))
            }
            return .hashtable(table)
        case (let sb as ScriptBlockAst, "endblock"): return sb.endBlock.map(wrap) ?? .null
        case (let c as CommandAst, "invocationoperator"):
            switch c.invocationOperator {
            case .none: return .string("Unknown")
            case .ampersand: return .string("Ampersand")
            case .dot: return .string("Dot")
            }
        case (let v as VariableExpressionAst, "variablepath"): return .native(VariablePathObject(v.variablePath))
        case (let s as StringConstantExpressionAst, "value"): return .string(s.value)
        case (let f as FunctionDefinitionAst, "name"): return .string(f.name)
        case (_, "statictype"): return .type(PSTypeInfo(fullName: "System.Object"))
        default: return nil
        }
    }

    /// The expression a constant-like node stands for (SafeGetValue).
    var expression: ExpressionAst? {
        switch node {
        case let s as StringConstantExpressionAst: return .stringConstant(s)
        case let c as ConstantExpressionAst: return .constant(c)
        default: return nil
        }
    }

    var instanceMembers: TypeMembers? { SystemManagementAutomationLanguage.ast }
    func toString() -> String { node.extent.text }

    /// The nodes under this one (itself included) the predicate accepts, in source order; without
    /// `nested`, the script blocks inside (`{ ... }` expressions, function bodies) are not entered.
    func find(_ predicate: ScriptBlock, nested: Bool, session: Session, all: Bool) throws -> [Value] {
        var out: [Value] = []
        func visit(_ n: any Ast, isRoot: Bool) throws -> Bool {
            if !isRoot, !nested, n is ScriptBlockAst { return true }
            let candidate = wrap(n)
            let answer = try session.invoke(predicate, dollarUnder: candidate, arguments: [candidate])
            if LanguagePrimitives.isTrue(Session.collapse(answer)) {
                out.append(candidate)
                if !all { return false }
            }
            for c in AstWalker.children(of: n) where !(try visit(c, isRoot: false)) { return false }
            return true
        }
        _ = try visit(node, isRoot: true)
        return out
    }
}

/// System.Management.Automation.VariablePath: `$env:Path`'s parts.
final class VariablePathObject: NativeObject {
    let path: VariablePath
    init(_ path: VariablePath) { self.path = path }
    var typeName: String { "System.Management.Automation.VariablePath" }
    var propertyNames: [String] { ["UserPath", "IsGlobal", "IsLocal", "IsPrivate", "IsScript", "IsUnqualified", "IsUnscopedVariable", "IsVariable", "IsDriveQualified", "DriveName"] }
    func getProperty(_ name: NameKey, session: Session) -> Value? {
        var drive: String?
        if case .drive(let d) = path.scope { drive = d }
        switch name.folded {
        case "userpath": return .string(path.userPath)
        case "isglobal": return .bool(path.scope == .global)
        case "islocal": return .bool(path.scope == .local)
        case "isprivate": return .bool(path.scope == .private)
        case "isscript": return .bool(path.scope == .script)
        case "isunqualified": return .bool(path.scope == .none)
        case "isunscopedvariable": return .bool(path.scope == .none)
        case "isvariable": return .bool(drive == nil || drive == "variable")
        case "isdrivequalified": return .bool(drive != nil)
        case "drivename": return drive.map { .string($0) } ?? .null
        default: return nil
        }
    }
    func toString() -> String { path.userPath }
}

/// An ITypeName: a type as written in the script (`[CmdletBinding()]`'s `CmdletBinding`).
final class TypeNameObject: NativeObject {
    let name: TypeName
    init(_ name: TypeName) { self.name = name }
    var typeName: String {
        switch name {
        case .simple: return "System.Management.Automation.Language.TypeName"
        case .generic: return "System.Management.Automation.Language.GenericTypeName"
        case .array: return "System.Management.Automation.Language.ArrayTypeName"
        }
    }
    var propertyNames: [String] { ["FullName", "Name", "IsArray", "IsGeneric"] }
    func getProperty(_ key: NameKey, session: Session) -> Value? {
        switch key.folded {
        case "fullname", "name": return .string(name.fullName)
        case "isarray": if case .array = name { return .bool(true) }; return .bool(false)
        case "isgeneric": if case .generic = name { return .bool(true) }; return .bool(false)
        default: return nil
        }
    }
    func toString() -> String { name.fullName }
}

/// An IScriptExtent: where a node or token is, and its text.
final class ExtentObject: NativeObject {
    let extent: Extent
    init(_ extent: Extent) { self.extent = extent }
    var typeName: String { "System.Management.Automation.Language.InternalScriptExtent" }
    var propertyNames: [String] {
        ["File", "StartScriptPosition", "EndScriptPosition", "StartLineNumber", "StartColumnNumber", "EndLineNumber", "EndColumnNumber", "Text", "StartOffset", "EndOffset"]
    }
    func getProperty(_ name: NameKey, session: Session) -> Value? {
        switch name.folded {
        case "file": return extent.fileName.map { .string($0) } ?? .null
        case "startscriptposition": return .native(PositionObject(extent, extent.start))
        case "endscriptposition": return .native(PositionObject(extent, extent.end))
        case "startlinenumber": return .int(extent.startLine)
        case "startcolumnnumber": return .int(extent.startColumn)
        case "endlinenumber": return .int(extent.endLine)
        case "endcolumnnumber": return .int(extent.endColumn)
        case "text": return .string(extent.text)
        case "startoffset": return .int(extent.start.offset)
        case "endoffset": return .int(extent.end.offset)
        default: return nil
        }
    }
    func toString() -> String { extent.text }
}

/// An IScriptPosition: a line, a column, an offset, and the text of that line.
final class PositionObject: NativeObject {
    let extent: Extent
    let position: SourcePosition
    init(_ extent: Extent, _ position: SourcePosition) {
        self.extent = extent
        self.position = position
    }
    var typeName: String { "System.Management.Automation.Language.InternalScriptPosition" }
    var propertyNames: [String] { ["File", "LineNumber", "ColumnNumber", "Line", "Offset"] }
    func getProperty(_ name: NameKey, session: Session) -> Value? {
        switch name.folded {
        case "file": return extent.fileName.map { .string($0) } ?? .null
        case "linenumber": return .int(position.line)
        case "columnnumber": return .int(position.column)
        case "line": return .string(extent.source.lineText(position.line))
        case "offset": return .int(position.offset)
        default: return nil
        }
    }
    func toString() -> String { "\(position.line):\(position.column)" }
}

/// A System.Management.Automation.Language.ParseError.
final class ParseErrorObject: NativeObject {
    let error: ParseError
    init(_ error: ParseError) { self.error = error }
    var typeName: String { "System.Management.Automation.Language.ParseError" }
    var propertyNames: [String] { ["Extent", "ErrorId", "Message", "IncompleteInput"] }
    func getProperty(_ name: NameKey, session: Session) -> Value? {
        switch name.folded {
        case "extent": return .native(ExtentObject(error.extent))
        case "errorid": return .string(error.errorId)
        case "message": return .string(error.message)
        case "incompleteinput": return .bool(error.incompleteInput)
        default: return nil
        }
    }
    func toString() -> String {
        let line = error.extent.startLineText
        return "At line:\(error.line) char:\(error.column)\n+ \(line)\n+ \(String(repeating: " ", count: max(0, error.column - 1)))~\n\(error.message)"
    }
}

/// A System.Management.Automation.Language.Token: its kind, flags, text and extent.
final class TokenObject: NativeObject {
    let kind: String
    let flags: Int64
    let text: String
    let extent: Extent
    init(_ t: Token) {
        (kind, flags) = LanguageTokens.classify(t)
        text = t.extent.text
        extent = t.extent
    }
    init(kind: String, text: String, extent: Extent) {
        self.kind = kind
        self.flags = 0
        self.text = text
        self.extent = extent
    }
    var typeName: String { "System.Management.Automation.Language.Token" }
    var propertyNames: [String] { ["Text", "TokenFlags", "Kind", "HasError", "Extent"] }
    func getProperty(_ name: NameKey, session: Session) -> Value? {
        switch name.folded {
        case "text": return .string(text)
        case "kind":
            if let m = LanguageTokens.tokenKind.members.first(where: { $0.name == kind }) { return .native(LanguageTokens.tokenKind.value(m.value)) }
            return .string(kind)
        case "tokenflags": return .native(LanguageTokens.tokenFlags.value(flags))
        case "haserror": return .bool(false)
        case "extent": return .native(ExtentObject(extent))
        default: return nil
        }
    }
    func toString() -> String { text }
}

/// A System.Tuple: its items as `Item1`, `Item2`, ...
final class TupleObject: NativeObject {
    let items: [Value]
    init(_ items: [Value]) { self.items = items }
    var typeName: String { "System.Tuple`\(items.count)" }
    var propertyNames: [String] { items.indices.map { "Item\($0 + 1)" } }
    func getProperty(_ name: NameKey, session: Session) -> Value? {
        guard name.folded.hasPrefix("item"), let i = Int(name.folded.dropFirst(4)), i >= 1, i <= items.count else { return nil }
        return items[i - 1]
    }
    func toString() -> String { "(" + items.map { LanguagePrimitives.toString($0) }.joined(separator: ", ") + ")" }
}
