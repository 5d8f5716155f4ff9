import Foundation

/// The runtime's own core commands (streams and output). Utility cmdlets live in Cmdlets/.

final class WriteOutputCommand: Cmdlet {
    static let metadata = CommandMetadata(
        name: "Write-Output",
        parameters: [
            ParameterMetadata(name: "InputObject", type: "psobject[]", position: 0, mandatory: true, valueFromPipeline: true, valueFromRemainingArguments: true, allowNull: true, allowEmptyString: true, allowEmptyCollection: true),
            ParameterMetadata(name: "NoEnumerate", type: "switch"),
        ],
        outputTypes: ["System.Management.Automation.PSObject"], moduleName: "Microsoft.PowerShell.Utility",
        synopsis: "Writes the specified objects to the pipeline.",
        examples: [CommandExample(code: "Write-Output 'hello'", remarks: "Writes a string to the pipeline.", expectedOutput: "hello")])
    init() {}
    func process(_ context: CommandContext) throws {
        guard let v = context.value("InputObject") else { return }
        if context.inputObject != nil {
            try context.writeObject(context.inputObject ?? .null)
            return
        }
        // Arguments arrive as one array (ValueFromRemainingArguments); a single argument is itself.
        var value = v
        if case .array(let a) = v, a.items.count == 1 { value = a.items[0] }
        try context.writeObject(value, enumerateCollection: !context.switchPresent("NoEnumerate"))
    }
}

final class WriteErrorCommand: Cmdlet {
    static let metadata = CommandMetadata(
        name: "Write-Error",
        parameters: [
            ParameterMetadata(name: "Message", type: "string", aliases: ["Msg"], position: 0, mandatory: true, valueFromPipeline: true, parameterSets: ["NoException"], allowNull: true, allowEmptyString: true),
            ParameterMetadata(name: "Exception", type: "System.Exception", mandatory: true, parameterSets: ["WithException"]),
            ParameterMetadata(name: "ErrorRecord", type: "System.Management.Automation.ErrorRecord", mandatory: true, parameterSets: ["ErrorRecord"]),
            ParameterMetadata(name: "Category", type: "string"),
            ParameterMetadata(name: "ErrorId", type: "string"),
            ParameterMetadata(name: "TargetObject", type: "object"),
            ParameterMetadata(name: "RecommendedAction", type: "string"),
            ParameterMetadata(name: "CategoryActivity", type: "string", aliases: ["Activity"]),
            ParameterMetadata(name: "CategoryReason", type: "string", aliases: ["Reason"]),
            ParameterMetadata(name: "CategoryTargetName", type: "string", aliases: ["TargetName"]),
            ParameterMetadata(name: "CategoryTargetType", type: "string", aliases: ["TargetType"]),
        ],
        defaultParameterSet: "NoException", moduleName: "Microsoft.PowerShell.Utility",
        synopsis: "Writes an object to the error stream.",
        examples: [
            CommandExample(code: "Write-Error 'The input file is empty.' -ErrorAction SilentlyContinue -ErrorVariable problems\n$problems[0].Exception.Message",
                           remarks: "Writes a non-terminating error: the script goes on. -ErrorAction SilentlyContinue keeps it off the screen and -ErrorVariable keeps the error record, whose message is printed here.",
                           expectedOutput: "The input file is empty."),
            CommandExample(code: "function Test-Seats {\n    [CmdletBinding()]\n    param([int]$Count)\n    if ($Count -lt 0) { Write-Error \"Seat count $Count is negative.\" -Category InvalidArgument; return }\n    $Count\n}\ntry { Test-Seats -Count -2 -ErrorAction Stop } catch { \"$($_.CategoryInfo.Category): $($_.Exception.Message)\" }",
                           remarks: "A function reports bad input as an error with a category. The caller's -ErrorAction Stop makes the error terminating, so try/catch handles it.",
                           expectedOutput: "InvalidArgument: Seat count -2 is negative."),
        ])
    init() {}
    func process(_ context: CommandContext) throws {
        let record: ErrorRecord
        if case .native(let n)? = context.value("ErrorRecord"), let r = n as? ErrorRecord {
            record = r
        } else {
            let ex: PSException
            if case .native(let n)? = context.value("Exception"), let e = n as? PSException {
                ex = e
            } else {
                ex = context.session.types.exception("Microsoft.PowerShell.Commands.WriteErrorException", message: context.string("Message") ?? "")
            }
            let cat = context.string("Category").flatMap { c in ErrorCategory.allCases.first { NameKey.fold($0.rawValue) == NameKey.fold(c) } } ?? .NotSpecified
            let id = context.string("ErrorId") ?? "Microsoft.PowerShell.Commands.WriteErrorException"
            record = ErrorRecord(exception: ex, errorId: id, category: cat, targetObject: context.value("TargetObject") ?? .null)
            if let a = context.string("CategoryActivity") { record.categoryInfo.activity = a }
            if let r = context.string("CategoryReason") { record.categoryInfo.reason = r }
            if let t = context.string("CategoryTargetName") { record.categoryInfo.targetName = t }
            if let t = context.string("CategoryTargetType") { record.categoryInfo.targetType = t }
            record.recommendedAction = context.string("RecommendedAction")
        }
        // As PowerShell does, an error written from a script function is attributed to that
        // function (its name prefixes NormalView and suffixes the FullyQualifiedErrorId).
        if case .native(let n)? = context.session.variable("MyInvocation"), let inv = n as? InvocationInfoObject,
           inv.isFunctionInvocation, let name = inv.info.myCommand, record.invocationInfo == nil {
            record.invocationInfo = inv.info
            record.fullyQualifiedErrorId += "," + name
        }
        if record.invocationInfo == nil { record.invocationInfo = context.invocationInfo }
        try context.writeError(record)
    }
}

