/// Get-Variable, Set-Variable, New-Variable, Remove-Variable, Clear-Variable.

private func scopeParameter() -> ParameterMetadata { ParameterMetadata(name: "Scope", type: "string") }

private func variableNotFound(_ name: String, _ context: CommandContext) -> ErrorRecord {
    context.errorRecord("Cannot find a variable with the name '\(name)'.", errorId: "VariableNotFound", category: .ObjectNotFound,
                        exceptionType: "System.Management.Automation.ItemNotFoundException", targetObject: .string(name))
}

private func scoped<T>(_ context: CommandContext, _ body: () throws -> T) throws -> T {
    do { return try body() } catch let e as SessionState.ScopeError {
        throw context.terminatingError(e.message, errorId: "ArgumentOutOfRange", category: .InvalidArgument, exceptionType: "System.ArgumentOutOfRangeException")
    }
}


final class GetVariableCommand: Cmdlet {
    static let metadata = CommandMetadata(
        name: "Get-Variable",
        parameters: [
            ParameterMetadata(name: "Name", type: "string[]", position: 0, valueFromPipeline: true, valueFromPipelineByPropertyName: true),
            ParameterMetadata(name: "ValueOnly", type: "switch"),
            ParameterMetadata(name: "Include", type: "string[]"),
            ParameterMetadata(name: "Exclude", type: "string[]"),
            scopeParameter(),
        ],
        outputTypes: ["System.Management.Automation.PSVariable"],
        moduleName: "Microsoft.PowerShell.Utility",
        synopsis: "Gets the variables in the current console.",
        examples: [
            CommandExample(code: "$seats = 25\nGet-Variable seats",
                           remarks: "The variable as a PSVariable object, shown with its name and value. The name has no $.",
                           expectedOutput: "\nName                           Value\n----                           -----\nseats                          25\n"),
            CommandExample(code: "$seats = 25\n$name = 'seats'\nGet-Variable -Name $name -ValueOnly",
                           remarks: "-ValueOnly returns just the value: a way to read a variable whose name is only known at run time.",
                           expectedOutput: "25"),
            CommandExample(code: "$report1 = 'a'; $report2 = 'b'\nGet-Variable report* | ForEach-Object Name",
                           remarks: "A wildcard lists the variables whose names match.",
                           expectedOutput: "report1\nreport2"),
        ])
    init() {}

    func process(_ context: CommandContext) throws {
        CmdletViews.register(context.session)
        let s = context.session
        let names = context.strings("Name").isEmpty ? ["*"] : context.strings("Name")
        let only: Scope? = context.has("Scope") ? try scoped(context) { try SessionState.scope(context.string("Scope"), s) } : nil
        let include = context.strings("Include").map { WildcardPattern($0) }
        let exclude = context.strings("Exclude").map { WildcardPattern($0) }
        for name in names {
            var found = SessionState.variables(matching: name, s, in: only)
            found = found.filter { v in (include.isEmpty || include.contains { $0.matches(v.name) }) && !exclude.contains { $0.matches(v.name) } }
            if found.isEmpty && !WildcardPattern.containsWildcard(name) {
                if only == nil, let value = s.variable(name) {
                    try emit(PSVariable(name: name, value: value), context)
                    continue
                }
                try context.writeError(variableNotFound(name, context))
                continue
            }
            for v in found { try emit(v, context) }
        }
    }

    private func emit(_ v: PSVariable, _ context: CommandContext) throws {
        if context.switchPresent("ValueOnly") {
            try context.writeObject(v.value == .automationNull ? .null : v.value)
        } else {
            try context.writeObject(SessionState.variableObject(v))
        }
    }
}

