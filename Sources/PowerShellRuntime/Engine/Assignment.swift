import Foundation
import PowerShellSyntax

extension Session {

    func executeAssignment(_ a: AssignmentStatementAst) throws {
        var rhs: Value
        if let e = a.right.pureExpression {
            rhs = try evaluate(e)
        } else {
            var out: [Value] = []
            try executeStatement(a.right, emit: { out.append($0) })
            rhs = Session.collapse(out)
        }
        do {
            switch a.operator {
            case .assign:
                try assign(to: a.left, rhs)
            case .nullCoalesceEquals:
                let cur = try evaluate(a.left)
                if cur.isNull { try assign(to: a.left, rhs) }
            default:
                let cur = try evaluate(a.left)
                if rhs == .automationNull { rhs = .null }
                let op: Operators.ArithmeticOp
                switch a.operator {
                case .plusEquals: op = .add
                case .minusEquals: op = .sub
                case .multiplyEquals: op = .mul
                case .divideEquals: op = .div
                default: op = .mod
                }
                try assign(to: a.left, try Operators.arithmetic(op, cur == .automationNull ? .null : cur, rhs))
            }
        } catch let e as RuntimeError {
            if e.record.invocationInfo == nil { e.record.invocationInfo = invocationInfo(for: a.extent, command: nil) }
            throw e
        }
    }

    /// Stores a value into an assignable expression.
    func assign(to target: ExpressionAst, _ value: Value) throws {
        switch target {
        case .variable(let v):
            try assignVariable(v, value)
        case .convert(let c):
            // `[int]$x = ...` gives the variable a type constraint.
            let t = try resolveType(node: c.type, c.type.typeName, extent: c.type.extent)
            if case .variable(let v) = c.child {
                try assignVariable(v.variablePath, value, typeConstraint: t)
            } else {
                try assign(to: c.child, try LanguagePrimitives.convert(value, to: t, types: types))
            }
        case .attributed(let a):
            try assign(to: a.child, value)
        case .arrayLiteral(let arr):
            var items = value.isNull ? (value == .automationNull ? [] : [Value.null]) : (value.enumerated() ?? [value])
            for (i, el) in arr.elements.enumerated() {
                if i == arr.elements.count - 1 {
                    let rest = items
                    try assign(to: el, rest.isEmpty ? .null : (rest.count == 1 ? rest[0] : .array(PSArray(rest))))
                } else {
                    try assign(to: el, items.isEmpty ? .null : items.removeFirst())
                }
            }
        case .member(let m):
            let obj = try evaluate(m.expression)
            let name = try memberName(m.member)
            if m.isStatic {
                // Static property assignments ([Net.ServicePointManager]::SecurityProtocol = ...) are
                // accepted and remembered for this session, so reading the property gives them back.
                if case .type(let t) = obj, let cls = scriptClass(t) {
                    if try setClassStaticProperty(cls, NameKey(name), value) { return }
                    throw RuntimeError(message: "The property '\(name)' cannot be found on this object. Verify that the property exists and can be set.", errorId: "PropertyAssignmentException", category: .InvalidOperation)
                }
                if case .type(let t) = obj { staticAssignments[t.foldedName + "::" + NameKey.fold(name)] = value }
                return
            }
            try setMember(obj, name, value, extent: m.extent)
        case .index(let ix):
            let obj = try evaluate(ix.target)
            let idx = try evaluate(ix.index)
            try setIndex(obj, idx, value, extent: ix.extent)
        case .paren(let p):
            if let e = p.pipeline.pureExpression { try assign(to: e, value) } else { fallthrough }
        default:
            throw RuntimeError(message: "The assignment expression is not valid. The input to an assignment operator must be an object that is able to accept assignments, such as a variable or a property.", errorId: "InvalidLeftHandSide", category: .ParserError, exceptionType: "System.Management.Automation.ParseException")
        }
    }

    func setMember(_ obj: Value, _ name: String, _ value: Value, extent: Extent?) throws {
        let key = NameKey(name)
        switch obj {
        case .object(let o):
            if let m = o.member(key) {
                switch m.kind {
                case .noteProperty: o.setNote(m.name, value)
                case .scriptProperty(_, let setter):
                    guard let setter else { throw notSettable(name, obj) }
                    var out: [Value] = []
                    try invokeScriptBlock(setter, dollarUnder: nil, arguments: [value], this: obj, newScope: true) { out.append($0) }
                case .aliasProperty(let t): try setMember(obj, t, value, extent: extent)
                default: throw notSettable(name, obj)
                }
                return
            }
            if let b = o.baseObject { try setMember(b, name, value, extent: extent); return }
            throw propertyNotFound(name, obj)
        case .hashtable(let h):
            h[.string(name)] = value
        case .native(let n):
            if try n.setProperty(key, value, session: self) { return }
            throw propertyNotFound(name, obj)
        case .null, .automationNull:
            throw RuntimeError(message: "The property '\(name)' cannot be found on this object. Verify that the property exists and can be set.", errorId: "PropertyAssignmentException", category: .InvalidOperation)
        case .array(let a):
            // Member-access enumeration cannot set; PowerShell reports the property missing on the array.
            _ = a
            throw propertyNotFound(name, obj)
        default:
            throw propertyNotFound(name, obj)
        }
    }

    func propertyNotFound(_ name: String, _ obj: Value) -> RuntimeError {
        RuntimeError(message: "The property '\(name)' cannot be found on this object. Verify that the property exists and can be set.", errorId: "PropertyNotFound", category: .InvalidOperation)
    }

    func notSettable(_ name: String, _ obj: Value) -> RuntimeError {
        RuntimeError(message: "'\(name)' is a ReadOnly property.", errorId: "PropertyAssignmentException", category: .InvalidOperation)
    }

    func setIndex(_ obj: Value, _ idx: Value, _ value: Value, extent: Extent?) throws {
        switch obj {
        case .array(let a):
            let i = try LanguagePrimitives.toInt(idx)
            let j = i < 0 ? a.items.count + i : i
            guard j >= 0 && j < a.items.count else {
                throw RuntimeError(message: "Index was outside the bounds of the array.", errorId: "System.IndexOutOfRangeException", category: .InvalidOperation, exceptionType: "System.IndexOutOfRangeException")
            }
            var v = value
            if let el = a.elementTypeName, let t = types.resolve(el) { v = try LanguagePrimitives.convert(value, to: t, types: types) }
            a.items[j] = v
        case .hashtable(let h):
            h[idx] = value
        case .native(let n):
            if let l = n as? PSList {
                let i = try LanguagePrimitives.toInt(idx)
                guard i >= 0 && i < l.items.count else { throw l.indexError() }
                l.items[i] = try l.coerce(value, self)
                return
            }
            if let d = n as? DictionaryObject { try d.set(idx, value, session: self); return }
            throw RuntimeError(message: "Unable to index into an object of type \(obj.typeName).", errorId: "CannotIndex", category: .InvalidOperation)
        case .object(let o):
            try setMember(.object(o), LanguagePrimitives.toString(idx), value, extent: extent)
        case .null, .automationNull:
            throw RuntimeError(message: "Cannot index into a null array.", errorId: "NullArray", category: .InvalidOperation)
        default:
            throw RuntimeError(message: "Unable to index into an object of type \(obj.typeName).", errorId: "CannotIndex", category: .InvalidOperation)
        }
    }
}
