/// New-Object: an instance of a type known to the runtime's type registry (PSObject /
/// PSCustomObject, ArrayList, generic List/Dictionary/HashSet, emulated module types ...) built
/// with -ArgumentList, then -Property values set on it (added as note properties on PSObjects).
final class NewObjectCommand: Cmdlet {
    static let metadata = CommandMetadata(
        name: "New-Object",
        parameters: [
            ParameterMetadata(name: "TypeName", type: "string", position: 0, mandatory: true, parameterSets: ["Net"]),
            ParameterMetadata(name: "ArgumentList", type: "object[]", aliases: ["Args"], position: 1, parameterSets: ["Net"]),
            ParameterMetadata(name: "Property", type: "hashtable"),
        ],
        defaultParameterSet: "Net",
        outputTypes: ["System.Object"],
        moduleName: "Microsoft.PowerShell.Utility",
        synopsis: "Creates an instance of a Microsoft .NET Framework or COM object.",
        examples: [
            CommandExample(code: "(New-Object PSObject -Property @{Name='E3'}).Name", remarks: "A custom object with a property.", expectedOutput: "E3"),
            CommandExample(code: "$l = New-Object System.Collections.ArrayList; [void]$l.Add(1); $l.Count", remarks: "An ArrayList.", expectedOutput: "1"),
        ])
    init() {}

    func end(_ context: CommandContext) throws {
        let s = context.session
        guard let name = context.string("TypeName") else { return }
        let args = context.has("ArgumentList") ? context.values("ArgumentList") : []
        let folded = CaseFold.fold(name.trimmingCharacters(in: .whitespaces))
        var object: Value
        if ["psobject", "pscustomobject", "system.management.automation.psobject", "system.management.automation.pscustomobject", "system.object", "object"].contains(folded) {
            object = .object(PSObject())
        } else {
            guard let type = s.types.resolve(name) else {
                throw context.terminatingError("Cannot find type [\(name)]: verify that the assembly containing this type is loaded.", errorId: "TypeNotFound", category: .InvalidType, exceptionType: "System.Management.Automation.PSArgumentException", targetObject: .string(name))
            }
            do {
                object = try s.invokeStatic(type, "new", args)
            } catch let e as RuntimeError {
                throw context.terminatingError(e.record.message, errorId: "ConstructorInvokedThrowException", category: .InvalidOperation, exceptionType: "System.Management.Automation.MethodInvocationException", targetObject: .string(name))
            }
        }
        if case .hashtable(let props)? = context.value("Property") {
            for (k, v) in props.entries {
                let key = LanguagePrimitives.toString(k)
                if case .object(let o) = object, o.member(key) == nil {
                    o.setNote(key, v)
                    continue
                }
                do {
                    try s.setMember(object, key, v, extent: nil)
                } catch let e as RuntimeError {
                    try context.writeError(context.errorRecord("The member \"\(key)\" was not found for the specified .NET object.", errorId: "InvalidOperationException", category: .InvalidOperation, exceptionType: "System.InvalidOperationException", targetObject: object))
                    _ = e
                }
            }
        }
        try context.writeObject(object)
    }
}
