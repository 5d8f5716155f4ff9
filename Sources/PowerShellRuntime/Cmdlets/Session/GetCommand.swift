import PowerShellSyntax

/// Get-Command (`gcm`): aliases, functions and cmdlets by name (wildcards), -Module, -Verb,
/// -Noun and -CommandType, as CommandInfo objects (CommandType, Name, Version, Source); -Syntax
/// prints the generated syntax lines instead.
final class GetCommandCommand: Cmdlet {
    static let metadata = CommandMetadata(
        name: "Get-Command",
        parameters: [
            ParameterMetadata(name: "Name", type: "string[]", position: 0, valueFromPipeline: true, valueFromPipelineByPropertyName: true),
            ParameterMetadata(name: "Verb", type: "string[]"),
            ParameterMetadata(name: "Noun", type: "string[]"),
            ParameterMetadata(name: "Module", type: "string[]", aliases: ["PSSnapin"]),
            ParameterMetadata(name: "CommandType", type: "string[]", aliases: ["Type"]),
            ParameterMetadata(name: "TotalCount", type: "int"),
            ParameterMetadata(name: "Syntax", type: "switch"),
            ParameterMetadata(name: "ShowCommandInfo", type: "switch"),
            ParameterMetadata(name: "ArgumentList", type: "object[]", aliases: ["Args"], position: 1, valueFromRemainingArguments: true),
            ParameterMetadata(name: "All", type: "switch"),
            ParameterMetadata(name: "ListImported", type: "switch"),
            ParameterMetadata(name: "ParameterName", type: "string[]"),
            ParameterMetadata(name: "ParameterType", type: "string[]"),
            ParameterMetadata(name: "ExcludeModule", type: "string[]"),
        ],
        outputTypes: ["System.Management.Automation.AliasInfo", "System.Management.Automation.FunctionInfo", "System.Management.Automation.CmdletInfo"],
        moduleName: "Microsoft.PowerShell.Core",
        synopsis: "Gets all commands.",
        examples: [CommandExample(code: "(Get-Command Sort-Object).CommandType", remarks: "A cmdlet.", expectedOutput: "Cmdlet")])
    init() {}

    /// One command as Get-Command sees it.
    struct Entry {
        let name: String
        let type: String
        let metadata: CommandMetadata?
        /// For an alias: the name it points to (its Definition).
        let aliasTarget: String?
        /// For an alias: the command its chain ends at (nil for a loop).
        var resolvedName: String? = nil
        /// The module that exports it ("" for script functions and built-in or script aliases).
        var module: String = ""
        let rank: Int
        /// For a function: its body's text (FunctionInfo.ScriptBlock).
        var body: String? = nil
    }

    func process(_ context: CommandContext) throws {
        CmdletViews.register(context.session)
        let s = context.session
        let all = GetCommandCommand.entries(s)
        var results: [Entry] = []
        let names = context.strings("Name")
        let modules = context.strings("Module").map { WildcardPattern($0) }
        let excludedModules = context.strings("ExcludeModule").map { WildcardPattern($0) }
        let verbs = context.strings("Verb").map { WildcardPattern($0) }
        let nouns = context.strings("Noun").map { WildcardPattern($0) }
        let types = Set(context.strings("CommandType").flatMap { $0.split(separator: ",") }.map { CaseFold.fold($0.trimmingCharacters(in: .whitespaces)) })
        let paramNames = context.strings("ParameterName").map { WildcardPattern($0) }

        func keep(_ e: Entry) -> Bool {
            if !types.isEmpty && !types.contains("all") && !types.contains(CaseFold.fold(e.type)) { return false }
            let md = e.metadata
            if !modules.isEmpty && !modules.contains(where: { $0.matches(e.module) }) { return false }
            if excludedModules.contains(where: { $0.matches(e.module) }) { return false }
            if !verbs.isEmpty && (e.type == "Alias" || !verbs.contains(where: { $0.matches(md?.verb ?? "") })) { return false }
            if !nouns.isEmpty && (e.type == "Alias" || !nouns.contains(where: { $0.matches(md?.noun ?? "") })) { return false }
            if !paramNames.isEmpty {
                guard let md, md.allParameters.contains(where: { p in paramNames.contains { $0.matches(p.name) } }) else { return false }
            }
            return true
        }

        if names.isEmpty {
            results = all.filter(keep)
        } else {
            for n in names {
                let p = WildcardPattern(n)
                let found = all.filter { p.matches($0.name) && keep($0) }
                if found.isEmpty && !WildcardPattern.containsWildcard(n) {
                    let ex = s.types.exception("System.Management.Automation.CommandNotFoundException", message: "The term '\(n)' is not recognized as a name of a cmdlet, function, script file, or executable program.\nCheck the spelling of the name, or if a path was included, verify that the path is correct and try again.")
                    try context.writeError(ErrorRecord(exception: ex, errorId: "CommandNotFoundException,Microsoft.PowerShell.Commands.GetCommandCommand", category: .ObjectNotFound, targetObject: .string(n)))
                    continue
                }
                results += found.filter { r in !results.contains { CaseFold.equal($0.name, r.name) && $0.type == r.type } }
            }
        }
        if names.isEmpty || names.contains(where: WildcardPattern.containsWildcard) {
            results.sort { a, b in a.rank != b.rank ? a.rank < b.rank : CaseFold.compare(a.name, b.name, caseSensitive: false) < 0 }
        }
        if let total = context.int("TotalCount"), total >= 0 { results = Array(results.prefix(total)) }
        for e in results {
            if context.switchPresent("Syntax") {
                if let target = e.aliasTarget { try context.writeObject(.string(target)); continue }
                if let md = e.metadata { try context.writeObject(.string(CommandSyntax.lines(md).joined(separator: "\n\n"))) }
                continue
            }
            try context.writeObject(GetCommandCommand.info(e, s))
        }
    }