final class WriteWarningCommand: Cmdlet {
    static let metadata = CommandMetadata(name: "Write-Warning", parameters: [
        ParameterMetadata(name: "Message", type: "string", aliases: ["Msg"], position: 0, mandatory: true, valueFromPipeline: true, allowEmptyString: true),
    ], moduleName: "Microsoft.PowerShell.Utility", synopsis: "Writes a warning message.",
       examples: [
           CommandExample(code: "Write-Warning 'The report is more than a day old.'",
                          remarks: "The host shows the message after WARNING:. It goes to the warning stream, not down the pipeline.",
                          expectedOutput: "WARNING: The report is more than a day old."),
           CommandExample(code: "Write-Warning 'Quota at 90%' -WarningAction SilentlyContinue -WarningVariable notes\n\"Saved: $notes\"",
                          remarks: "-WarningAction SilentlyContinue hides the warning; -WarningVariable keeps it for later.",
                          expectedOutput: "Saved: Quota at 90%"),
       ])
    init() {}
    func process(_ context: CommandContext) throws { try context.writeWarning(context.string("Message") ?? "") }
}

final class WriteVerboseCommand: Cmdlet {
    static let metadata = CommandMetadata(name: "Write-Verbose", parameters: [
        ParameterMetadata(name: "Message", type: "string", aliases: ["Msg"], position: 0, mandatory: true, valueFromPipeline: true, allowEmptyString: true),
    ], moduleName: "Microsoft.PowerShell.Utility", synopsis: "Writes text to the verbose message stream.",
       examples: [
           CommandExample(code: "function Get-Total {\n    [CmdletBinding()]\n    param()\n    Write-Verbose 'Adding the numbers.'\n    1 + 2\n}\nGet-Total\nGet-Total -Verbose",
                          remarks: "Verbose messages are hidden unless the caller asks for them: the first call prints only 3; with -Verbose (or $VerbosePreference = 'Continue') the message is shown after VERBOSE:.",
                          expectedOutput: "3\nVERBOSE: Adding the numbers.\n3"),
       ])
    init() {}
    func process(_ context: CommandContext) throws { try context.writeVerbose(context.string("Message") ?? "") }
}

final class WriteDebugCommand: Cmdlet {
    static let metadata = CommandMetadata(name: "Write-Debug", parameters: [
        ParameterMetadata(name: "Message", type: "string", aliases: ["Msg"], position: 0, mandatory: true, valueFromPipeline: true, allowEmptyString: true),
    ], moduleName: "Microsoft.PowerShell.Utility", synopsis: "Writes a debug message.",
       examples: [
           CommandExample(code: "function Find-Seat {\n    [CmdletBinding()]\n    param()\n    Write-Debug 'Looking in the cache first.'\n    'seat 12'\n}\nFind-Seat\nFind-Seat -Debug",
                          remarks: "Debug messages are hidden by default. -Debug (or $DebugPreference = 'Continue') shows them after DEBUG:, without stopping to ask as Windows PowerShell did.",
                          expectedOutput: "seat 12\nDEBUG: Looking in the cache first.\nseat 12"),
       ])
    init() {}
    func process(_ context: CommandContext) throws { try context.writeDebug(context.string("Message") ?? "") }
}

