import Foundation
import PowerShellSyntax

extension Session {

    func memberName(_ e: ExpressionAst) throws -> String {
        if case .stringConstant(let s) = e { return s.value }
        return LanguagePrimitives.toString(try evaluate(e))
    }

    func evaluateMember(_ m: MemberExpressionAst) throws -> Value {
        let name = try memberName(m.member)
        if m.isStatic {
            guard case .type(let t) = try evaluate(m.expression) else {
                throw RuntimeError(message: "Unable to find type.", errorId: "TypeNotFound", category: .InvalidOperation)
            }
            return try staticProperty(t, name)
        }
        let target = try evaluate(m.expression)
        if m.nullConditional && target.isNull { return .null }
        return try getMember(target, name, key: memberKey(m.member, name))
    }

    /// The folded name of a member written as a constant (`$user.Department`), made once per node:
    /// folding and hashing the name on every access was a tenth of a property-reading loop.
    func memberKey(_ member: ExpressionAst, _ name: String) -> NameKey {
        guard case .stringConstant(let s) = member else { return NameKey(name) }
        let id = NodeKey(s)
        if let hit = memberKeys[id], hit.node === s { return hit.key }
        let key = NameKey(name)
        memberKeys[id] = (s, key)
        return key
    }

    /// Property access with PowerShell's rules: hashtable keys, PSObject members, .NET-like
    /// properties of scalars, and member-access enumeration over collections.
    func getMember(_ target: Value, _ name: String, key knownKey: NameKey? = nil) throws -> Value {
        let key = knownKey ?? NameKey(name)
        // Update-TypeData members: after an object's own members, before the built-in ones
        if !typeData.isEmpty, let m = typeDataMember(target, key), m.isProperty {
            if case .object(let o) = target, o.member(key) != nil {} else { return try memberValue(m, of: target) }
        }
        switch target {
        case .null, .automationNull:
            if key.folded == "count" || key.folded == "length" { return .int(0) }
            return .null
        case .object(let o):
            if let m = o.member(key) { return try memberValue(m, of: target) }
            if key.folded == "psobject" { return .native(PSObjectView(target)) }
            if key.folded == "pstypenames" { return .array(PSArray(o.typeNames.map { .string($0) })) }
            if let b = o.baseObject { return try getMember(b, name, key: key) }
            if key.folded == "count" || key.folded == "length" { return .int(1) }
            return try missingProperty(name)
        case .hashtable(let h):
            if let v = h.value(foldedKey: key.folded) { return v }
            switch key.folded {
            case "count": return .int(h.count)
            case "keys": return .native(KeyCollection(h.keys))
            case "values": return .native(KeyCollection(h.values))
            case "isreadonly", "isfixedsize", "issynchronized": return .bool(false)
            case "psobject": return .native(PSObjectView(target))
            case "syncroot": return target
            default: return .null
            }
        case .array(let a):
            switch key.folded {
            case "count", "length": return .int(a.items.count)
            case "longlength": return .long(Int64(a.items.count))
            case "rank": return .int(1)
            case "isfixedsize", "isreadonly": return .bool(key.folded == "isfixedsize")
            case "syncroot": return target
            case "psobject": return .native(PSObjectView(target))
            default: return try enumerateMember(a.items, name)
            }
        case .native(let n):
            if let v = n.getProperty(key, session: self) { return v }
            if key.folded == "psobject" { return .native(PSObjectView(target)) }
            if let items = n.enumerated(), !(n is PSException) {
                if key.folded == "count" || key.folded == "length" { return .int(items.count) }
                return try enumerateMember(items, name)
            }
            if key.folded == "count" || key.folded == "length" { return .int(1) }
            return try missingProperty(name)
        default:
            if let v = try scalarProperty(target, key) { return v }
            if key.folded == "psobject" { return .native(PSObjectView(target)) }
            if key.folded == "count" || key.folded == "length" { return .int(1) }
            return try missingProperty(name)
        }
    }

    func memberValue(_ m: PSMember, of target: Value) throws -> Value {
        switch m.kind {
        case .noteProperty(let v): return v
        case .scriptProperty(let getter, _):
            var out: [Value] = []
            try invokeScriptBlock(getter, dollarUnder: nil, arguments: [], this: target, newScope: true) { out.append($0) }
            return Session.collapse(out)
        case .aliasProperty(let t): return try getMember(target, t)
        case .codeProperty(let f):
            if case .object(let o) = target { return f(o) }
            return .null
        case .scriptMethod, .codeMethod:
            return .string(m.name)
        }
    }