final class SetVariableCommand: Cmdlet {
    static let metadata = CommandMetadata(
        name: "Set-Variable",
        parameters: [
            ParameterMetadata(name: "Name", type: "string[]", position: 0, mandatory: true, valueFromPipelineByPropertyName: true),
            ParameterMetadata(name: "Value", type: "object", position: 1, valueFromPipeline: true, valueFromPipelineByPropertyName: true),
            ParameterMetadata(name: "Include", type: "string[]"),
            ParameterMetadata(name: "Exclude", type: "string[]"),
            ParameterMetadata(name: "Description", type: "string"),
            ParameterMetadata(name: "Option", type: "string"),
            ParameterMetadata(name: "Force", type: "switch"),
            ParameterMetadata(name: "Visibility", type: "string"),
            ParameterMetadata(name: "PassThru", type: "switch"),
            scopeParameter(),
        ],
        supportsShouldProcess: true,
        moduleName: "Microsoft.PowerShell.Utility",
        synopsis: "Sets the value of a variable. Creates the variable if one with the requested name does not exist.",
        examples: [
            CommandExample(code: "Set-Variable -Name limit -Value 10\n$limit", remarks: "The same as `$limit = 10`.", expectedOutput: "10"),
            CommandExample(code: "function Set-Flag { Set-Variable -Name flag -Value 'on' -Scope Global }\nSet-Flag\n$flag",
                           remarks: "-Scope Global sets the variable outside the function; a plain assignment inside it would be gone when the function returns.",
                           expectedOutput: "on"),
        ])
    init() {}

    private var piped: [Value] = []
    private var sawPipeline = false

    func process(_ context: CommandContext) throws {
        if let v = context.inputObject { piped.append(v); sawPipeline = true; return }
        if !context.expectingInput { try assign(context.value("Value") ?? .null, context) }
    }

    func end(_ context: CommandContext) throws {
        if sawPipeline { try assign(piped.count == 1 ? piped[0] : .array(PSArray(piped)), context) }
    }

    /// Sets each named variable in the target scope (wildcards reach the existing ones there,
    /// -Include/-Exclude filter the names); without -Value an existing variable keeps its value
    /// and only its description, options or visibility change.
    private func assign(_ value: Value, _ context: CommandContext) throws {
        let s = context.session
        let target = try scoped(context) { try SessionState.scope(context.string("Scope"), s) }
        let include = context.strings("Include").map { WildcardPattern($0) }
        let exclude = context.strings("Exclude").map { WildcardPattern($0) }
        let hasValue = context.has("Value") || sawPipeline
        let options = try VariableOptions.parse(context.string("Option"), scope: context.string("Scope"), context)
        func wanted(_ name: String) -> Bool {
            (include.isEmpty || include.contains { $0.matches(name) }) && !exclude.contains { $0.matches(name) }
        }
        var names: [String] = []
        for name in context.strings("Name") {
            if WildcardPattern.containsWildcard(name) {
                let p = WildcardPattern(name)
                names += target.variables.values.filter { p.matches($0.name) }.map(\.name).sorted { CaseFold.compare($0, $1, caseSensitive: false) < 0 }
            } else {
                names.append(name)
            }
        }
        for name in names where wanted(name) {
            let key = NameKey(name)
            let v: PSVariable
            if let existing = target.variables[key] {
                if existing.isConstant || (existing.isReadOnly && !context.switchPresent("Force")) {
                    try context.writeError(context.errorRecord("Cannot overwrite variable \(name) because it is read-only or constant.", errorId: "VariableNotWritable", category: .WriteError,
                                                               exceptionType: "System.Management.Automation.SessionStateUnauthorizedAccessException", targetObject: .string(name)))
                    continue
                }
                if options?.constant == true {
                    try context.writeError(context.errorRecord("Existing variable \(name) cannot be made constant. Variables can be made constant only at creation time.", errorId: "VariableCannotBeMadeConstant", category: .WriteError,
                                                               exceptionType: "System.Management.Automation.SessionStateUnauthorizedAccessException", targetObject: .string(name)))
                    continue
                }
                if hasValue {
                    existing.value = existing.typeConstraint.map { tc in (try? LanguagePrimitives.convert(value, to: tc, types: s.types)) ?? value } ?? value
                }
                v = existing
            } else {
                v = PSVariable(name: name, value: hasValue ? value : .null)
                target.variables[key] = v
            }
            options?.apply(to: v)
            if let d = context.string("Description") { v.description = d }
            if let vis = context.string("Visibility") { v.isVisibilityPrivate = CaseFold.equal(vis, "Private") }
            if context.switchPresent("PassThru") { try context.writeObject(SessionState.variableObject(v)) }
        }
    }
}