final class WriteInformationCommand: Cmdlet {
    static let metadata = CommandMetadata(name: "Write-Information", parameters: [
        ParameterMetadata(name: "MessageData", type: "object", aliases: ["Msg", "Message"], position: 0, mandatory: true),
        ParameterMetadata(name: "Tags", type: "string[]", position: 1),
    ], moduleName: "Microsoft.PowerShell.Utility", synopsis: "Writes to the information stream.",
       examples: [
           CommandExample(code: "Write-Information 'Import finished.' -InformationAction Continue",
                          remarks: "Information messages are hidden by default ($InformationPreference is SilentlyContinue); -InformationAction Continue shows this one, without a prefix.",
                          expectedOutput: "Import finished."),
           CommandExample(code: "Write-Information 'Step 1 done' -Tags Progress -InformationVariable log\n$log[0].MessageData\n$log[0].Tags",
                          remarks: "Nothing is shown, but -InformationVariable keeps each information record, with its message and tags.",
                          expectedOutput: "Step 1 done\nProgress"),
       ])
    init() {}
    func process(_ context: CommandContext) throws { try context.writeInformation(context.value("MessageData") ?? .null, tags: context.strings("Tags")) }
}

/// System.Management.Automation.InformationRecord, as -InformationVariable collects it; its
/// string form is the message.
enum InformationRecord {
    static func make(_ data: Value, tags: [String], source: String) -> Value {
        let o = PSObject(properties: [
            ("MessageData", data), ("Source", .string(source)), ("TimeGenerated", .dateTime(DotNetDateTime.now())),
            ("Tags", .array(PSArray(tags.map { .string($0) }))),
            ("User", .string(ProcessInfo.processInfo.environment["USER"] ?? "")), ("Computer", .string(ProcessInfo.processInfo.hostName)),
            ("ProcessId", .int(Int(ProcessInfo.processInfo.processIdentifier))),
        ], typeName: "System.Management.Automation.InformationRecord")
        let text = LanguagePrimitives.toString(data)
        o.add(PSMember(name: "ToString", kind: .codeMethod({ _, _ in .string(text) })))
        return .object(o)
    }
}

final class WriteHostCommand: Cmdlet {
    static let metadata = CommandMetadata(name: "Write-Host", parameters: [
        ParameterMetadata(name: "Object", type: "object", aliases: ["Msg", "Message"], position: 0, valueFromPipeline: true, valueFromRemainingArguments: true),
        ParameterMetadata(name: "NoNewline", type: "switch"),
        ParameterMetadata(name: "Separator", type: "object"),
        ParameterMetadata(name: "ForegroundColor", type: "string", validateSet: ["Black", "DarkBlue", "DarkGreen", "DarkCyan", "DarkRed", "DarkMagenta", "DarkYellow", "Gray", "DarkGray", "Blue", "Green", "Cyan", "Red", "Magenta", "Yellow", "White"]),
        ParameterMetadata(name: "BackgroundColor", type: "string", validateSet: ["Black", "DarkBlue", "DarkGreen", "DarkCyan", "DarkRed", "DarkMagenta", "DarkYellow", "Gray", "DarkGray", "Blue", "Green", "Cyan", "Red", "Magenta", "Yellow", "White"]),
    ], moduleName: "Microsoft.PowerShell.Utility", synopsis: "Writes customized output to a host.",
       examples: [CommandExample(code: "Write-Host 'no' 'space' -Separator ','", remarks: "Joins the arguments with a separator.", expectedOutput: "no,space")])
    init() {}
    func process(_ context: CommandContext) throws {
        let sep = context.value("Separator").map { LanguagePrimitives.toString($0) } ?? " "
        var parts: [String] = []
        if let v = context.inputObject ?? context.value("Object") {
            var items = v.enumerated() ?? [v]
            if context.inputObject == nil, items.count == 1, let inner = items[0].enumerated() { items = inner }
            parts = items.map { item in
                if let sub = item.enumerated() { return sub.map { LanguagePrimitives.cultureString($0) }.joined(separator: sep) }
                return LanguagePrimitives.cultureString(item)
            }
        }
        context.writeHost(parts.joined(separator: sep), foregroundColor: context.string("ForegroundColor"), backgroundColor: context.string("BackgroundColor"), noNewline: context.switchPresent("NoNewline"))
    }
}

