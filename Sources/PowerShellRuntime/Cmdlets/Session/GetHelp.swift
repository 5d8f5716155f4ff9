/// Get-Help (`man`): help text generated from the same metadata the binder uses (synopsis,
/// syntax per parameter set, description, parameters, examples), for cmdlets and for functions
/// with comment-based help. -Examples, -Detailed/-Full and -Parameter select sections.
final class GetHelpCommand: Cmdlet {
    static let metadata = CommandMetadata(
        name: "Get-Help",
        parameters: [
            ParameterMetadata(name: "Name", type: "string", position: 0, valueFromPipelineByPropertyName: true),
            ParameterMetadata(name: "Path", type: "string"),
            ParameterMetadata(name: "Category", type: "string[]"),
            ParameterMetadata(name: "Component", type: "string[]"),
            ParameterMetadata(name: "Functionality", type: "string[]"),
            ParameterMetadata(name: "Role", type: "string[]"),
            ParameterMetadata(name: "Full", type: "switch", parameterSets: ["AllUsersView"]),
            ParameterMetadata(name: "Detailed", type: "switch", mandatory: true, parameterSets: ["DetailedView"]),
            ParameterMetadata(name: "Examples", type: "switch", mandatory: true, parameterSets: ["Examples"]),
            ParameterMetadata(name: "Parameter", type: "string[]", mandatory: true, parameterSets: ["Parameters"]),
            ParameterMetadata(name: "Online", type: "switch", mandatory: true, parameterSets: ["Online"]),
            ParameterMetadata(name: "ShowWindow", type: "switch", mandatory: true, parameterSets: ["ShowWindow"]),
        ],
        defaultParameterSet: "AllUsersView",
        outputTypes: ["MamlCommandHelpInfo"],
        moduleName: "Microsoft.PowerShell.Core",
        synopsis: "Displays information about PowerShell commands and concepts.",
        examples: [
            CommandExample(code: "Get-Help Get-Content -Examples",
                           remarks: "The synopsis and the examples of Get-Content. LicenseLab builds help from each command's own metadata, and its tests run every example shown."),
            CommandExample(code: "Get-Help Join-Path -Parameter ChildPath",
                           remarks: "One parameter: its type, whether it is required, its position and whether it takes pipeline input."),
            CommandExample(code: "Get-Help *-Location",
                           remarks: "A wildcard lists the matching commands (and help topics) with their synopses."),
        ])
    init() {}

    func process(_ context: CommandContext) throws {
        let s = context.session
        guard let name = context.string("Name"), !name.isEmpty else {
            try context.writeObject(.native(FormattedText(lines: GetHelpCommand.overview(topics: s.modules.helpTopics))))
            return
        }
        if context.switchPresent("Online") {
            throw context.terminatingError("The online version of this Help topic cannot be displayed because the Internet address (URI) of the Help topic is not specified in the command code or in the help file for the command.", errorId: "InvalidOperation", category: .InvalidOperation, exceptionType: "System.InvalidOperationException")
        }
        var matches: [CommandMetadata] = []
        if WildcardPattern.containsWildcard(name) {
            let p = WildcardPattern(name)
            matches = GetCommandCommand.entries(s).filter { $0.type != "Alias" && p.matches($0.name) }.compactMap(\.metadata)
            let topics = s.modules.helpTopics(matching: name)
            if matches.count + topics.count > 1 {
                let rows = matches.map { GetHelpCommand.shortRow($0) } + topics.map { GetHelpCommand.shortRow($0) }
                for r in rows { try context.writeObject(r) }
                return
            }
            if matches.isEmpty, let topic = topics.first {
                try context.writeObject(.native(FormattedText(lines: topic.lines)))
                return
            }
        } else if let topic = s.modules.helpTopic(named: name) {
            // conceptual topics (the modules' about_ files) print as text
            try context.writeObject(.native(FormattedText(lines: topic.lines)))
            return
        } else if let md = s.resolveCommandMetadata(name) {
            matches = [md]
        } else if s.lookupCommand(name) == nil {
            // not a command or topic name: the help whose text has the word, as pwsh searches
            let found = GetHelpCommand.search(name, in: s)
            if found.topics.count + found.commands.count > 1 {
                // the conceptual topics first: a word is usually a concept
                for r in found.topics.map({ GetHelpCommand.shortRow($0) }) + found.commands.map({ GetHelpCommand.shortRow($0) }) {
                    try context.writeObject(r)
                }
                return
            }
            if let topic = found.topics.first {
                try context.writeObject(.native(FormattedText(lines: topic.lines)))
                return
            }
            matches = found.commands
        }
        guard let md = matches.first else {
            throw context.terminatingError("Get-Help could not find \(name) in a help file in this session. To download updated help topics type: \"Update-Help\". To get help online, search for the help topic in the TechNet library at https:/go.microsoft.com/fwlink/?LinkID=107116.", errorId: "HelpNotFound", category: .ResourceUnavailable, exceptionType: "Microsoft.PowerShell.Commands.HelpNotFoundException", targetObject: .string(name))
        }
        let lines: [String]
        if context.switchPresent("Examples") {
            lines = GetHelpCommand.examples(md)
        } else if context.has("Parameter") {
            let patterns = context.strings("Parameter").map { WildcardPattern($0) }
            let ps = md.allParameters.filter { p in patterns.contains { $0.matches(p.name) } }
            if ps.isEmpty {
                throw context.terminatingError("No parameter matches criteria \(context.strings("Parameter").joined(separator: ", ")).", errorId: "NoParmsFound", category: .InvalidArgument, exceptionType: "System.ArgumentException")
            }
            lines = [""] + ps.flatMap(GetHelpCommand.parameterBlock)
        } else {
            lines = GetHelpCommand.full(md, description: s.modules.description(of: md), detailed: context.switchPresent("Detailed") || context.switchPresent("Full"))
        }
        try context.writeObject(.native(FormattedText(lines: lines)))
    }

