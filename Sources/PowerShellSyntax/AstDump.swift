// A compact, stable text form of a tree: `(pipeline (command "Get-X" -Name (const 1)))`.
// Used by tests to pin AST shapes and handy when debugging the interpreter.

public enum AstDump {
    public static func dump(_ sb: ScriptBlockAst) -> String { scriptBlock(sb) }
    public static func dump(_ s: StatementAst) -> String { statement(s) }
    public static func dump(_ e: ExpressionAst) -> String { expression(e) }

    static func scriptBlock(_ sb: ScriptBlockAst) -> String {
        var parts: [String] = []
        if let p = sb.paramBlock { parts.append(paramBlock(p)) }
        for (name, b) in [("dynamicparam", sb.dynamicParamBlock), ("begin", sb.beginBlock), ("process", sb.processBlock), ("end", sb.endBlock), ("clean", sb.cleanBlock)] {
            guard let b else { continue }
            let body = b.statements.map(statement).joined(separator: " ")
            parts.append(b.unnamed ? body : "(\(name) \(body))")
        }
        return parts.filter { !$0.isEmpty }.joined(separator: " ")
    }

    static func paramBlock(_ p: ParamBlockAst) -> String {
        let attrs = p.attributes.map(attribute)
        return "(param" + (attrs.isEmpty ? "" : " " + attrs.joined(separator: " ")) + (p.parameters.isEmpty ? "" : " ") + p.parameters.map(parameter).joined(separator: " ") + ")"
    }

    static func parameter(_ p: ParameterAst) -> String {
        var s = "($" + p.name.variablePath.userPath
        for a in p.attributes {
            switch a {
            case .attribute(let at): s += " " + attribute(at)
            case .typeConstraint(let t): s += " [" + t.typeName.fullName + "]"
            }
        }
        if let d = p.defaultValue { s += " = " + expression(d) }
        return s + ")"
    }

    static func attribute(_ a: AttributeAst) -> String {
        var args = a.positionalArguments.map(expression)
        args += a.namedArguments.map { $0.expressionOmitted ? $0.argumentName : "\($0.argumentName)=\(expression($0.argument))" }
        return "[" + a.typeName.fullName + "(" + args.joined(separator: " ") + ")]"
    }

    static func block(_ b: StatementBlockAst) -> String {
        "{" + b.statements.map(statement).joined(separator: " ") + "}"
    }

    static func labelPrefix(_ l: String?) -> String { l.map { ":\($0) " } ?? "" }

