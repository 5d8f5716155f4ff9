/// What tab completion proposes (PowerShell's CommandCompletion / CompletionResult, reduced to
/// what a line editor needs): the candidates replace `replacementLength` characters of the line
/// starting at `replacementStart` (Character offsets).
public struct CompletionResult: Equatable, Sendable {
    public var replacementStart: Int
    public var replacementLength: Int
    public var matches: [CompletionMatch]

    public init(replacementStart: Int, replacementLength: Int, matches: [CompletionMatch]) {
        self.replacementStart = replacementStart
        self.replacementLength = replacementLength
        self.matches = matches
    }

    public var completionTexts: [String] { matches.map(\.completionText) }
}

public struct CompletionMatch: Equatable, Sendable {
    public enum Kind: String, Sendable {
        case command, parameterName, parameterValue, variable, property, method, file, directory, text, type
    }

    /// The text that replaces the word (quoted when it needs to be).
    public var completionText: String
    /// The text a list of candidates shows.
    public var listItemText: String
    public var kind: Kind
    /// What a list shows next to the candidate (PowerShell's ToolTip); the list text when nil.
    public var toolTip: String?

    public init(_ completionText: String, listItemText: String? = nil, kind: Kind, toolTip: String? = nil) {
        self.completionText = completionText
        self.listItemText = listItemText ?? completionText
        self.kind = kind
        self.toolTip = toolTip
    }
}

/// A request to a value provider: the command and parameter the argument is for, and what was
/// typed so far (without quotes).
public struct CompletionRequest: Sendable {
    public var commandName: String
    public var parameterName: String
    public var wordToComplete: String
    /// The named arguments already on the line (`-AccountSkuId contoso:ENTERPRISEPACK`), by
    /// parameter name as typed, values unquoted: pwsh's `$fakeBoundParameters`.
    public var boundArguments: [String: String] = [:]

    /// The value typed for a parameter (its name in any case), if any.
    public func bound(_ parameter: String) -> String? {
        let key = NameKey.fold(parameter)
        return boundArguments.first { NameKey.fold($0.key) == key }?.value
    }
}

/// A value a provider proposes, and what the candidate list shows for it (a group's id is
/// completed, its display name is what the list shows).
public struct CompletionValue: Sendable, Equatable {
    public var value: String
    public var label: String
    public init(_ value: String, label: String? = nil) {
        self.value = value
        self.label = label ?? value
    }
}

/// Values for parameters whose set depends on the session's data rather than on the metadata
/// (the names of the objects a module manages: users, groups, products...). A module registers providers by parameter
/// name (and optionally a command-name wildcard); the first matching registration answers.
public final class CompletionProviders {
    public typealias Provider = (CompletionRequest) -> [CompletionValue]

    struct Registration {
        let parameter: NameKey
        let commands: WildcardPattern
        let provider: Provider
    }

    private var registrations: [Registration] = []

    /// The session's registry (a session slot, made on first use).
    public static func of(_ session: Session) -> CompletionProviders {
        session.slot(orMake: CompletionProviders.init)
    }

    /// Registers `provider` for each of `parameters` (names as the metadata spells them) of the
    /// commands matching `commands` (a wildcard such as `*-Contoso*`; `*` for every command).
    public func register(parameters: [String], commands: String = "*", provider: @escaping Provider) {
        for p in parameters {
            registrations.append(Registration(parameter: NameKey(p), commands: WildcardPattern(commands), provider: provider))
        }
    }

    /// Objects as a module's commands write them, by .NET type name: what `$_.` completes inside a
    /// script block after a command whose metadata declares that output type.
    private var samples: [NameKey: () -> Value?] = [:]

    public func registerSample(typeName: String, _ make: @escaping () -> Value?) {
        samples[NameKey(typeName)] = make
    }

    func sample(typeName: String) -> Value? { samples[NameKey(typeName)]?() }

    func values(for request: CompletionRequest) -> [CompletionValue]? {
        let key = NameKey(request.parameterName)
        for r in registrations where r.parameter == key && r.commands.matches(request.commandName) {
            return r.provider(request)
        }
        return nil
    }
}