    /// `$users.Name`: the member of each item (items lacking it contribute nothing).
    func enumerateMember(_ items: [Value], _ name: String) throws -> Value {
        var out: [Value] = []
        for item in items {
            if item.isNull { continue }
            let v = try getMember(item, name)
            if v.isNull && !hasMember(item, name) { continue }
            if let inner = v.enumerated() { out += inner } else { out.append(v) }
        }
        if out.isEmpty { return .null }
        if out.count == 1 { return out[0] }
        return .array(PSArray(out))
    }

    func hasMember(_ v: Value, _ name: String) -> Bool {
        switch v {
        case .object(let o): return o.member(name) != nil
        case .hashtable(let h): return h.containsKey(.string(name))
        default: return false
        }
    }

    /// Properties of built-in scalar types (DateTime, TimeSpan, Guid, String, Type, ScriptBlock).
    func scalarProperty(_ v: Value, _ key: NameKey) throws -> Value? {
        switch v {
        case .string(let s):
            if key.folded == "length" { return .int(s.utf16.count) }
            return nil
        case .dateTime(let d):
            switch key.folded {
            case "year": return .int(d.year)
            case "month": return .int(d.month)
            case "day": return .int(d.day)
            case "hour": return .int(d.hour)
            case "minute": return .int(d.minute)
            case "second": return .int(d.second)
            case "millisecond": return .int(d.millisecond)
            case "dayofweek": return BuiltinEnums.named("System.DayOfWeek").map { .native($0.value(Int64(d.dayOfWeek))) } ?? .int(d.dayOfWeek)
            case "dayofyear": return .int(d.dayOfYear)
            case "date": return .dateTime(d.date)
            case "ticks": return .long(d.ticks)
            case "kind": return BuiltinEnums.dateTimeKindValue(d.kind)
            case "timeofday": return .timeSpan(DotNetTimeSpan(ticks: d.ticks - d.date.ticks))
            default: return nil
            }
        case .timeSpan(let t):
            switch key.folded {
            case "days": return .int(t.days)
            case "hours": return .int(t.hours)
            case "minutes": return .int(t.minutes)
            case "seconds": return .int(t.seconds)
            case "milliseconds": return .int(t.milliseconds)
            case "microseconds": return .int(Int((t.ticks / 10) % 1000))
            case "nanoseconds": return .int(Int(t.ticks % 10) * 100)
            case "totalmicroseconds": return .double(Double(t.ticks) / 10)
            case "totalnanoseconds": return .double(Double(t.ticks) * 100)
            case "ticks": return .long(t.ticks)
            case "totaldays": return .double(t.totalDays)
            case "totalhours": return .double(t.totalHours)
            case "totalminutes": return .double(t.totalMinutes)
            case "totalseconds": return .double(t.totalSeconds)
            case "totalmilliseconds": return .double(t.totalMilliseconds)
            default: return nil
            }
        case .guid(let g):
            if key.folded == "guid" { return .string(g.uuidString.lowercased()) }
            return nil
        case .type(let t):
            switch key.folded {
            case "name": return .string(t.name)
            case "fullname": return .string(t.fullName)
            case "namespace":
                let parts = t.fullName.split(separator: "[").first.map(String.init) ?? t.fullName
                return .string(parts.split(separator: ".").dropLast().joined(separator: "."))
            case "isarray": return .bool(t.isArray)
            case "basetype":
                let chain = types.baseChain(of: t.fullName)
                return chain.count > 1 ? .type(PSTypeInfo(fullName: chain[1])) : .null
            default: return nil
            }
        case .scriptBlock(let sb):
            switch key.folded {
            case "ast": return .native(AstObject(sb.ast, tree: AstTree(root: sb.ast)))
            case "file": return .string(sb.ast.extent.fileName ?? "")
            case "startposition": return .null
            default: return nil
            }
        case .char(let c):
            if key.folded == "length" { return .int(1) }
            _ = c
            return nil
        default:
            return nil
        }
    }

    // MARK: methods

