import PowerShellSyntax

/// Add-Member: adds NoteProperty / AliasProperty / ScriptProperty / ScriptMethod members to an
/// object (`-NotePropertyName/-NotePropertyValue`, `-NotePropertyMembers @{...}`, or
/// `-MemberType T -Name N -Value V [-SecondValue S]`); -TypeName adds a type name; -PassThru
/// writes the object. A value that is not a PSObject is wrapped so the member travels with it.
final class AddMemberCommand: Cmdlet {
    static let memberTypes = ["NoteProperty", "AliasProperty", "ScriptProperty", "ScriptMethod", "CodeProperty", "CodeMethod", "Property", "Method", "PropertySet", "MemberSet"]

    static let metadata = CommandMetadata(
        name: "Add-Member",
        // the note-property sets come first: positional arguments that fit neither the default
        // (TypeNameSet) nor them bind as -MemberType -Name -Value -SecondValue (pwsh's order)
        parameters: [
            ParameterMetadata(name: "InputObject", type: "psobject", mandatory: true, valueFromPipeline: true),
            ParameterMetadata(name: "NotePropertyName", type: "string", position: 0, mandatory: true, parameterSets: ["NotePropertySingleMemberSet"]),
            ParameterMetadata(name: "NotePropertyValue", type: "object", position: 1, mandatory: true, parameterSets: ["NotePropertySingleMemberSet"], allowNull: true),
            ParameterMetadata(name: "NotePropertyMembers", type: "hashtable", position: 0, mandatory: true, parameterSets: ["NotePropertyMultiMemberSet"]),
            ParameterMetadata(name: "MemberType", type: "System.Management.Automation.PSMemberTypes", aliases: ["Type"], position: 0, mandatory: true, parameterSets: ["MemberSet"]),
            ParameterMetadata(name: "Name", type: "string", position: 1, mandatory: true, parameterSets: ["MemberSet"]),
            ParameterMetadata(name: "Value", type: "object", position: 2, parameterSets: ["MemberSet"]),
            ParameterMetadata(name: "SecondValue", type: "object", position: 3, parameterSets: ["MemberSet"]),
            ParameterMetadata(name: "TypeName", type: "string"),
            ParameterMetadata(name: "Force", type: "switch"),
            ParameterMetadata(name: "PassThru", type: "switch"),
        ],
        defaultParameterSet: "TypeNameSet",
        outputTypes: ["System.Object"],
        moduleName: "Microsoft.PowerShell.Utility",
        synopsis: "Adds custom properties and methods to an instance of a PowerShell object.",
        examples: [CommandExample(code: "[pscustomobject]@{A=1} | Add-Member -NotePropertyName B -NotePropertyValue 2 -PassThru | ForEach-Object { $_.B }", remarks: "A note property.", expectedOutput: "2")])
    init() {}

    func process(_ context: CommandContext) throws {
        guard let input = context.inputObject ?? context.value("InputObject") else { return }
        if input.isNull {
            throw context.terminatingError("Cannot bind argument to parameter 'InputObject' because it is null.", errorId: "ParameterArgumentValidationErrorNullNotAllowed", category: .InvalidData, exceptionType: "System.Management.Automation.ParameterBindingException")
        }
        let target: PSObject
        if case .object(let o) = input { target = o } else {
            target = PSObject(typeNames: input.typeNames.isEmpty ? ["System.Object"] : input.typeNames)
            target.baseObject = input
        }
        let force = context.switchPresent("Force")
        var members: [PSMember] = []
        if let name = context.string("NotePropertyName") {
            members.append(PSMember(name: name, kind: .noteProperty(context.value("NotePropertyValue") ?? .null)))
        } else if case .hashtable(let h)? = context.value("NotePropertyMembers") {
            for (k, v) in h.entries { members.append(PSMember(name: LanguagePrimitives.toString(k), kind: .noteProperty(v))) }
        } else if let typeText = context.string("MemberType"), let name = context.string("Name") {
            members.append(try AddMemberCommand.member(typeText, name: name, context))
        } else if !context.has("TypeName") {
            throw context.terminatingError("The MemberType parameter is required when adding a member by name.", errorId: "MemberTypeRequired", category: .InvalidArgument, exceptionType: "System.Management.Automation.PSArgumentException")
        }
        for m in members {
            if target.member(m.key) != nil && !force {
                try context.writeError(context.errorRecord("Cannot add a member with the name \"\(m.name)\" because a member with that name already exists. To overwrite the member anyway, add the Force parameter to your command.", errorId: "MemberAlreadyExists", category: .InvalidOperation, exceptionType: "System.InvalidOperationException", targetObject: input))
                continue
            }
            if force { target.remove(m.name) }
            target.add(m)
        }
        if let typeName = context.string("TypeName"), !typeName.isEmpty {
            target.typeNames.removeAll { CaseFold.equal($0, typeName) }
            target.typeNames.insert(typeName, at: 0)
        }
        if context.switchPresent("PassThru") { try context.writeObject(.object(target)) }
    }

