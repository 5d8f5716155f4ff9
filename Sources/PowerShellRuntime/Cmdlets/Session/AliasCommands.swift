/// Get-Alias, Set-Alias, New-Alias.

final class GetAliasCommand: Cmdlet {
    static let metadata = CommandMetadata(
        name: "Get-Alias",
        parameters: [
            ParameterMetadata(name: "Name", type: "string[]", position: 0, valueFromPipelineByPropertyName: true, parameterSets: ["Default"]),
            ParameterMetadata(name: "Exclude", type: "string[]"),
            ParameterMetadata(name: "Scope", type: "string"),
            ParameterMetadata(name: "Definition", type: "string[]", parameterSets: ["Definition"]),
        ],
        defaultParameterSet: "Default",
        outputTypes: ["System.Management.Automation.AliasInfo"],
        moduleName: "Microsoft.PowerShell.Utility",
        synopsis: "Gets the aliases for the current session.",
        examples: [
            CommandExample(code: "Get-Alias gci", remarks: "What the alias stands for.",
                           expectedOutput: "\nCommandType     Name                                               Version    Source\n-----------     ----                                               -------    ------\nAlias           gci -> Get-ChildItem\n"),
            CommandExample(code: "Get-Alias -Definition Set-Location | ForEach-Object Name",
                           remarks: "The other way round: every alias of a command.",
                           expectedOutput: "cd\nchdir\nsl"),
        ])
    init() {}

    func process(_ context: CommandContext) throws {
        CmdletViews.register(context.session)
        let s = context.session
        let all = SessionState.aliases(s)
        let exclude = context.strings("Exclude").map { WildcardPattern($0) }
        if context.has("Definition") {
            for d in context.strings("Definition") {
                let p = WildcardPattern(d)
                for a in all where p.matches(a.target) && !exclude.contains(where: { $0.matches(a.name) }) {
                    try context.writeObject(SessionState.aliasObject(a.name, a.target, s))
                }
            }
            return
        }
        let names = context.strings("Name").isEmpty ? ["*"] : context.strings("Name")
        for n in names {
            let p = WildcardPattern(n)
            let found = all.filter { a in p.matches(a.name) && !exclude.contains(where: { $0.matches(a.name) }) }
            if found.isEmpty && !WildcardPattern.containsWildcard(n) {
                try context.writeError(context.errorRecord("This command cannot find a matching alias because an alias with the name '\(n)' does not exist.", errorId: "ItemNotFoundException", category: .ObjectNotFound, exceptionType: "System.Management.Automation.ItemNotFoundException", targetObject: .string(n)))
                continue
            }
            for a in found {
                let display = WildcardPattern.containsWildcard(n) ? a.name : (CaseFold.equal(a.name, n) ? n : a.name)
                try context.writeObject(SessionState.aliasObject(display, a.target, s))
            }
        }
    }
}

/// Set-Alias creates or replaces; New-Alias refuses to replace an existing alias unless -Force.
class AliasWriter {
    static func parameters() -> [ParameterMetadata] {
        [
            ParameterMetadata(name: "Name", type: "string", position: 0, mandatory: true, valueFromPipelineByPropertyName: true),
            ParameterMetadata(name: "Value", type: "string", position: 1, mandatory: true, valueFromPipelineByPropertyName: true),
            ParameterMetadata(name: "Description", type: "string"),
            ParameterMetadata(name: "Option", type: "string"),
            ParameterMetadata(name: "PassThru", type: "switch"),
            ParameterMetadata(name: "Scope", type: "string"),
            ParameterMetadata(name: "Force", type: "switch"),
        ]
    }

    func define(_ context: CommandContext, replace: Bool) throws {
        let s = context.session
        guard let name = context.string("Name"), let target = context.string("Value") else { return }
        if !replace && !context.switchPresent("Force") && s.aliasTarget(name) != nil {
            try context.writeError(context.errorRecord("The alias is not allowed, because an alias with the name '\(name)' already exists.", errorId: "AliasAlreadyExists", category: .ResourceExists, exceptionType: "System.Management.Automation.SessionStateException", targetObject: .string(name)))
            return
        }
        do {
            try SessionState.setAlias(name, target, s, scope: context.string("Scope"))
        } catch let e as SessionState.ScopeError {
            throw context.terminatingError(e.message, errorId: "ArgumentOutOfRange", category: .InvalidArgument, exceptionType: "System.ArgumentOutOfRangeException")
        }
        if context.switchPresent("PassThru") { try context.writeObject(SessionState.aliasObject(name, target, s)) }
    }
}

final class SetAliasCommand: AliasWriter, Cmdlet {
    static let metadata = CommandMetadata(name: "Set-Alias", parameters: AliasWriter.parameters(), supportsShouldProcess: true,
                                          moduleName: "Microsoft.PowerShell.Utility", synopsis: "Creates or changes an alias for a cmdlet or other command in the current PowerShell session.",
                                          examples: [CommandExample(code: "Set-Alias -Name list -Value Get-ChildItem\nSet-Content a.txt 1\nlist -Name",
                                                                    remarks: "The alias takes the same parameters as its command and lasts for the session. Set-Alias replaces an alias of that name; New-Alias would refuse.",
                                                                    expectedOutput: "a.txt")])
    required override init() {}
    func process(_ context: CommandContext) throws { try define(context, replace: true) }
}

final class NewAliasCommand: AliasWriter, Cmdlet {
    static let metadata = CommandMetadata(name: "New-Alias", parameters: AliasWriter.parameters(), supportsShouldProcess: true,
                                          moduleName: "Microsoft.PowerShell.Utility", synopsis: "Creates a new alias.",
                                          examples: [CommandExample(code: "New-Alias -Name say -Value Write-Output\nsay 'hello'",
                                                                    remarks: "A new name for a command. An alias cannot carry arguments: write a function for that.",
                                                                    expectedOutput: "hello")])
    required override init() {}
    func process(_ context: CommandContext) throws { try define(context, replace: false) }
}