    /// Every command in the session (the session's one lookup), ranked as Get-Command sorts them.
    static func entries(_ s: Session) -> [Entry] {
        s.allCommands().map { e in
            let rank: Int
            switch e.kind {
            case .alias: rank = 1
            case .function: rank = 2
            case .filter: rank = 3
            case .cmdlet, .externalScript: rank = 4
            }
            let module: String
            switch e.kind {
            case .cmdlet: module = e.metadata?.moduleName ?? ""
            case .function, .filter: module = e.moduleName ?? ""
            // an alias a module exports belongs to that module; script and built-in ones to none
            case .alias: module = s.currentScope.lookupAlias(NameKey(e.name)) == nil ? (s.commands.module(ofAlias: e.name) ?? "") : ""
            default: module = ""
            }
            return Entry(name: e.name, type: e.kind.rawValue, metadata: e.metadata, aliasTarget: e.kind == .alias ? e.definition : nil,
                         resolvedName: e.aliasTarget, module: module, rank: rank,
                         body: e.kind == .function || e.kind == .filter ? e.definition : nil)
        }
    }

    static func info(_ e: Entry, _ s: Session) -> Value {
        let typeName: String
        switch e.type {
        case "Alias": typeName = "System.Management.Automation.AliasInfo"
        case "Function", "Filter": typeName = "System.Management.Automation.FunctionInfo"
        default: typeName = "System.Management.Automation.CmdletInfo"
        }
        let md = e.metadata
        let module = e.module
        let version = s.modules.manifest(named: module)?.version ?? ""
        let o = PSObject(typeNames: [typeName, "System.Management.Automation.CommandInfo", "System.Object"])
        o.setNote("CommandType", .string(e.type))
        o.setNote("Name", .string(e.name))
        o.setNote("DisplayName", .string(e.aliasTarget.map { "\(e.name) -> \($0)" } ?? e.name))
        o.setNote("Version", version.isEmpty ? .string("") : .native(VersionObject.parse(version) ?? VersionObject(major: 0, minor: 0)))
        o.setNote("Source", .string(module))
        o.setNote("ModuleName", .string(module))
        if let target = e.aliasTarget {
            o.setNote("Definition", .string(target))
            o.setNote("ReferencedCommand", e.resolvedName.map { .string($0) } ?? .null)
            o.setNote("ResolvedCommandName", e.resolvedName.map { .string($0) } ?? .null)
        } else if let md {
            o.setNote("Verb", .string(md.verb))
            o.setNote("Noun", .string(md.noun))
            o.setNote("Definition", .string(CommandSyntax.lines(md).map { "\n" + $0 + "\n" }.joined()))
            let params = PSHashtable(ordered: true)
            for p in md.allParameters {
                let pm = PSObject(typeNames: ["System.Management.Automation.ParameterMetadata", "System.Object"])
                pm.setNote("Name", .string(p.name))
                pm.setNote("ParameterType", .string(p.type))
                pm.setNote("Aliases", .array(PSArray(p.aliases.map { .string($0) })))
                pm.setNote("IsDynamic", .bool(false))
                pm.setNote("SwitchParameter", .bool(p.isSwitch))
                // ParameterSets: set name → position, mandatory, pipeline binding (as pwsh's
                // ParameterSetMetadata; a parameter in no named set is in __AllParameterSets)
                let sets = PSHashtable(ordered: true)
                for set in p.parameterSets.isEmpty ? ["__AllParameterSets"] : p.parameterSets {
                    let sm = PSObject(typeNames: ["System.Management.Automation.ParameterSetMetadata", "System.Object"])
                    sm.setNote("Position", .int(p.position ?? Int(Int32.min)))
                    sm.setNote("IsMandatory", .bool(p.mandatory))
                    sm.setNote("ValueFromPipeline", .bool(p.valueFromPipeline))
                    sm.setNote("ValueFromPipelineByPropertyName", .bool(p.valueFromPipelineByPropertyName))
                    sm.setNote("ValueFromRemainingArguments", .bool(p.valueFromRemainingArguments))
                    sets[.string(set)] = .object(sm)
                }
                pm.setNote("ParameterSets", .hashtable(sets))
                params[.string(p.name)] = .object(pm)
            }
            o.setNote("Parameters", .hashtable(params))
            o.setNote("ParameterSets", .array(PSArray(md.parameterSetNames.map { .string($0) })))
            o.setNote("OutputType", .array(PSArray(md.outputTypes.map { .string($0) })))
            o.setNote("HelpUri", .string(""))
        }
        // a function's ScriptBlock (its param block, defaults and body), as FunctionInfo has
        if let body = e.body {
            o.setNote("ScriptBlock", .scriptBlock(ScriptBlock(ast: Parser.parse(body).scriptBlock)))
        }
        let name = e.name
        o.add(PSMember(name: "ToString", kind: .codeMethod({ _, _ in .string(name) })))
        return .object(o)
    }
}