    /// `Get-Help` alone: how to get help, and the session's conceptual topics (about_LicenseLab
    /// first, where to start).
    static func overview(topics: [HelpTopic]) -> [String] {
        var out = [
            "", "TOPIC", "    PowerShell Help System", "", "SHORT DESCRIPTION",
            "    Displays help about PowerShell cmdlets and concepts.", "", "LONG DESCRIPTION",
            "    Get-Help <name> shows the synopsis, syntax and description of a command.",
            "    Get-Help <name> -Examples shows its examples; -Full adds the parameters.",
            "    Get-Help <word> lists the commands and topics whose help has that word.",
            "    Get-Command lists the commands available in this session.", "",
        ]
        guard !topics.isEmpty else { return out }
        let ordered = topics.filter { $0.name == "about_LicenseLab" } + topics.filter { $0.name != "about_LicenseLab" }
        if ordered.first?.name == "about_LicenseLab" {
            out += ["    New to LicenseLab? Start with:", "", "        Get-Help about_LicenseLab", ""]
        }
        out += ["    Conceptual topics (Get-Help <topic>):", ""]
        for t in ordered { out += ["        " + t.name] + wrapped(t.synopsis).map { "        " + $0 } }
        out.append("")
        return out
    }

    /// A row of a help list (Name, Category, Module, Synopsis).
    static func shortRow(_ md: CommandMetadata) -> Value {
        .object(PSObject(properties: [("Name", .string(md.name)), ("Category", .string("Cmdlet")), ("Module", .string(md.moduleName)), ("Synopsis", .string(md.synopsis))], typeName: "HelpInfoShort"))
    }

    static func shortRow(_ t: HelpTopic) -> Value {
        .object(PSObject(properties: [("Name", .string(t.name)), ("Category", .string("HelpFile")), ("Module", .string("")), ("Synopsis", .string(t.synopsis))], typeName: "HelpInfoShort"))
    }

    /// The commands (by name order) and topics whose help text has `word`, ignoring case: a
    /// command's synopsis, description and examples, a topic's whole text.
    static func search(_ word: String, in s: Session) -> (commands: [CommandMetadata], topics: [HelpTopic]) {
        let needle = word.lowercased()
        let commands = GetCommandCommand.entries(s).filter { $0.type != "Alias" }.compactMap(\.metadata).filter { md in
            let text = ([md.synopsis, s.modules.description(of: md)] + md.examples.flatMap { [$0.code, $0.remarks] }).joined(separator: "\n")
            return text.lowercased().contains(needle)
        }.sorted { NameKey.fold($0.name) < NameKey.fold($1.name) }
        let topics = s.modules.helpTopics.filter { $0.lines.joined(separator: "\n").lowercased().contains(needle) }
        return (commands, topics)
    }