    func evaluateInvokeMember(_ m: InvokeMemberExpressionAst) throws -> Value {
        let name = try memberName(m.member)
        var args: [Value] = []
        for a in m.arguments {
            let v = try evaluate(a)
            args.append(v == .automationNull ? .null : v)
        }
        do {
            if m.isStatic {
                guard case .type(let t) = try evaluate(m.expression) else {
                    throw RuntimeError(message: "Unable to find type.", errorId: "TypeNotFound", category: .InvalidOperation)
                }
                return try invokeStatic(t, name, args)
            }
            let target = try evaluate(m.expression)
            if m.nullConditional && target.isNull { return .null }
            return try invokeMethod(target, name, args)
        } catch let e as RuntimeError {
            if e.record.invocationInfo == nil { e.record.invocationInfo = invocationInfo(for: m.extent, command: nil) }
            throw e
        }
    }

    /// Calls a method on a value: PSObject script/code methods, the emulated .NET methods of
    /// built-in types, native objects, then member-access enumeration over collections.
    func invokeMethod(_ target: Value, _ name: String, _ args: [Value]) throws -> Value {
        let key: NameKey
        if let last = lastMethodKey, last.name == name {
            key = last.key
        } else {
            key = NameKey(name)
            lastMethodKey = (name, key)
        }
        switch target {
        case .null, .automationNull:
            throw RuntimeError(message: "You cannot call a method on a null-valued expression.", errorId: "InvokeMethodOnNull", category: .InvalidOperation)
        case .object(let o):
            if let m = o.member(key) {
                switch m.kind {
                case .scriptMethod(let sb):
                    var out: [Value] = []
                    try invokeScriptBlock(sb, dollarUnder: nil, arguments: args, this: target, newScope: true) { out.append($0) }
                    return Session.collapse(out)
                case .codeMethod(let f): return try f(o, args)
                default: break
                }
            }
            if let b = o.baseObject, key.folded != "gettype" { return try invokeMethod(b, name, args) }
        default: break
        }
        if !typeData.isEmpty, let m = typeDataMember(target, key) {
            switch m.kind {
            case .scriptMethod(let sb):
                var out: [Value] = []
                try invokeScriptBlock(sb, dollarUnder: nil, arguments: args, this: target, newScope: true) { out.append($0) }
                return Session.collapse(out)
            default: break
            }
        }
        if let v = try BuiltinMethods.invoke(target, key, args, session: self) { return v }
        switch key.folded {
        case "gettype": return .type(typeInfo(of: target))
        case "tostring":
            // a double's own ToString() gives its round-trip digits (the conversion gives 15)
            if args.isEmpty, case .double(let d) = ObjectAccess.base(target) { return .string(DotNetFormat.toString(d)) }
            if args.isEmpty, case .sized(let n) = ObjectAccess.base(target) { return .string(n.description) }
            if args.isEmpty { return .string(LanguagePrimitives.toString(target)) }
        case "equals":
            return .bool(Operators.equals(target, args.first ?? .null, caseSensitive: true))
        case "gethashcode":
            return .int(Int(truncatingIfNeeded: Int64(LanguagePrimitives.toString(target).hashValue) & 0x7fffffff))
        default: break
        }
        // .NET's accessor methods: `$h.get_Keys()`, `$list.get_Item(0)`, `$o.set_Name('x')`
        if key.folded.hasPrefix("get_") || key.folded.hasPrefix("set_") {
            let property = String(name.dropFirst(4))
            if key.folded.hasPrefix("get_") {
                if CaseFold.equal(property, "Item"), args.count == 1 { return try index(target, args[0]) }
                if args.isEmpty, let v = try? getMember(target, property), v != .automationNull, !(v.isNull && ObjectAccess.property(target, property, session: self) == nil) { return v }
            } else if args.count == 1, !(target.enumerated() != nil && ObjectAccess.property(target, property, session: self) == nil) {
                try setMember(target, property, args[0], extent: nil)
                return .automationNull
            }
        }
        // Member-access enumeration of methods.
        if let items = target.enumerated() {
            var out: [Value] = []
            for item in items {
                let v = try invokeMethod(item, name, args)
                if v == .automationNull { continue }
                out.append(v)
            }
            return Session.collapse(out) == .automationNull ? .automationNull : (out.count == 1 ? out[0] : .array(PSArray(out)))
        }
        throw RuntimeError(message: "Method invocation failed because [\(target.typeName)] does not contain a method named '\(name)'.", errorId: "MethodNotFound", category: .InvalidOperation)
    }

