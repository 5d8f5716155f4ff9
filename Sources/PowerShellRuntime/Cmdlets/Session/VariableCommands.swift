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

    private func assign(_ value: Value, _ context: CommandContext) throws {
        let s = context.session
        for name in context.strings("Name") {
            try scoped(context) {
                try SessionState.setVariable(name, value, s, scope: context.string("Scope"))
            }
            if let option = context.string("Option"), ["readonly", "constant"].contains(CaseFold.fold(option)) {
                let sc = try scoped(context) { try SessionState.scope(context.string("Scope"), s) }
                sc.variables[NameKey(name)]?.isReadOnly = true
            }
            if context.switchPresent("PassThru"), let v = s.variable(name) {
                try context.writeObject(SessionState.variableObject(PSVariable(name: name, value: v)))
            }
        }
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
        let value = context.inputObject ?? context.value("Value") ?? .null
        let option = CaseFold.fold(context.string("Option") ?? "")
        let v = PSVariable(name: name, value: value, isReadOnly: option.contains("readonly") || option.contains("constant"), isPrivate: option.contains("private"))
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