/// `-Option` of the variable cmdlets (ScopedItemOptions: None, ReadOnly, Constant, Private,
/// AllScope, Unspecified, comma-separated); `-Scope Private` adds Private.
struct VariableOptions {
    var readOnly = false, constant = false, isPrivate = false, allScope = false

    static func parse(_ text: String?, scope: String?, _ context: CommandContext) throws -> VariableOptions? {
        let privateScope = scope.map { CaseFold.equal($0, "private") } ?? false
        guard let text else { return privateScope ? VariableOptions(isPrivate: true) : nil }
        var o = VariableOptions(isPrivate: privateScope)
        for part in text.split(separator: ",").map({ CaseFold.fold($0.trimmingCharacters(in: .whitespaces)) }) where !part.isEmpty {
            switch part {
            case "none", "unspecified": break
            case "readonly": o.readOnly = true
            case "constant": o.constant = true
            case "private": o.isPrivate = true
            case "allscope": o.allScope = true
            default:
                throw context.terminatingError("Cannot bind parameter 'Option'. Cannot convert value \"\(text)\" to type \"System.Management.Automation.ScopedItemOptions\". Error: \"Unable to match the identifier name \(part) to a valid enumerator name. Specify one of the following enumerator names and try again:\nNone, ReadOnly, Constant, Private, AllScope, Unspecified\"",
                                               errorId: "CannotConvertArgumentNoMessage", category: .InvalidArgument, exceptionType: "System.Management.Automation.ParameterBindingException")
            }
        }
        return o
    }

    func apply(to v: PSVariable) {
        v.isConstant = constant
        v.isReadOnly = readOnly || constant
        v.isPrivate = isPrivate
        v.isAllScope = allScope
        if allScope { AllScopeVariables.noteCreated() }
    }
}

final class NewVariableCommand: Cmdlet {
    static let metadata = CommandMetadata(
        name: "New-Variable",
        parameters: [
            ParameterMetadata(name: "Name", type: "string", position: 0, mandatory: true, valueFromPipelineByPropertyName: true),
            ParameterMetadata(name: "Value", type: "object", position: 1, valueFromPipeline: true, valueFromPipelineByPropertyName: true),
            ParameterMetadata(name: "Description", type: "string"),
            ParameterMetadata(name: "Option", type: "string"),
            ParameterMetadata(name: "Visibility", type: "string"),
            ParameterMetadata(name: "Force", type: "switch"),
            ParameterMetadata(name: "PassThru", type: "switch"),
            scopeParameter(),
        ],
        supportsShouldProcess: true,
        moduleName: "Microsoft.PowerShell.Utility",
        synopsis: "Creates a new variable.",
        examples: [CommandExample(code: "New-Variable -Name today -Value 'Monday' -Option ReadOnly\ntry { $today = 'Tuesday' } catch { 'today is read-only' }\n$today",
                                  remarks: "A read-only variable: assigning to it fails. New-Variable also refuses a name that is already taken, unless -Force.",
                                  expectedOutput: "today is read-only\nMonday")])
    init() {}

    func process(_ context: CommandContext) throws {
        let s = context.session
        guard let name = context.string("Name") else { return }
        let sc = try scoped(context) { try SessionState.scope(context.string("Scope"), s) }
        if sc.variables[NameKey(name)] != nil && !context.switchPresent("Force") {
            try context.writeError(context.errorRecord("A variable with name '\(name)' already exists.", errorId: "VariableAlreadyExists", category: .ResourceExists, exceptionType: "System.Management.Automation.SessionStateException", targetObject: .string(name)))
            return
        }
        if let existing = sc.variables[NameKey(name)], existing.isConstant || existing.isReadOnly && !context.switchPresent("Force") {
            try context.writeError(context.errorRecord("Cannot overwrite variable \(name) because it is read-only or constant.", errorId: "VariableNotWritable", category: .WriteError,
                                                       exceptionType: "System.Management.Automation.SessionStateUnauthorizedAccessException", targetObject: .string(name)))
            return
        }
        let value = context.inputObject ?? context.value("Value") ?? .null
        let v = PSVariable(name: name, value: value)
        try VariableOptions.parse(context.string("Option"), scope: context.string("Scope"), context)?.apply(to: v)
        v.description = context.string("Description") ?? ""
        if let vis = context.string("Visibility") { v.isVisibilityPrivate = CaseFold.equal(vis, "Private") }
        sc.variables[NameKey(name)] = v
        if context.switchPresent("PassThru") { try context.writeObject(SessionState.variableObject(v)) }
    }
}