final class OutNullCommand: Cmdlet {
    static let metadata = CommandMetadata(name: "Out-Null", parameters: [
        ParameterMetadata(name: "InputObject", type: "psobject", valueFromPipeline: true),
    ], moduleName: "Microsoft.PowerShell.Core", synopsis: "Hides the output instead of sending it down the pipeline.",
       examples: [CommandExample(code: "New-Item -Path notes.txt | Out-Null\nTest-Path notes.txt",
                                 remarks: "The file is created, but the FileInfo object New-Item returns is thrown away instead of shown. `$null = New-Item ...` does the same.",
                                 expectedOutput: "True")])
    init() {}
}

final class OutDefaultCommand: Cmdlet {
    static let metadata = CommandMetadata(name: "Out-Default", parameters: [
        ParameterMetadata(name: "InputObject", type: "psobject", valueFromPipeline: true),
        ParameterMetadata(name: "Transcript", type: "switch"),
    ], moduleName: "Microsoft.PowerShell.Core", synopsis: "Sends the output to the default formatter and the host.",
       examples: [CommandExample(code: "[pscustomobject]@{ Name = 'Ann'; Seats = 2 } | Out-Default",
                                 remarks: "Formats the object (a table here) and writes it to the host: what PowerShell does with whatever a command line leaves in the pipeline.",
                                 expectedOutput: "\nName Seats\n---- -----\nAnn      2\n")])
    init() {}
    private var writer: OutputWriter?
    func process(_ context: CommandContext) throws {
        guard let v = context.inputObject ?? context.value("InputObject") else { return }
        let w = HostOutput.writer(&writer, context)
        try OutOfSequenceRecord.attributing(context) { try w.write(v) }
    }
    func end(_ context: CommandContext) throws { writer?.finish() }
}

final class InvokeExpressionCommand: Cmdlet {
    static let metadata = CommandMetadata(name: "Invoke-Expression", parameters: [
        ParameterMetadata(name: "Command", type: "string", position: 0, mandatory: true, valueFromPipeline: true),
    ], moduleName: "Microsoft.PowerShell.Utility", synopsis: "Runs a string as a command.",
       examples: [
           CommandExample(code: "Invoke-Expression '1 + 2 * 3'", remarks: "Runs the string as PowerShell code and returns its output.", expectedOutput: "7"),
           CommandExample(code: "$command = 'Get-Date -Year 2026 -Month 1 -Day 15 -Format yyyy-MM-dd'\nInvoke-Expression $command",
                          remarks: "Runs a command line built as text. Run only text you trust: it can do anything a typed command can; prefer calling the command with a splatted hashtable.",
                          expectedOutput: "2026-01-15"),
       ])
    init() {}
    func process(_ context: CommandContext) throws {
        do {
            for v in try context.session.invokeExpression(context.string("Command") ?? "") { try context.writeObject(v) }
        } catch let e as RuntimeError where !e.record.fullyQualifiedErrorId.contains(",") && !e.record.fromThrowStatement {
            // a terminating error leaving the command is attributed to it, as pwsh does
            e.record.fullyQualifiedErrorId += ",Microsoft.PowerShell.Commands.InvokeExpressionCommand"
            throw e
        }
    }
}

/// Invoke-Command on this computer: runs the script block with -ArgumentList as `$args` (or its
/// param() block), and pipeline input as `$input`, once, as pwsh does. Remote computers and
/// sessions are refused: LicenseLab has no remoting.
final class InvokeCommandCommand: Cmdlet {
    static let metadata = CommandMetadata(name: "Invoke-Command", parameters: [
        ParameterMetadata(name: "ScriptBlock", type: "scriptblock", aliases: ["Command"], position: 0, mandatory: true),
        ParameterMetadata(name: "ArgumentList", type: "object[]", aliases: ["Args"]),
        ParameterMetadata(name: "InputObject", type: "psobject", valueFromPipeline: true),
        ParameterMetadata(name: "NoNewScope", type: "switch"),
        ParameterMetadata(name: "ComputerName", type: "string[]", aliases: ["Cn"]),
        ParameterMetadata(name: "Session", type: "object[]"),
        ParameterMetadata(name: "Credential", type: "pscredential"),
        ParameterMetadata(name: "AsJob", type: "switch"),
    ], moduleName: "Microsoft.PowerShell.Core", synopsis: "Runs a script block on this computer (LicenseLab has no remoting).",
       examples: [CommandExample(code: "Invoke-Command -ScriptBlock { param($n) $n * 2 } -ArgumentList 21", remarks: "Arguments bind to the param() block.", expectedOutput: "42")])
    init() {}
    private var input: [Value] = []