    func typeInfo(of v: Value) -> PSTypeInfo {
        switch v {
        case .array(let a):
            let el = a.elementTypeName ?? "System.Object"
            return PSTypeInfo(fullName: el + "[]", genericArguments: [PSTypeInfo(fullName: el)], isArray: true)
        case .native(let n as PSList) where !n.isArrayList:
            let el = n.elementType ?? PSTypeInfo(fullName: "System.Object")
            return PSTypeInfo(fullName: "System.Collections.Generic.List`1[[\(el.fullName)]]", name: "List`1", genericArguments: [el])
        default:
            return PSTypeInfo(fullName: v.typeName)
        }
    }

    // MARK: indexing

    func evaluateIndex(_ ix: IndexExpressionAst) throws -> Value {
        let target = try evaluate(ix.target)
        if ix.nullConditional && target.isNull { return .null }
        let idx = try evaluate(ix.index)
        return try index(target, idx)
    }

    /// `$a[i]`, `$a[-1]`, `$a[0,2]`, `$a[1..3]`, `$h['k']`, `$s[0]`.
    func index(_ target: Value, _ idx: Value) throws -> Value {
        switch target {
        case .null, .automationNull:
            throw RuntimeError(message: "Cannot index into a null array.", errorId: "NullArray", category: .InvalidOperation)
        case .hashtable(let h):
            if case .array(let keys) = idx {
                return .array(PSArray(keys.items.map { h[$0] ?? .null }))
            }
            // an ordered dictionary's int indexer is positional (OrderedDictionary[int])
            if h.isOrdered, !h.isOrderedHashtable {
                var position: Int?
                switch idx {
                case .int(let i): position = i
                case .long(let i): position = Int(i)
                default: position = nil
                }
                if let i = position {
                    let entries = h.entries
                    return i >= 0 && i < entries.count ? entries[i].value : .null
                }
            }
            return h[idx] ?? .null
        case .object(let o):
            if let b = o.baseObject { return try index(b, idx) }
            if case .string(let s) = idx { return try getMember(target, s) }
            return try index(.array(PSArray([target])), idx)
        case .native(let n):
            if let d = n as? DictionaryObject { return d.get(idx) }
            if let g = n as? GroupCollection { return g.item(idx) }
            if let items = n.enumerated() { return try indexList(items, idx) }
            throw RuntimeError(message: "Unable to index into an object of type \"\(target.typeName)\".", errorId: "CannotIndex", category: .InvalidOperation)
        case .array(let a):
            return try indexList(a.items, idx)
        case .string(let s):
            if let many = idx.enumerated() {
                return .array(PSArray(many.compactMap { i -> Value? in
                    guard let n = try? LanguagePrimitives.toInt(i) else { return nil }
                    return StringIndexing.char(s, at: n).map { .char($0) }
                }))
            }
            return StringIndexing.char(s, at: try LanguagePrimitives.toInt(idx)).map { .char($0) } ?? .null
        default:
            // Scalars index like a one-element array.
            return try indexList([target], idx)
        }
    }

    func indexList(_ items: [Value], _ idx: Value) throws -> Value {
        if let many = idx.enumerated() {
            var out: [Value] = []
            for i in many {
                let v = try indexList(items, i)
                if v != .automationNull { out.append(v) }
            }
            return .array(PSArray(out))
        }
        let n = try LanguagePrimitives.toInt(idx)
        let j = n < 0 ? items.count + n : n
        return j >= 0 && j < items.count ? items[j] : .null
    }
}

/// `$h.Keys` / `$h.Values`: an enumerable snapshot.
public final class KeyCollection: NativeObject {
    public let items: [Value]
    public init(_ items: [Value]) { self.items = items }
    public var typeName: String { "System.Collections.Hashtable+KeyCollection" }
    public func enumerated() -> [Value]? { items }
    public func getProperty(_ name: NameKey, session: Session) -> Value? {
        name.folded == "count" ? .int(items.count) : nil
    }
    public func invokeMethod(_ name: NameKey, _ args: [Value], session: Session) throws -> Value? {
        switch name.folded {
        case "contains": return .bool(items.contains { Operators.equals($0, args.first ?? .null, caseSensitive: false) })
        case "copyto": return .automationNull
        default: return nil
        }
    }
}