    static func statement(_ s: StatementAst) -> String {
        switch s {
        case .pipeline(let p):
            let els = p.pipelineElements.map(commandBase)
            if els.count == 1 && !p.background { return els[0] }
            return "(pipeline " + els.joined(separator: " ") + (p.background ? " &" : "") + ")"
        case .assignment(let a):
            return "(\(a.operator.rawValue) \(expression(a.left)) \(statement(a.right)))"
        case .pipelineChain(let c):
            return "(\(c.operator.rawValue) \(statement(c.lhs)) \(statement(.pipeline(c.rhs)))\(c.background ? " &" : ""))"
        case .if(let i):
            var s = "(if"
            for c in i.clauses { s += " " + statement(c.condition) + " " + block(c.body) }
            if let e = i.elseClause { s += " else " + block(e) }
            return s + ")"
        case .switch(let sw):
            var s = "(" + labelPrefix(sw.label) + "switch"
            for (flag, name) in [(SwitchFlags.regex, "-regex"), (.wildcard, "-wildcard"), (.exact, "-exact"), (.caseSensitive, "-casesensitive"), (.file, "-file"), (.parallel, "-parallel")] where sw.flags.contains(flag) {
                s += " " + name
            }
            if let c = sw.condition { s += " " + statement(c) }
            for cl in sw.clauses { s += " " + expression(cl.condition) + " " + block(cl.body) }
            if let d = sw.defaultClause { s += " default " + block(d) }
            return s + ")"
        case .forEach(let f):
            return "(" + labelPrefix(f.label) + "foreach" + (f.parallel ? " -parallel" : "") + " $\(f.variable.variablePath.userPath) \(statement(f.condition)) \(block(f.body)))"
        case .for(let f):
            let parts = [f.initializer, f.condition, f.iterator].map { $0.map(statement) ?? "_" }
            return "(" + labelPrefix(f.label) + "for " + parts.joined(separator: " ") + " " + block(f.body) + ")"
        case .while(let w):
            return "(" + labelPrefix(w.label) + "while \(statement(w.condition)) \(block(w.body)))"
        case .doWhile(let d):
            return "(" + labelPrefix(d.label) + "do \(block(d.body)) while \(statement(d.condition)))"
        case .doUntil(let d):
            return "(" + labelPrefix(d.label) + "do \(block(d.body)) until \(statement(d.condition)))"
        case .try(let t):
            var s = "(try " + block(t.body)
            for c in t.catchClauses {
                s += " (catch" + c.catchTypes.map { " [" + $0.typeName.fullName + "]" }.joined() + " " + block(c.body) + ")"
            }
            if let f = t.finally { s += " (finally " + block(f) + ")" }
            return s + ")"
        case .trap(let t):
            return "(trap" + (t.trapType.map { " [" + $0.typeName.fullName + "]" } ?? "") + " " + block(t.body) + ")"
        case .throw(let t): return "(throw" + (t.pipeline.map { " " + statement($0) } ?? "") + ")"
        case .return(let r): return "(return" + (r.pipeline.map { " " + statement($0) } ?? "") + ")"
        case .exit(let e): return "(exit" + (e.pipeline.map { " " + statement($0) } ?? "") + ")"
        case .break(let b): return "(break" + (b.label.map { " " + expression($0) } ?? "") + ")"
        case .continue(let c): return "(continue" + (c.label.map { " " + expression($0) } ?? "") + ")"
        case .functionDefinition(let f):
            var s = "(" + (f.isFilter ? "filter " : "function ") + f.name
            if let ps = f.parameters { s += " (" + ps.map(parameter).joined(separator: " ") + ")" }
            return s + " {" + scriptBlock(f.body) + "})"
        case .data(let d):
            return "(data" + (d.variable.map { " " + $0 } ?? "") + " " + block(d.body) + ")"
        case .typeDefinition(let t) where t.isEnum:
            return "(enum \(t.name)" + t.members.map { " " + $0.name + ($0.initialValue.map { "=" + expression($0) } ?? "") }.joined() + ")"
        case .typeDefinition(let t):
            var s = "(class \(t.name)" + (t.baseTypes.isEmpty ? "" : " : " + t.baseTypes.map { $0.typeName.description }.joined(separator: ","))
            for m in t.classMembers {
                switch m {
                case .property(let p):
                    s += " (property " + (p.isStatic ? "static " : "") + (p.isHidden ? "hidden " : "") + (p.propertyType.map { "[\($0.typeName)] " } ?? "")
                        + "$" + p.name + (p.initialValue.map { "=" + expression($0) } ?? "") + ")"
                case .method(let f):
                    s += " (" + (f.isConstructor ? "ctor " : "method ") + (f.isStatic ? "static " : "") + (f.isHidden ? "hidden " : "")
                        + (f.returnType.map { "[\($0.typeName)] " } ?? "") + f.name + " (" + f.parameters.map(parameter).joined(separator: " ") + ")"
                        + (f.baseArguments.map { " base(" + $0.map(expression).joined(separator: " ") + ")" } ?? "")
                        + " {" + scriptBlock(f.body) + "})"
                }
            }
            return s + ")"
        case .using(let u):
            return "(using \(u.kind.rawValue) \(u.name))"
        case .error:
            return "(error)"
        }
    }

    static func commandBase(_ c: CommandBaseAst) -> String {
        switch c {
        case .command(let cmd):
            var s = "(command"
            if cmd.invocationOperator != .none { s += " " + cmd.invocationOperator.rawValue }
            for e in cmd.commandElements {
                switch e {
                case .parameter(let p):
                    s += " -" + p.parameterName + (p.argument.map { ":" + expression($0) } ?? "")
                case .expression(let x):
                    s += " " + expression(x)
                }
            }
            s += cmd.redirections.map { " " + redirection($0) }.joined()
            return s + ")"
        case .expression(let e):
            if e.redirections.isEmpty { return expression(e.expression) }
            return "(redirect " + expression(e.expression) + e.redirections.map { " " + redirection($0) }.joined() + ")"
        }
    }