    func begin(_ context: CommandContext) throws {
        for remote in ["ComputerName", "Session", "AsJob"] where context.has(remote) {
            throw context.terminatingError("Invoke-Command -\(remote) needs PowerShell remoting, which LicenseLab does not have; run the script block locally (without -\(remote)).",
                                           errorId: "RemotingNotSupported", category: .NotImplemented, exceptionType: "System.Management.Automation.PSNotSupportedException")
        }
    }

    func process(_ context: CommandContext) throws {
        if let v = context.inputObject, v != .automationNull { input.append(v) }
    }

    func end(_ context: CommandContext) throws {
        guard case .scriptBlock(let sb)? = context.value("ScriptBlock") else { return }
        let arguments = context.value("ArgumentList").map { $0.enumerated() ?? [$0] } ?? []
        let session = context.session
        // $input for the script block: the pipeline input, read from the caller's scope
        let saved = session.currentScope.variables[NameKey.input]
        session.setLocal(key: .input, "input", .native(PSList(input, elementType: nil, isArrayList: true)))
        defer { session.currentScope.variables[NameKey.input] = saved }
        try session.invokeScriptBlock(sb, dollarUnder: nil, arguments: arguments, this: nil, newScope: !context.switchPresent("NoNewScope")) { v in
            try context.writeObject(v)
        }
    }
}

/// Add-Type: .NET assemblies Windows scripts load for helpers (System.Web, System.Windows.Forms,
/// ...) are accepted, as pwsh accepts loading an assembly it has; compiling C# (-TypeDefinition,
/// -MemberDefinition, -Path) is refused with a clear error, since LicenseLab has no compiler.
final class AddTypeCommand: Cmdlet {
    static let metadata = CommandMetadata(name: "Add-Type", parameters: [
        ParameterMetadata(name: "AssemblyName", type: "string[]", aliases: ["AN"], mandatory: true, parameterSets: ["FromAssemblyName"]),
        ParameterMetadata(name: "TypeDefinition", type: "string", position: 0, mandatory: true, parameterSets: ["FromSource"]),
        ParameterMetadata(name: "MemberDefinition", type: "string[]", position: 1, mandatory: true, parameterSets: ["FromMember"]),
        ParameterMetadata(name: "Name", type: "string", position: 0, mandatory: true, parameterSets: ["FromMember"]),
        ParameterMetadata(name: "Namespace", type: "string", aliases: ["NS"], parameterSets: ["FromMember"]),
        ParameterMetadata(name: "Path", type: "string[]", position: 0, mandatory: true, parameterSets: ["FromPath"]),
        ParameterMetadata(name: "Language", type: "string"),
        ParameterMetadata(name: "ReferencedAssemblies", type: "string[]"),
        ParameterMetadata(name: "PassThru", type: "switch"),
        ParameterMetadata(name: "IgnoreWarnings", type: "switch"),
    ], defaultParameterSet: "FromSource", moduleName: "Microsoft.PowerShell.Utility",
       synopsis: "Loads a .NET assembly by name (accepted); compiling C# is not available in LicenseLab.",
       examples: [
           CommandExample(code: "Add-Type -AssemblyName System.Web",
                          remarks: "Loads a .NET assembly by name, as Windows scripts do before using its types. LicenseLab accepts the request and prints nothing.",
                          expectedOutput: ""),
           CommandExample(code: "try { Add-Type -TypeDefinition 'public static class Calc { public static int Twice(int n) { return n * 2; } }' } catch { $_.FullyQualifiedErrorId }",
                          remarks: "PowerShell would compile the class. LicenseLab has no C# compiler: -TypeDefinition, -MemberDefinition and -Path fail with a terminating error that a script can catch.",
                          expectedOutput: "CompilerNotAvailable,Microsoft.PowerShell.Commands.AddTypeCommand"),
       ])
    init() {}

    func process(_ context: CommandContext) throws {
        if context.has("AssemblyName") { return }
        throw context.terminatingError("Add-Type cannot compile or load code in LicenseLab: it has no .NET compiler. Loading assemblies by name (-AssemblyName) is accepted.",
                                       errorId: "CompilerNotAvailable", category: .NotImplemented, exceptionType: "System.Management.Automation.PSNotSupportedException")
    }
}
