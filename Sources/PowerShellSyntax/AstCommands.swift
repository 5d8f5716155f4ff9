// Pipeline elements: commands, command expressions, parameters, redirections.

/// A pipeline element (PowerShell's `CommandBaseAst`).
public enum CommandBaseAst: Sendable {
    case command(CommandAst)
    case expression(CommandExpressionAst)

    public var node: any Ast {
        switch self {
        case .command(let c): return c
        case .expression(let e): return e
        }
    }
    public var extent: Extent { node.extent }
    public var redirections: [RedirectionAst] {
        switch self {
        case .command(let c): return c.redirections
        case .expression(let e): return e.redirections
        }
    }
}

public enum InvocationOperator: String, Sendable {
    case none = ""
    case ampersand = "&"
    case dot = "."
}

/// A command call: `Get-Thing -Name x a,b @splat`, `& $sb 4`, `. ./lib.ps1`.
public final class CommandAst: Ast {
    public let extent: Extent
    /// The command name (usually a bare-word `StringConstantExpressionAst`) followed by arguments and parameters.
    public let commandElements: [CommandElementAst]
    public let invocationOperator: InvocationOperator
    public let redirections: [RedirectionAst]

    public init(extent: Extent, commandElements: [CommandElementAst], invocationOperator: InvocationOperator, redirections: [RedirectionAst]) {
        self.extent = extent
        self.commandElements = commandElements
        self.invocationOperator = invocationOperator
        self.redirections = redirections
    }

    /// The command name when it is a constant string (PowerShell's `GetCommandName()`).
    public var commandName: String? {
        guard let first = commandElements.first, case .expression(.stringConstant(let s)) = first else { return nil }
        return s.value
    }
}

/// An expression used as a pipeline element: `$x | ...`, `'a','b' | ...`, `1 > $null`.
public final class CommandExpressionAst: Ast {
    public let extent: Extent
    public let expression: ExpressionAst
    public let redirections: [RedirectionAst]

    public init(extent: Extent, expression: ExpressionAst, redirections: [RedirectionAst]) {
        self.extent = extent
        self.expression = expression
        self.redirections = redirections
    }
}

/// One element of a command: a parameter or an argument expression.
public enum CommandElementAst: Sendable {
    case parameter(CommandParameterAst)
    case expression(ExpressionAst)

    public var extent: Extent {
        switch self {
        case .parameter(let p): return p.extent
        case .expression(let e): return e.extent
        }
    }
}

/// `-Name`, `-Name:value` (the value is `argument`). `-Name value` has no `argument`: the
/// binder pairs the parameter with the next element.
public final class CommandParameterAst: Ast {
    public let extent: Extent
    /// The name without the dash and colon (`Name`); the dash may have been an en/em dash.
    public let parameterName: String
    public let argument: ExpressionAst?
    /// The extent of `-Name` / `-Name:` alone.
    public let errorPosition: Extent

    public init(extent: Extent, parameterName: String, argument: ExpressionAst?, errorPosition: Extent) {
        self.extent = extent
        self.parameterName = parameterName
        self.argument = argument
        self.errorPosition = errorPosition
    }
}

/// The stream a redirection reads from.
public enum RedirectionStream: Int, Sendable {
    case all = 0
    case output = 1
    case error = 2
    case warning = 3
    case verbose = 4
    case debug = 5
    case information = 6
}

public enum RedirectionAst: Sendable {
    case file(FileRedirectionAst)
    case merging(MergingRedirectionAst)

    public var extent: Extent {
        switch self {
        case .file(let f): return f.extent
        case .merging(let m): return m.extent
        }
    }
}

/// `> file`, `>> file`, `2> $null`, `*> out.txt`.
public final class FileRedirectionAst: Ast {
    public let extent: Extent
    public let fromStream: RedirectionStream
    public let location: ExpressionAst
    public let append: Bool

    public init(extent: Extent, fromStream: RedirectionStream, location: ExpressionAst, append: Bool) {
        self.extent = extent
        self.fromStream = fromStream
        self.location = location
        self.append = append
    }
}

/// `2>&1`, `*>&1`, `3>&1`.
public final class MergingRedirectionAst: Ast {
    public let extent: Extent
    public let fromStream: RedirectionStream
    public let toStream: RedirectionStream

    public init(extent: Extent, fromStream: RedirectionStream, toStream: RedirectionStream) {
        self.extent = extent
        self.fromStream = fromStream
        self.toStream = toStream
    }
}