/// `$x.PSObject`: Properties, Members, TypeNames, BaseObject, Copy().
public final class PSObjectView: NativeObject {
    let value: Value
    init(_ v: Value) { value = v }
    public var typeName: String { "System.Management.Automation.PSObject" }
    public func getProperty(_ name: NameKey, session: Session) -> Value? {
        switch name.folded {
        case "properties": return .native(PropertyCollection(value: value, session: session))
        case "members": return .native(PropertyCollection(value: value, session: session, includeMethods: true))
        case "typenames":
            // an object's list is live: `$o.PSObject.TypeNames.Insert(0, 'My.Type')` retypes it
            if case .object(let o) = value { return .native(TypeNameCollection(o)) }
            return .array(PSArray(value.typeNames.map { .string($0) }))
        case "baseobject", "immediatebaseobject":
            if case .object(let o) = value, let b = o.baseObject { return b }
            return value
        default: return nil
        }
    }
    public func invokeMethod(_ name: NameKey, _ args: [Value], session: Session) throws -> Value? {
        switch name.folded {
        case "copy":
            if case .object(let o) = value { return .object(o.copy()) }
            if case .hashtable(let h) = value { return .hashtable(h.copy()) }
            return value
        default: return nil
        }
    }
}

/// `.PSObject.Properties`: PSPropertyInfo-like objects (Name, Value, MemberType, TypeNameOfValue).
public final class PropertyCollection: NativeObject {
    let value: Value
    unowned let session: Session
    let includeMethods: Bool
    init(value: Value, session: Session, includeMethods: Bool = false) {
        self.value = value
        self.session = session
        self.includeMethods = includeMethods
    }
    public var typeName: String { "System.Management.Automation.PSMemberInfoIntegratingCollection`1[[System.Management.Automation.PSPropertyInfo]]" }
    func entries() -> [(String, String, Value)] {
        switch value {
        case .object(let o):
            return o.members.filter { includeMethods || $0.isProperty }.map { m in
                (m.name, m.memberTypeName, m.isProperty ? ((try? session.memberValue(m, of: value)) ?? .null) : .null)
            }
        case .native(let n):
            return n.propertyNames.map { ($0, "Property", n.getProperty(NameKey($0), session: session) ?? .null) }
        case .hashtable(let h):
            return [("Count", "Property", .int(h.count)), ("Keys", "Property", .native(KeyCollection(h.keys))), ("Values", "Property", .native(KeyCollection(h.values)))]
        case .string(let s):
            return [("Length", "Property", .int(s.utf16.count))]
        default:
            return []
        }
    }
    func item(_ e: (String, String, Value)) -> Value {
        .object(PSObject(properties: [("Name", .string(e.0)), ("MemberType", .string(e.1)), ("Value", e.2), ("TypeNameOfValue", .string(e.2.isNull ? "System.Object" : e.2.typeName)), ("IsSettable", .bool(true)), ("IsGettable", .bool(true))], typeName: "System.Management.Automation.PSNoteProperty"))
    }
    public func enumerated() -> [Value]? { entries().map(item) }
    public func getProperty(_ name: NameKey, session: Session) -> Value? {
        if name.folded == "count" { return .int(entries().count) }
        return nil
    }
    public func invokeMethod(_ name: NameKey, _ args: [Value], session: Session) throws -> Value? {
        switch name.folded {
        case "item", "match":
            let k = LanguagePrimitives.toString(args.first ?? .null)
            if name.folded == "match" {
                let p = WildcardPattern(k)
                return .array(PSArray(entries().filter { p.matches($0.0) }.map(item)))
            }
            return entries().first { NameKey($0.0) == NameKey(k) }.map(item) ?? .null
        case "add":
            if case .object(let o) = value, case .object(let p) = args.first ?? .null,
               let n = p.member("Name"), case .noteProperty(let nv) = n.kind {
                var val = Value.null
                if let v = p.member("Value"), case .noteProperty(let vv) = v.kind { val = vv }
                o.setNote(LanguagePrimitives.toString(nv), val)
            }
            return .automationNull
        case "remove":
            if case .object(let o) = value { o.remove(LanguagePrimitives.toString(args.first ?? .null)) }
            return .automationNull
        default: return nil
        }
    }
}