    /// A paragraph as help prints it: four spaces in, lines of at most 80 characters (text that
    /// already has line breaks keeps them).
    static func wrapped(_ text: String) -> [String] {
        if text.contains("\n") { return indent(text) }
        var lines: [String] = [], line = ""
        for word in text.split(separator: " ") {
            if !line.isEmpty, line.count + 1 + word.count > 76 { lines.append("    " + line); line = "" }
            line += (line.isEmpty ? "" : " ") + word
        }
        if !line.isEmpty { lines.append("    " + line) }
        return lines
    }

    static func indent(_ text: String, _ n: Int = 4) -> [String] {
        let pad = String(repeating: " ", count: n)
        return text.split(separator: "\n", omittingEmptySubsequences: false).map { $0.isEmpty ? "" : pad + $0 }
    }

    static func full(_ md: CommandMetadata, description: String, detailed: Bool) -> [String] {
        var out = ["", "NAME", "    \(md.name)", ""]
        if !md.synopsis.isEmpty { out += ["SYNOPSIS"] + indent(md.synopsis) + ["", ""] }
        out += ["SYNTAX"]
        for l in CommandSyntax.lines(md, scriptTypes: md.moduleName.isEmpty) { out += ["    " + l, ""] }
        out.append("")
        if !description.isEmpty { out += ["DESCRIPTION"] + wrapped(description) + ["", ""] }
        if detailed {
            out += ["PARAMETERS"]
            for p in md.parameters { out += parameterBlock(p) }
            if md.isAdvanced {
                out += ["    <CommonParameters>",
                        "        This cmdlet supports the common parameters: Verbose, Debug,",
                        "        ErrorAction, ErrorVariable, WarningAction, WarningVariable,",
                        "        OutBuffer, PipelineVariable, and OutVariable. For more information, see",
                        "        about_CommonParameters (https://go.microsoft.com/fwlink/?LinkID=113216).", ""]
            }
            out.append("")
            out += exampleBlocks(md)
        }
        out += ["RELATED LINKS", ""]
        if md.moduleName.isEmpty {
            // Comment-based help of a script function words its remarks in lower case.
            out += ["REMARKS",
                    "    To see the examples, type: \"get-help \(md.name) -examples\".",
                    "    For more information, type: \"get-help \(md.name) -detailed\".",
                    "    For technical information, type: \"get-help \(md.name) -full\".", ""]
        } else {
            out += ["REMARKS",
                    "    To see the examples, type: \"Get-Help \(md.name) -Examples\".",
                    "    For more information, type: \"Get-Help \(md.name) -Detailed\".",
                    "    For technical information, type: \"Get-Help \(md.name) -Full\".", ""]
        }
        return out
    }

    static func examples(_ md: CommandMetadata) -> [String] {
        var out = ["", "NAME", "    \(md.name)", ""]
        if !md.synopsis.isEmpty { out += ["SYNOPSIS"] + indent(md.synopsis) + [""] }
        out += exampleBlocks(md)
        return out
    }

    static func exampleBlocks(_ md: CommandMetadata) -> [String] {
        var out: [String] = []
        for (i, e) in md.examples.enumerated() {
            out += ["    -------------------------- EXAMPLE \(i + 1) --------------------------", ""]
            let code = e.code.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            if let first = code.first { out.append("    PS > " + first) }
            out += code.dropFirst().map { "    " + $0 }
            out.append("")
            if !e.remarks.isEmpty { out += indent(e.remarks) + [""] }
            if let expected = e.expectedOutput, !expected.isEmpty { out += indent(expected) + [""] }
            out.append("")
        }
        return out
    }

    static func parameterBlock(_ p: ParameterMetadata) -> [String] {
        var out = ["    -\(p.name)" + (p.isSwitch ? " [<SwitchParameter>]" : " <\(CommandSyntax.typeText(p.type))>")]
        if let h = p.helpMessage, !h.isEmpty { out += indent(h, 8) }
        out.append("")
        var pipeline: [String] = []
        if p.valueFromPipeline { pipeline.append("ByValue") }
        if p.valueFromPipelineByPropertyName { pipeline.append("ByPropertyName") }
        out += [
            "        Required?                    \(p.mandatory ? "true" : "false")",
            "        Position?                    \(p.position.map { String($0) } ?? "named")",
            "        Default value                \(p.defaultValueText ?? "")",
            "        Accept pipeline input?       \(pipeline.isEmpty ? "false" : "true (" + pipeline.joined(separator: ", ") + ")")",
            "        Aliases                      \(p.aliases.joined(separator: ", "))",
            "        Accept wildcard characters?  false",
            "",
        ]
        return out
    }
}
