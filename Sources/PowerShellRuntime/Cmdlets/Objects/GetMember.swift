import PowerShellSyntax

/// Get-Member (`gm`): the members of each distinct input type, as MemberDefinition objects
/// (TypeName, Name, MemberType, Definition) sorted by member type then name, each type once.
final class GetMemberCommand: Cmdlet {
    static let definitionType = "Microsoft.PowerShell.Commands.MemberDefinition"

    static let metadata = CommandMetadata(
        name: "Get-Member",
        parameters: [
            ParameterMetadata(name: "InputObject", type: "psobject", valueFromPipeline: true),
            ParameterMetadata(name: "Name", type: "string[]", position: 0),
            ParameterMetadata(name: "MemberType", type: "string[]", aliases: ["Type"]),
            ParameterMetadata(name: "View", type: "string"),
            ParameterMetadata(name: "Static", type: "switch"),
            ParameterMetadata(name: "Force", type: "switch"),
        ],
        outputTypes: [definitionType],
        moduleName: "Microsoft.PowerShell.Utility",
        synopsis: "Gets the properties and methods of objects.",
        examples: [CommandExample(code: "[pscustomobject]@{Seats=25} | Get-Member -MemberType NoteProperty | ForEach-Object Definition", remarks: "A note property's definition.", expectedOutput: "int Seats=25")])
    init() {}
    private var seenTypes = Set<String>()

    func process(_ context: CommandContext) throws {
        CmdletViews.register(context.session)
        guard let input = context.inputObject ?? context.value("InputObject"), !input.isNull else { return }
        let typeName = GetMemberCommand.displayTypeName(input)
        let identity = typeName + "|" + (ObjectAccess.propertyNames(of: input).map(CaseFold.fold).joined(separator: ","))
        guard seenTypes.insert(identity).inserted else { return }
        var members = GetMemberCommand.members(of: input, context: context)
        let names = context.strings("Name").map { WildcardPattern($0) }
        if !names.isEmpty { members = members.filter { m in names.contains { $0.matches(m.name) } } }
        let types = context.strings("MemberType").flatMap { $0.split(separator: ",").map { CaseFold.fold($0.trimmingCharacters(in: .whitespaces)) } }
        if !types.isEmpty {
            members = members.filter { m in
                let t = CaseFold.fold(m.type)
                return types.contains(t) || (types.contains("properties") && t.hasSuffix("property")) || (types.contains("methods") && t.hasSuffix("method")) || types.contains("all")
            }
        }
        members.sort { a, b in
            let c = CaseFold.compare(a.type, b.type, caseSensitive: false)
            return c != 0 ? c < 0 : CaseFold.compare(a.name, b.name, caseSensitive: false) < 0
        }
        for m in members {
            let o = PSObject(typeNames: [GetMemberCommand.definitionType, "System.Object"])
            o.setNote("TypeName", .string(typeName))
            o.setNote("Name", .string(m.name))
            o.setNote("MemberType", .string(m.type))
            o.setNote("Definition", .string(m.definition))
            try context.writeObject(.object(o))
        }
    }

    static func displayTypeName(_ v: Value) -> String {
        switch v {
        case .native(let n as PSList): return n.isArrayList ? "System.Collections.ArrayList" : "System.Collections.Generic.List`1[[\(n.elementType?.fullName ?? "System.Object")]]"
        default: return ObjectAccess.typeName(of: v)
        }
    }

    struct Member { let name: String; let type: String; let definition: String }

    /// PowerShell's short type names in definitions (`string`, `int`, `bool`, `datetime`, `Object[]`).
    static func shortTypeName(_ v: Value) -> String {
        switch ObjectAccess.base(v) {
        case .null, .automationNull: return "object"
        case .string: return "string"
        case .int: return "int"
        case .long: return "long"
        case .double: return "double"
        case .decimal: return "decimal"
        case .sized(let n):
            switch n.kind {
            case .sbyte: return "sbyte"
            case .byte: return "byte"
            case .int16: return "int16"
            case .uint16: return "uint16"
            case .uint32: return "uint32"
            case .uint64: return "uint64"
            case .single: return "float"
            case .bigInteger: return "bigint"
            }
        case .bool: return "bool"
        case .char: return "char"
        case .dateTime: return "datetime"
        case .timeSpan: return "timespan"
        case .guid: return "guid"
        case .hashtable(let h): return h.isOrdered ? "System.Collections.Specialized.OrderedDictionary" : "hashtable"
        case .array(let a): return (a.elementTypeName.map { shortName($0) } ?? "Object") + "[]"
        case .scriptBlock: return "scriptblock"
        default: return v.typeName
        }
    }

    static func shortName(_ full: String) -> String {
        ["System.String": "string", "System.Int32": "int", "System.Int64": "long", "System.Boolean": "bool", "System.Double": "double", "System.Object": "Object"][full] ?? full
    }