    static func redirection(_ r: RedirectionAst) -> String {
        switch r {
        case .file(let f): return "\(f.fromStream.rawValue)>\(f.append ? ">" : "")\(expression(f.location))"
        case .merging(let m): return "\(m.fromStream.rawValue)>&\(m.toStream.rawValue)"
        }
    }

    static func number(_ v: NumberValue) -> String {
        switch v {
        case .int32(let x): return "\(x)"
        case .int64(let x): return "\(x)L"
        case .uint32(let x): return "\(x)u"
        case .uint64(let x): return "\(x)ul"
        case .int16(let x): return "\(x)s"
        case .uint16(let x): return "\(x)us"
        case .sbyte(let x): return "\(x)y"
        case .byte(let x): return "\(x)uy"
        case .double(let x): return "\(x)"
        case .decimal(let d, let m): return m == 1 ? "\(d)d" : "\(d)d*\(m)"
        case .bigInteger(let s): return "\(s)n"
        }
    }

    static func quote(_ s: String) -> String {
        var out = String.UnicodeScalarView()
        out.append("\"")
        for u in s.unicodeScalars {
            switch u {
            case "\\": out.append(contentsOf: "\\\\".unicodeScalars)
            case "\"": out.append(contentsOf: "\\\"".unicodeScalars)
            case "\n": out.append(contentsOf: "\\n".unicodeScalars)
            case "\r": out.append(contentsOf: "\\r".unicodeScalars)
            default: out.append(u)
            }
        }
        out.append("\"")
        return String(out)
    }

    static func expression(_ e: ExpressionAst) -> String {
        switch e {
        case .binary(let b): return "(\(b.operator.text) \(expression(b.left)) \(expression(b.right)))"
        case .unary(let u):
            switch u.operator {
            case .postIncrement: return "(post++ \(expression(u.child)))"
            case .postDecrement: return "(post-- \(expression(u.child)))"
            default: return "(\(u.operator.rawValue) \(expression(u.child)))"
            }
        case .ternary(let t): return "(? \(expression(t.condition)) \(expression(t.ifTrue)) \(expression(t.ifFalse)))"
        case .convert(let c): return "([\(c.type.typeName.fullName)] \(expression(c.child)))"
        case .attributed(let a): return "(\(attribute(a.attribute)) \(expression(a.child)))"
        case .type(let t): return "[\(t.typeName.fullName)]"
        case .constant(let c): return number(c.value)
        case .stringConstant(let s):
            switch s.stringConstantType {
            case .bareWord: return s.value.isEmpty || s.value.contains(" ") ? quote(s.value) : s.value
            case .verbatimArgument: return "--% " + quote(s.value)
            default: return quote(s.value)
            }
        case .expandableString(let x):
            return "(expand" + x.parts.map { part -> String in
                switch part {
                case .literal(let l): return " " + quote(l)
                case .expression(let inner): return " " + expression(inner)
                }
            }.joined() + ")"
        case .variable(let v): return (v.splatted ? "@" : "$") + v.variablePath.userPath
        case .member(let m):
            return "(" + (m.isStatic ? "::" : (m.nullConditional ? "?." : ".")) + " " + expression(m.expression) + " " + expression(m.member) + ")"
        case .invokeMember(let m):
            return "(call" + (m.isStatic ? "::" : (m.nullConditional ? "?." : ".")) + " " + expression(m.expression) + " " + expression(m.member) + m.arguments.map { " " + expression($0) }.joined() + ")"
        case .index(let i): return "(" + (i.nullConditional ? "?[]" : "[]") + " " + expression(i.target) + " " + expression(i.index) + ")"
        case .arrayLiteral(let a): return "(, " + a.elements.map(expression).joined(separator: " ") + ")"
        case .arrayExpression(let a): return "@(" + a.subExpression.statements.map(statement).joined(separator: " ") + ")"
        case .subExpression(let s): return "$(" + s.subExpression.statements.map(statement).joined(separator: " ") + ")"
        case .paren(let p): return "(paren " + statement(p.pipeline) + ")"
        case .hashtable(let h):
            return "@{" + h.keyValuePairs.map { expression($0.key) + "=" + statement($0.value) }.joined(separator: " ") + "}"
        case .scriptBlock(let s): return "{" + scriptBlock(s.scriptBlock) + "}"
        case .error: return "(error)"
        }
    }
}