final class RemoveVariableCommand: Cmdlet {
    static let metadata = CommandMetadata(
        name: "Remove-Variable",
        parameters: [
            ParameterMetadata(name: "Name", type: "string[]", position: 0, mandatory: true, valueFromPipelineByPropertyName: true),
            ParameterMetadata(name: "Include", type: "string[]"),
            ParameterMetadata(name: "Exclude", type: "string[]"),
            ParameterMetadata(name: "Force", type: "switch"),
            scopeParameter(),
        ],
        supportsShouldProcess: true,
        moduleName: "Microsoft.PowerShell.Utility",
        synopsis: "Deletes a variable and its value.",
        examples: [CommandExample(code: "$temp = 'scratch'\nRemove-Variable temp\nTest-Path variable:temp",
                                  remarks: "The variable itself is gone (Clear-Variable would keep it, empty). The name has no $.",
                                  expectedOutput: "False")])
    init() {}

    func process(_ context: CommandContext) throws {
        let s = context.session
        let force = context.switchPresent("Force")
        // a constant is never removed, a read-only variable only with -Force (pwsh's VariableNotRemovable)
        func removable(_ v: PSVariable) throws -> Bool {
            guard v.isConstant || (v.isReadOnly && !force) else { return true }
            try context.writeError(context.errorRecord("Cannot remove variable \(v.name) because it is constant or read-only. If the variable is read-only, try the operation again specifying the Force option.",
                                                       errorId: "VariableNotRemovable", category: .WriteError,
                                                       exceptionType: "System.Management.Automation.SessionStateUnauthorizedAccessException", targetObject: .string(v.name)))
            return false
        }
        for name in context.strings("Name") {
            if WildcardPattern.containsWildcard(name) {
                for v in SessionState.variables(matching: name, s) where try removable(v) {
                    _ = SessionState.removeVariable(v.name, s, scope: context.string("Scope"))
                }
                continue
            }
            if let v = s.currentScope.lookup(NameKey(name)), !(try removable(v)) { continue }
            if !SessionState.removeVariable(name, s, scope: context.string("Scope")) {
                try context.writeError(variableNotFound(name, context))
            }
        }
    }
}

final class ClearVariableCommand: Cmdlet {
    static let metadata = CommandMetadata(
        name: "Clear-Variable",
        parameters: [
            ParameterMetadata(name: "Name", type: "string[]", position: 0, mandatory: true, valueFromPipelineByPropertyName: true),
            ParameterMetadata(name: "Include", type: "string[]"),
            ParameterMetadata(name: "Exclude", type: "string[]"),
            ParameterMetadata(name: "Force", type: "switch"),
            ParameterMetadata(name: "PassThru", type: "switch"),
            scopeParameter(),
        ],
        supportsShouldProcess: true,
        moduleName: "Microsoft.PowerShell.Utility",
        synopsis: "Deletes the value of a variable.",
        examples: [CommandExample(code: "$list = 1, 2, 3\nClear-Variable list\n$null -eq $list\n(Get-Variable list).Name",
                                  remarks: "The value becomes $null, but the variable still exists.",
                                  expectedOutput: "True\nlist")])
    init() {}

    func process(_ context: CommandContext) throws {
        let s = context.session
        for name in context.strings("Name") {
            let found = SessionState.variables(matching: name, s)
            if found.isEmpty {
                try context.writeError(variableNotFound(name, context))
                continue
            }
            for v in found {
                if v.isReadOnly {
                    try context.writeError(context.errorRecord("Cannot overwrite variable \(v.name) because it is read-only or constant.", errorId: "VariableNotWritable", category: .WriteError, exceptionType: "System.Management.Automation.SessionStateUnauthorizedAccessException", targetObject: .string(v.name)))
                    continue
                }
                v.value = .null
                if context.switchPresent("PassThru") { try context.writeObject(SessionState.variableObject(v)) }
            }
        }
    }
}
