import Foundation

/// TabExpansion2: what Tab would propose for a line, as PowerShell's CommandCompletion object
/// (CompletionMatches, ReplacementIndex, ReplacementLength, CurrentMatchIndex) — the same
/// completion engine the line editor uses, for scripts and tests.
final class TabExpansion2Command: Cmdlet {
    static let metadata = CommandMetadata(
        name: "TabExpansion2",
        parameters: [
            ParameterMetadata(name: "inputScript", type: "string", position: 0, mandatory: true, parameterSets: ["ScriptInputSet"], allowEmptyString: true),
            ParameterMetadata(name: "cursorColumn", type: "int", position: 1, parameterSets: ["ScriptInputSet"]),
            ParameterMetadata(name: "options", type: "hashtable", position: 2),
        ],
        defaultParameterSet: "ScriptInputSet",
        outputTypes: ["System.Management.Automation.CommandCompletion"],
        moduleName: "Microsoft.PowerShell.Core",
        synopsis: "Gets what tab completion proposes for a line of input.",
        examples: [
            CommandExample(code: "(TabExpansion2 -inputScript 'Get-Dat').CompletionMatches.CompletionText", remarks: "The commands whose names start with Get-Dat.",
                           expectedOutput: "Get-Date"),
            CommandExample(code: "(TabExpansion2 -inputScript 'Get-Date -Fo' -cursorColumn 12).CompletionMatches | ForEach-Object { $_.ResultType.ToString() + ' ' + $_.CompletionText }",
                           remarks: "Parameter names, with the kind of each candidate.", expectedOutput: "ParameterName -Format"),
        ])
    init() {}

    func process(_ context: CommandContext) throws {
        let text = context.string("inputScript") ?? ""
        let length = text.count
        let column = context.int("cursorColumn") ?? length
        guard column >= 0, column <= length else {
            throw RuntimeError(message: "Cannot process argument because the value of argument \"cursorColumn\" is out of range. Change the value of the \"cursorColumn\" argument and run the operation again.",
                               errorId: "PSArgumentOutOfRange", category: .InvalidArgument, exceptionType: "System.Management.Automation.PSArgumentOutOfRangeException")
        }
        try context.writeObject(TabExpansion2Command.commandCompletion(line: text, cursor: column, session: context.session))
    }

    /// What the engine proposes for `line`, as a CommandCompletion object.
    static func commandCompletion(line: String, cursor: Int, session: Session) -> Value {
        let result = CompletionEngine(session: session).complete(line: line, cursor: cursor)
        let matches = result.matches.map { m in
            SystemManagementAutomation.completionResultObject(m.completionText, listItemText: m.listItemText,
                                                              resultType: TabExpansion2Command.resultType(m.kind), toolTip: m.toolTip ?? m.listItemText)
        }
        return .object(PSObject(properties: [("CurrentMatchIndex", .int(-1)), ("ReplacementIndex", .int(result.replacementStart)),
                                             ("ReplacementLength", .int(result.replacementLength)),
                                             ("CompletionMatches", .native(PSList(matches, elementType: nil, isArrayList: false)))],
                                typeName: "System.Management.Automation.CommandCompletion"))
    }

    /// PowerShell's CompletionResultType names.
    static func resultType(_ kind: CompletionMatch.Kind) -> String {
        switch kind {
        case .command: return "Command"
        case .parameterName: return "ParameterName"
        case .parameterValue: return "ParameterValue"
        case .variable: return "Variable"
        case .property: return "Property"
        case .method: return "Method"
        case .file: return "ProviderItem"
        case .directory: return "ProviderContainer"
        case .text: return "Text"
        case .type: return "Type"
        }
    }
}