    /// The member -MemberType/-Value/-SecondValue describe (Add-Member, Update-TypeData), with
    /// pwsh's checks in pwsh's order: types that cannot be added, a SecondValue where none
    /// belongs, values of the wrong kind.
    static func member(_ typeText: String, name: String, _ context: CommandContext) throws -> PSMember {
        let known = BuiltinEnums.named("System.Management.Automation.PSMemberTypes")?.members.map(\.name) ?? []
        guard let type = known.first(where: { CaseFold.equal($0, typeText) }) ?? AddMemberCommand.memberTypes.first(where: { CaseFold.equal($0, typeText) }) else {
            throw context.terminatingError("Cannot bind parameter 'MemberType'. Cannot convert value \"\(typeText)\" to type \"System.Management.Automation.PSMemberTypes\". Error: \"Unable to match the identifier name \(typeText) to a valid enumerator name. Specify one of the following enumerator names and try again:\nAliasProperty, CodeProperty, Property, NoteProperty, ScriptProperty, Properties, PropertySet, Method, CodeMethod, ScriptMethod, Methods, ParameterizedProperty, MemberSet, Event, Dynamic, InferredProperty, All\"",
                                           errorId: "CannotConvertArgumentNoMessage", category: .InvalidArgument, exceptionType: "System.Management.Automation.ParameterBindingException")
        }
        let value = context.value("Value")
        let second = context.value("SecondValue")
        func cannotAdd() -> RuntimeError {
            context.terminatingError("Cannot add a member with type \"\(type)\". Specify a different type for the MemberTypes parameter.", errorId: "CannotAddMemberType", category: .InvalidOperation, exceptionType: "System.InvalidOperationException")
        }
        func castError(_ v: Value, _ to: String) -> RuntimeError {
            context.terminatingError("Cannot convert the \"\(LanguagePrimitives.toString(v))\" value of type \"\(v.typeName)\" to type \"\(to)\".", errorId: "ConvertToFinalInvalidCastException", category: .InvalidArgument, exceptionType: "System.Management.Automation.PSInvalidCastException", targetObject: v)
        }
        func script(_ v: Value?) throws -> ScriptBlock? {
            guard let v, !v.isNull else { return nil }
            if case .scriptBlock(let sb) = ObjectAccess.base(v) { return sb }
            throw castError(v, "System.Management.Automation.ScriptBlock")
        }
        if ["Method", "Property", "ParameterizedProperty", "Properties", "Methods", "Event", "Dynamic", "InferredProperty", "All"].contains(type) { throw cannotAdd() }
        if ["CodeMethod", "MemberSet", "PropertySet", "ScriptMethod", "NoteProperty"].contains(type), let second, !second.isNull {
            throw context.terminatingError("The SecondValue parameter is not necessary for a member of type \"\(type)\", and should not be specified. Do not specify the SecondValue parameter when you add members of this type.", errorId: "Value2ShouldNotBeSpecified", category: .InvalidOperation, exceptionType: "System.InvalidOperationException")
        }
        if ["CodeProperty", "ScriptProperty"].contains(type), value?.isNull ?? true, second?.isNull ?? true {
            throw context.terminatingError("The Value and SecondValue parameters cannot both be null for a member of type \"\(type)\". Specify a non-null value for one of the two parameters.", errorId: "Value1AndValue2AreNotBothNull", category: .InvalidOperation, exceptionType: "System.InvalidOperationException")
        }
        switch type {
        case "NoteProperty":
            return PSMember(name: name, kind: .noteProperty(value ?? .null))
        case "AliasProperty":
            guard let v = value, !v.isNull else {
                throw context.terminatingError("The Value parameter is required for a member of type \"AliasProperty\".", errorId: "Value1Prohibited", category: .InvalidOperation, exceptionType: "System.Management.Automation.PSArgumentException")
            }
            let target = LanguagePrimitives.toString(v)
            guard let second, !second.isNull else { return PSMember(name: name, kind: .aliasProperty(target: target)) }
            // an alias whose value is converted: `-SecondValue String` reads the target as a string
            let typeName: String
            if case .type(let t) = second { typeName = t.fullName } else { typeName = LanguagePrimitives.toString(second) }
            guard let resolved = context.session.types.resolve(typeName) else {
                throw context.terminatingError("Cannot convert the \"\(typeName)\" value of type \"System.String\" to type \"System.Type\".", errorId: "InvalidCastFromStringToType", category: .InvalidArgument, exceptionType: "System.Management.Automation.PSInvalidCastException", targetObject: second)
            }
            let quoted = target.replacingOccurrences(of: "'", with: "''")
            let sb = ScriptBlock(ast: Parser.parse("[\(resolved.fullName)]$this.'\(quoted)'", fileName: nil).scriptBlock)
            return PSMember(name: name, kind: .scriptProperty(getter: sb, setter: nil))
        case "ScriptProperty":
            return PSMember(name: name, kind: .scriptProperty(getter: try script(value) ?? ScriptBlock(ast: Parser.parse("", fileName: nil).scriptBlock), setter: try script(second)))
        case "ScriptMethod":
            guard let body = try script(value) else {
                throw context.terminatingError("The Value parameter is required for a member of type \"ScriptMethod\".", errorId: "Value1Prohibited", category: .InvalidOperation, exceptionType: "System.Management.Automation.PSArgumentException")
            }
            return PSMember(name: name, kind: .scriptMethod(body))
        case "CodeProperty", "CodeMethod":
            // LicenseLab has no .NET methods to point at: any value is the wrong kind
            if let v = value, !v.isNull { throw castError(v, "System.Reflection.MethodInfo") }
            throw cannotAdd()
        case "MemberSet":
            // an empty member set, or one made of PSMemberInfo objects
            if let v = value, !v.isNull { throw castError(v, "System.Collections.ObjectModel.Collection`1[System.Management.Automation.PSMemberInfo]") }
            let set = PSObject(typeNames: ["System.Management.Automation.PSMemberSet", "System.Object"])
            return PSMember(name: name, kind: .noteProperty(.object(set)))
        default:
            throw cannotAdd()
        }
    }
}
