/// Add-Member: adds NoteProperty / AliasProperty / ScriptProperty / ScriptMethod members to an
/// object (`-NotePropertyName/-NotePropertyValue`, `-NotePropertyMembers @{...}`, or
/// `-MemberType T -Name N -Value V [-SecondValue S]`); -TypeName adds a type name; -PassThru
/// writes the object. A value that is not a PSObject is wrapped so the member travels with it.
final class AddMemberCommand: Cmdlet {
    static let memberTypes = ["NoteProperty", "AliasProperty", "ScriptProperty", "ScriptMethod", "CodeProperty", "CodeMethod", "Property", "Method", "PropertySet", "MemberSet"]

    static let metadata = CommandMetadata(
        name: "Add-Member",
        parameters: [
            ParameterMetadata(name: "InputObject", type: "psobject", mandatory: true, valueFromPipeline: true),
            ParameterMetadata(name: "MemberType", type: "string", aliases: ["Type"], position: 0, mandatory: true, parameterSets: ["MemberSet"]),
            ParameterMetadata(name: "Name", type: "string", position: 1, mandatory: true, parameterSets: ["MemberSet"]),
            ParameterMetadata(name: "Value", type: "object", position: 2, parameterSets: ["MemberSet"]),
            ParameterMetadata(name: "SecondValue", type: "object", position: 3, parameterSets: ["MemberSet"]),
            ParameterMetadata(name: "NotePropertyName", type: "string", position: 0, mandatory: true, parameterSets: ["NotePropertySingleMemberSet"]),
            ParameterMetadata(name: "NotePropertyValue", type: "object", position: 1, mandatory: true, parameterSets: ["NotePropertySingleMemberSet"], allowNull: true),
            ParameterMetadata(name: "NotePropertyMembers", type: "hashtable", position: 0, mandatory: true, parameterSets: ["NotePropertyMultiMemberSet"]),
            ParameterMetadata(name: "TypeName", type: "string"),
            ParameterMetadata(name: "Force", type: "switch"),
            ParameterMetadata(name: "PassThru", type: "switch"),
        ],
        defaultParameterSet: "MemberSet",
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

    /// The member -MemberType/-Value/-SecondValue describe (Add-Member, Update-TypeData).
    static func member(_ typeText: String, name: String, _ context: CommandContext) throws -> PSMember {
        guard let type = AddMemberCommand.memberTypes.first(where: { CaseFold.equal($0, typeText) }) else {
            throw context.terminatingError("Cannot bind parameter 'MemberType'. Cannot convert value \"\(typeText)\" to type \"System.Management.Automation.PSMemberTypes\". Error: \"Unable to match the identifier name \(typeText) to a valid enumerator name. Specify one of the following enumerator names and try again:\nAliasProperty, CodeProperty, Property, NoteProperty, ScriptProperty, Properties, PropertySet, Method, CodeMethod, ScriptMethod, Methods, ParameterizedProperty, MemberSet, Event, Dynamic, InferredProperty, All\"",
                                           errorId: "CannotConvertArgumentNoMessage", category: .InvalidArgument, exceptionType: "System.Management.Automation.ParameterBindingException")
        }
        let value = context.value("Value")
        let second = context.value("SecondValue")
        func script(_ v: Value?, _ what: String) throws -> ScriptBlock? {
            guard let v, !v.isNull else { return nil }
            if case .scriptBlock(let sb) = v { return sb }
            throw context.terminatingError("Cannot convert the \"\(LanguagePrimitives.toString(v))\" value of type \"\(v.typeName)\" to type \"System.Management.Automation.ScriptBlock\".", errorId: "ConvertToFinalInvalidCastException", category: .InvalidArgument, exceptionType: "System.Management.Automation.PSInvalidCastException", targetObject: v)
        }
        switch type {
        case "NoteProperty":
            return PSMember(name: name, kind: .noteProperty(value ?? .null))
        case "AliasProperty":
            guard let v = value, !v.isNull else {
                throw context.terminatingError("The Value parameter is required for a member of type \"AliasProperty\".", errorId: "Value1Prohibited", category: .InvalidOperation, exceptionType: "System.Management.Automation.PSArgumentException")
            }
            return PSMember(name: name, kind: .aliasProperty(target: LanguagePrimitives.toString(v)))
        case "ScriptProperty":
            guard let getter = try script(value, "Value") else {
                throw context.terminatingError("The Value parameter is required for a member of type \"ScriptProperty\".", errorId: "Value1Prohibited", category: .InvalidOperation, exceptionType: "System.Management.Automation.PSArgumentException")
            }
            return PSMember(name: name, kind: .scriptProperty(getter: getter, setter: try script(second, "SecondValue")))
        case "ScriptMethod":
            guard let body = try script(value, "Value") else {
                throw context.terminatingError("The Value parameter is required for a member of type \"ScriptMethod\".", errorId: "Value1Prohibited", category: .InvalidOperation, exceptionType: "System.Management.Automation.PSArgumentException")
            }
            return PSMember(name: name, kind: .scriptMethod(body))
        default:
            throw context.terminatingError("Cannot add a member with type \"\(type)\". Specify a different type for the MemberTypes parameter.", errorId: "CannotAddMemberType", category: .InvalidOperation, exceptionType: "System.InvalidOperationException")
        }
    }
}