    static func members(of v: Value, context: CommandContext) -> [Member] {
        var out: [Member] = [
            Member(name: "Equals", type: "Method", definition: "bool Equals(System.Object obj)"),
            Member(name: "GetHashCode", type: "Method", definition: "int GetHashCode()"),
            Member(name: "GetType", type: "Method", definition: "type GetType()"),
            Member(name: "ToString", type: "Method", definition: "string ToString()"),
        ]
        func adapted(_ base: Value) {
            for n in ObjectAccess.propertyNames(of: base) {
                let value = ObjectAccess.property(base, n, context: context) ?? .null
                out.append(Member(name: n, type: "Property", definition: "\(shortTypeName(value)) \(n) {get;}"))
            }
        }
        switch v {
        case .object(let o):
            for m in o.members {
                switch m.kind {
                case .noteProperty(let value):
                    let shown = value.isNull ? "null" : LanguagePrimitives.toString(value)
                    out.append(Member(name: m.name, type: "NoteProperty", definition: "\(shortTypeName(value)) \(m.name)=\(shown)"))
                case .aliasProperty(let target):
                    out.append(Member(name: m.name, type: "AliasProperty", definition: "\(m.name) = \(target)"))
                case .scriptProperty(let getter, let setter):
                    var d = "System.Object \(m.name) {get=\(getter.text);"
                    if let setter { d += "set=\(setter.text);" }
                    out.append(Member(name: m.name, type: "ScriptProperty", definition: d + "}"))
                case .scriptMethod(let body):
                    _ = body
                    out.append(Member(name: m.name, type: "ScriptMethod", definition: "System.Object \(m.name)();"))
                case .codeProperty:
                    out.append(Member(name: m.name, type: "CodeProperty", definition: "System.Object \(m.name){get=;}"))
                case .codeMethod:
                    if !["tostring"].contains(m.key.folded) {
                        out.append(Member(name: m.name, type: "CodeMethod", definition: "System.Object \(m.name)()"))
                    }
                }
            }
            if let b = o.baseObject { adapted(b) }
        case .hashtable:
            for (n, d) in [("Add", "void Add(System.Object key, System.Object value)"), ("Clear", "void Clear()"), ("Clone", "System.Object Clone()"),
                           ("Contains", "bool Contains(System.Object key)"), ("ContainsKey", "bool ContainsKey(System.Object key)"),
                           ("ContainsValue", "bool ContainsValue(System.Object value)"), ("Remove", "void Remove(System.Object key)")] {
                out.append(Member(name: n, type: "Method", definition: d))
            }
            out.append(Member(name: "Item", type: "ParameterizedProperty", definition: "System.Object Item(System.Object key) {get;set;}"))
            adapted(v)
        case .string:
            for (n, d) in [("Contains", "bool Contains(string value)"), ("EndsWith", "bool EndsWith(string value)"), ("IndexOf", "int IndexOf(string value)"),
                           ("Replace", "string Replace(string oldValue, string newValue)"), ("Split", "string[] Split(Params char[] separator)"),
                           ("StartsWith", "bool StartsWith(string value)"), ("Substring", "string Substring(int startIndex)"),
                           ("ToLower", "string ToLower()"), ("ToUpper", "string ToUpper()"), ("Trim", "string Trim()")] {
                out.append(Member(name: n, type: "Method", definition: d))
            }
            out.append(Member(name: "Chars", type: "ParameterizedProperty", definition: "char Chars(int index) {get;}"))
            adapted(v)
        case .native(let n as ScriptClassInstance):
            out.removeAll { NameKey.fold($0.name) == "tostring" }
            out += classMembers(n, context: context)
        default:
            adapted(v)
        }
        return out
    }

    /// A class instance's members as .NET reflects them: methods with their signatures (a
    /// `ToString()` the class declares replaces the inherited one), properties `{get;set;}`;
    /// hidden members only with -Force.
    static func classMembers(_ n: ScriptClassInstance, context: CommandContext) -> [Member] {
        let force = context.has("Force")
        func typeText(_ tc: TypeConstraintAst?) -> String {
            guard let tc else { return "System.Object" }
            let written = tc.typeName.fullName
            guard let t = context.session.types.resolve(written) else { return written }
            return shortTypeName(t.fullName)
        }
        var out: [Member] = []
        var seen = Set<String>()
        var c: ScriptClass? = n.cls
        while let cls = c {
            for m in cls.ast.classMembers {
                switch m {
                case .property(let p) where !p.isStatic && (force || !p.isHidden):
                    guard seen.insert("p" + NameKey.fold(p.name)).inserted else { continue }
                    out.append(Member(name: p.name, type: "Property", definition: "\(typeText(p.propertyType)) \(p.name) {get;set;}"))
                case .method(let f) where !f.isStatic && !f.isConstructor && (force || !f.isHidden):
                    let signature = f.parameters.map { "\(typeText($0.typeConstraint)) \($0.name.variablePath.name)" }.joined(separator: ", ")
                    guard seen.insert("m" + NameKey.fold(f.name) + "(" + signature).inserted else { continue }
                    let returns = f.returnType.map { typeText($0) } ?? "void"
                    out.append(Member(name: f.name, type: "Method", definition: "\(returns) \(f.name)(\(signature))"))
                default: break
                }
            }
            c = cls.base
        }
        if out.contains(where: { $0.type == "Method" && NameKey.fold($0.name) == "tostring" }) {
            return out
        }
        return out + [Member(name: "ToString", type: "Method", definition: "string ToString()")]
    }

    /// `string`, `int`, `bool`... for the .NET names PowerShell shortens in definitions.
    static func shortTypeName(_ fullName: String) -> String {
        ["System.String": "string", "System.Int32": "int", "System.Int64": "long", "System.Boolean": "bool", "System.Double": "double",
         "System.Object": "System.Object", "System.Void": "void", "System.Decimal": "decimal", "System.Char": "char", "System.Byte": "byte",
         "System.DateTime": "datetime", "System.Guid": "guid", "System.Collections.Hashtable": "hashtable", "System.Management.Automation.ScriptBlock": "scriptblock"][fullName] ?? fullName
    }
}
