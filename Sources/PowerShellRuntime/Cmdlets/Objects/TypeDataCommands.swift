/// Update-TypeData (the dynamic form, without .ps1xml files): adds members to every value of a
/// type — `Update-TypeData -TypeName System.String -MemberType ScriptProperty -MemberName Shout
/// -Value { $this.ToUpper() }` — and sets a type's default display properties. Members of an
/// object's own win over the type's; the type's win over the built-in .NET ones. For the session.
final class UpdateTypeDataCommand: Cmdlet {
    static let metadata = CommandMetadata(
        name: "Update-TypeData",
        parameters: [
            ParameterMetadata(name: "TypeName", type: "string", position: 0, mandatory: true, valueFromPipelineByPropertyName: true, parameterSets: ["DynamicTypeSet"]),
            ParameterMetadata(name: "MemberType", type: "string", valueFromPipelineByPropertyName: true, parameterSets: ["DynamicTypeSet"]),
            ParameterMetadata(name: "MemberName", type: "string", valueFromPipelineByPropertyName: true, parameterSets: ["DynamicTypeSet"]),
            ParameterMetadata(name: "Value", type: "object", valueFromPipelineByPropertyName: true, parameterSets: ["DynamicTypeSet"]),
            ParameterMetadata(name: "SecondValue", type: "object", valueFromPipelineByPropertyName: true, parameterSets: ["DynamicTypeSet"]),
            ParameterMetadata(name: "DefaultDisplayPropertySet", type: "string[]", valueFromPipelineByPropertyName: true, parameterSets: ["DynamicTypeSet"]),
            ParameterMetadata(name: "DefaultDisplayProperty", type: "string", valueFromPipelineByPropertyName: true, parameterSets: ["DynamicTypeSet"]),
            ParameterMetadata(name: "PrependPath", type: "string[]", position: 0, parameterSets: ["FileSet"]),
            ParameterMetadata(name: "AppendPath", type: "string[]", aliases: ["PSPath", "Path"], parameterSets: ["FileSet"]),
            ParameterMetadata(name: "Force", type: "switch", parameterSets: ["DynamicTypeSet"]),
        ],
        defaultParameterSet: "FileSet",
        supportsShouldProcess: true,
        moduleName: "Microsoft.PowerShell.Utility",
        synopsis: "Adds members to a type, or sets its default display properties, for this session.",
        examples: [CommandExample(code: "Update-TypeData -TypeName System.String -MemberType ScriptProperty -MemberName Shout -Value { $this.ToUpper() }; 'abc'.Shout",
                                  remarks: "Every string now has a Shout property.", expectedOutput: "ABC")])
    init() {}

    func process(_ context: CommandContext) throws {
        let session = context.session
        guard let typeName = context.string("TypeName") else {
            // .ps1xml files are not read: LicenseLab's formats and types are built in
            throw context.terminatingError("Type files (.ps1xml) cannot be loaded in LicenseLab; use -TypeName with -MemberType or -DefaultDisplayPropertySet.",
                                           errorId: "TypesXmlUpdateException", category: .InvalidOperation, exceptionType: "System.Management.Automation.RuntimeException")
        }
        let key = NameKey.fold(typeName)
        if let typeText = context.string("MemberType") {
            guard let name = context.string("MemberName"), !name.isEmpty else {
                throw context.terminatingError("Error in TypeData \"\(typeName)\": The MemberName parameter is required when MemberType is specified.",
                                               errorId: "TypesDynamicUpdateException", category: .InvalidOperation, exceptionType: "System.Management.Automation.RuntimeException")
            }
            let member = try AddMemberCommand.member(typeText, name: name, context)
            var members = session.typeData[key] ?? []
            if let i = members.firstIndex(where: { $0.key == member.key }) {
                guard context.switchPresent("Force") else {
                    try context.writeError(context.errorRecord("Error in TypeData \"\(typeName)\": The member \(name) is already present.",
                                                               errorId: "TypesDynamicUpdateException", category: .InvalidOperation,
                                                               exceptionType: "System.Management.Automation.RuntimeException", targetObject: .string(typeName)))
                    return
                }
                members[i] = member
            } else {
                members.append(member)
            }
            guard try context.shouldProcess(target: typeName, action: "Update TypeData") else { return }
            session.typeData[key] = members
        }
        let display = context.strings("DefaultDisplayPropertySet")
        if !display.isEmpty {
            guard try context.shouldProcess(target: typeName, action: "Update TypeData") else { return }
            // what Out-Default shows: a table for up to four properties, else a list
            var view = FormatView(typeName: typeName, shape: display.count <= 4 ? .table : .list, columns: display.map { ViewColumn($0) })
            view.isPropertySet = true
            session.views.register(view)
        }
    }
}

/// Remove-TypeData -TypeName: forgets what Update-TypeData added to a type.
final class RemoveTypeDataCommand: Cmdlet {
    static let metadata = CommandMetadata(
        name: "Remove-TypeData",
        parameters: [ParameterMetadata(name: "TypeName", type: "string", position: 0, mandatory: true, valueFromPipeline: true)],
        supportsShouldProcess: true,
        moduleName: "Microsoft.PowerShell.Utility",
        synopsis: "Removes the members Update-TypeData added to a type.",
        examples: [CommandExample(code: "Update-TypeData -TypeName System.String -MemberType ScriptProperty -MemberName Shout -Value { $this.ToUpper() }\nRemove-TypeData -TypeName System.String\n$null -eq 'abc'.Shout",
                                  remarks: "The Shout property added for the session is gone again; strings keep their own members.",
                                  expectedOutput: "True")])
    init() {}

    func process(_ context: CommandContext) throws {
        guard let typeName = context.string("TypeName") else { return }
        guard try context.shouldProcess(target: typeName, action: "Remove TypeData") else { return }
        context.session.typeData[NameKey.fold(typeName)] = nil
    }
}

extension Session {
    /// A member Update-TypeData gave one of the value's types (most derived first).
    func typeDataMember(_ target: Value, _ key: NameKey) -> PSMember? {
        for t in target.typeNames {
            if let m = typeData[NameKey.fold(t)]?.first(where: { $0.key == key }) { return m }
        }
        return nil
    }
}
