import Foundation
import PowerShellSyntax

/// Completers written in PowerShell: `Register-ArgumentCompleter` (for a parameter of some
/// commands or of every command, or for a native command's arguments) and, on a function's
/// parameter, `[ArgumentCompleter({ ... })]` and `[ArgumentCompletions('a', 'b')]`. A session slot.
final class ArgumentCompleterTable {
    struct Entry {
        /// nil: every command with the parameter.
        let command: NameKey?
        let parameter: NameKey
        let scriptBlock: ScriptBlock
    }

    private(set) var entries: [Entry] = []
    private(set) var native: [NameKey: ScriptBlock] = [:]

    static func of(_ session: Session) -> ArgumentCompleterTable { session.slot(orMake: ArgumentCompleterTable.init) }

    func register(commands: [String], parameter: String, scriptBlock: ScriptBlock) {
        if commands.isEmpty {
            entries.append(Entry(command: nil, parameter: NameKey(parameter), scriptBlock: scriptBlock))
        }
        for c in commands { entries.append(Entry(command: NameKey(c), parameter: NameKey(parameter), scriptBlock: scriptBlock)) }
    }

    func registerNative(commands: [String], scriptBlock: ScriptBlock) {
        for c in commands { native[NameKey(c)] = scriptBlock }
    }

    /// The newest registration for this command's parameter, else for the parameter of any command.
    func scriptBlock(command: String, parameter: String) -> ScriptBlock? {
        let c = NameKey(command), p = NameKey(parameter)
        if let e = entries.last(where: { $0.command == c && $0.parameter == p }) { return e.scriptBlock }
        return entries.last(where: { $0.command == nil && $0.parameter == p })?.scriptBlock
    }

    func nativeScriptBlock(command: String) -> ScriptBlock? {
        native[NameKey(command)] ?? native[NameKey((command as NSString).lastPathComponent)]
    }
}

extension CompletionEngine {
    /// What a script completer proposes for `parameter` of `command`: a registered one first,
    /// then the function parameter's `[ArgumentCompleter]`, then its `[ArgumentCompletions]`
    /// (filtered by what was typed, as ValidateSet values are); nil when it has none.
    func scriptedValues(command: String, parameter: ParameterMetadata, typed: String, quote: Character?, bound: [String: String]) -> [CompletionMatch]? {
        if let sb = ArgumentCompleterTable.of(session).scriptBlock(command: command, parameter: parameter.name) {
            return runCompleter(sb, arguments: [.string(command), .string(parameter.name), .string(typed), .null, fakeBoundParameters(bound)])
        }
        guard case .function(let f)? = session.resolveCommand(command),
              let ast = f.parameterAsts.first(where: { NameKey($0.name.name) == NameKey(parameter.name) }) else { return nil }
        for case .attribute(let a) in ast.attributes {
            switch NameKey.fold(a.typeName.fullName) {
            case "argumentcompleter", "system.management.automation.argumentcompleterattribute":
                guard let first = a.positionalArguments.first, case .scriptBlock(let sb)? = try? session.evaluate(first) else { continue }
                return runCompleter(sb, arguments: [.string(command), .string(parameter.name), .string(typed), .null, fakeBoundParameters(bound)])
            case "argumentcompletions", "system.management.automation.argumentcompletionsattribute":
                let options = a.positionalArguments.compactMap { try? session.evaluate($0) }
                    .flatMap { $0.enumerated() ?? [$0] }.map { LanguagePrimitives.toString($0) }
                let prefix = NameKey.fold(typed)
                return options.filter { NameKey.fold($0).hasPrefix(prefix) }
                    .map { CompletionMatch(quoted($0, quote: quote), listItemText: $0, kind: .parameterValue) }
            default:
                continue
            }
        }
        return nil
    }

    /// A native command's arguments (`Register-ArgumentCompleter -Native`): the script block gets
    /// the word, the command's syntax tree ($null here) and the cursor position.
    func nativeValues(command: String, word: String, cursor: Int) -> [CompletionMatch]? {
        guard let sb = ArgumentCompleterTable.of(session).nativeScriptBlock(command: command) else { return nil }
        return runCompleter(sb, arguments: [.string(word), .null, .int(cursor)])
    }

    private func fakeBoundParameters(_ bound: [String: String]) -> Value {
        let h = PSHashtable(ordered: false)
        for (k, v) in bound.sorted(by: { $0.key < $1.key }) { h[.string(k)] = .string(v) }
        return .hashtable(h)
    }

    /// Runs a completer; each string it writes is a candidate as written, each CompletionResult
    /// (or object with a CompletionText) one with its list text. A failing completer proposes nothing.
    private func runCompleter(_ sb: ScriptBlock, arguments: [Value]) -> [CompletionMatch] {
        guard let out = try? session.invoke(sb, dollarUnder: nil, arguments: arguments) else { return [] }
        var matches: [CompletionMatch] = []
        for item in out.flatMap({ $0.enumerated() ?? [$0] }) where !item.isNull {
            if case .object(let o) = item, o.member("CompletionText") != nil {
                let text = LanguagePrimitives.toString((try? session.getMember(item, "CompletionText")) ?? .null)
                let list = LanguagePrimitives.toString((try? session.getMember(item, "ListItemText")) ?? .null)
                matches.append(CompletionMatch(text, listItemText: list.isEmpty ? text : list, kind: .parameterValue))
            } else {
                let text = LanguagePrimitives.toString(item)
                matches.append(CompletionMatch(text, listItemText: text, kind: .parameterValue))
            }
        }
        return matches
    }
}

/// Register-ArgumentCompleter: a script block that completes a parameter's values (of the
/// commands named, or of every command having it), or a native command's arguments (-Native).
final class RegisterArgumentCompleterCommand: Cmdlet {
    static let metadata = CommandMetadata(
        name: "Register-ArgumentCompleter",
        parameters: [
            ParameterMetadata(name: "CommandName", type: "string[]", parameterSets: ["NativeSet", "PowerShellSet"]),
            ParameterMetadata(name: "ParameterName", type: "string", mandatory: true, parameterSets: ["PowerShellSet"]),
            ParameterMetadata(name: "ScriptBlock", type: "scriptblock", mandatory: true),
            ParameterMetadata(name: "Native", type: "switch", parameterSets: ["NativeSet"]),
        ],
        defaultParameterSet: "PowerShellSet",
        moduleName: "Microsoft.PowerShell.Core",
        synopsis: "Registers a custom argument completer.",
        description: "The script block gets the command's name, the parameter's name, the word being completed, the command's syntax tree ($null in LicenseLab) and a hashtable of the named arguments already typed; each string it writes is a candidate, as is each [System.Management.Automation.CompletionResult]. With -Native it completes a native command's arguments and gets the word, the syntax tree and the cursor position.",
        examples: [CommandExample(code: "Register-ArgumentCompleter -CommandName Get-MsolUser -ParameterName Department -ScriptBlock {\n    param($commandName, $parameterName, $wordToComplete)\n    'Sales', 'Finance', 'Legal' | Where-Object { $_ -like \"$wordToComplete*\" }\n}",
                                  remarks: "Get-MsolUser -Department F<Tab> now gives Finance.")])

    init() {}

    func process(_ context: CommandContext) throws {
        guard case .scriptBlock(let sb)? = context.value("ScriptBlock") else { return }
        let table = ArgumentCompleterTable.of(context.session)
        if context.switchPresent("Native") {
            table.registerNative(commands: context.strings("CommandName"), scriptBlock: sb)
        } else {
            table.register(commands: context.strings("CommandName"), parameter: context.string("ParameterName") ?? "", scriptBlock: sb)
        }
    }
}
