// function/filter, data sections, enum, class (interfaces are reported as unsupported), using.

extension ScriptParser {
    // MARK: function

    func parseFunction(_ t: Tok, isFilter: Bool) -> StatementAst {
        advance(t)
        let nameTok = peek(.command)
        let name: String
        switch nameTok.kind {
        case .word(let w): name = w
        case .expandableWord(_, let raw): name = text(raw.lowerBound, raw.upperBound)
        case .string(let s, _): name = s
        default:
            error("MissingNameAfterKeyword", "Missing name after \(isFilter ? "filter" : "function") keyword.", nameTok.start, nameTok.end, incomplete: nameTok.isEOF)
            return errorStatement(t.start)
        }
        advance(nameTok)
        skipNewlines()
        var parameters: [ParameterAst]?
        var listEnd: Int?
        if case .lparen = peek().kind {
            let open = peek()
            advance(open)
            parameterListErrorEnd = nil
            parameters = parseParameterList()
            let close = peek()
            if case .rparen = close.kind { advance(close) } else {
                if parameterListErrorEnd == nil {
                    error("MissingEndParenthesisInFunctionParameterList", "Missing ')' in function parameter list.", close.start, close.end, incomplete: close.isEOF)
                }
                listEnd = parameterListErrorEnd ?? lastEnd
            }
            skipNewlines()
        }
        let open = peek()
        guard case .lcurly = open.kind else {
            if listEnd == nil {
                error("MissingFunctionBody", "Missing function body in function declaration.", open.start, open.end, incomplete: open.isEOF)
            }
            // as PowerShell: the error statement keeps the parameters that parsed
            return .error(ErrorStatementAst(extent: extent(t.start, max(t.start, listEnd ?? lastEnd)), nestedAst: parameters ?? []))
        }
        let bodyAst = parseBracedScriptBlock(open)
        let end = bodyAst.extent.endOffset
        if parameters != nil && bodyAst.paramBlock != nil {
            error("OnlyOneParameterListAllowed", "The param statement cannot be used if arguments were specified in the function declaration.", open.start, open.end)
        }
        let help = functionHelp(functionStart: t.start, bodyOpen: open.end, bodyClose: max(open.end, end - 1))
        return .functionDefinition(FunctionDefinitionAst(extent: extent(t.start, end), isFilter: isFilter, name: name, parameters: parameters, body: bodyAst, help: help))
    }

    // MARK: data, enum, class, using

    /// data name? (-SupportedCommand name, name...)? { statements }. A wrong option or a missing
    /// command name makes an error statement without looking for the block (what follows is
    /// parsed as the next statement), as in pwsh.
    func parseData(_ t: Tok) -> StatementAst {
        advance(t)
        skipNewlines()
        var variable: String?
        var commands: [ExpressionAst] = []
        var nameEnd: Int?
        let nameTok = peek(.command)
        if case .word(let w) = nameTok.kind {
            advance(nameTok)
            variable = w
            nameEnd = nameTok.end
        }
        skipNewlines()
        var errorEnd: Int?
        var sawOption = false
        let f = peek(.command)
        if case .parameter(let name, _) = f.kind {
            advance(f)
            sawOption = true
            if !"supportedcommand".hasPrefix(name.lowercased()) {
                errorEnd = f.end
                error("InvalidParameterForDataSectionStatement", "The \"\(name)\" parameter of the Data section is not valid. The valid Data section parameter is SupportedCommand.", f.start, f.end)
            }
            var comma: Tok?
            while true {
                skipNewlines()
                guard let command = parseCommandArgument() else {
                    if errorEnd == nil {
                        reportAfter((comma ?? f).end, "MissingValueForSupportedCommandInDataSectionStatement", "The SupportedCommand parameter of the Data section is missing a value. Supply a cmdlet or function name to the parameter.")
                    }
                    errorEnd = (comma ?? f).end
                    break
                }
                commands.append(command)
                let next = peek(.command)
                guard case .comma = next.kind else { break }
                advance(next)
                comma = next
            }
        }
        var body: StatementBlockAst?
        if errorEnd == nil {
            skipNewlines()
            body = parseStatementBlock()
            if body == nil {
                let end = sawOption ? (commands.last?.extent.endOffset ?? f.end) : (nameEnd ?? t.end)
                errorEnd = end
                reportAfter(end, "MissingStatementBlockForDataSection", "The Data section is missing its statement block.")
            }
        }
        guard let body, errorEnd == nil else {
            return .error(ErrorStatementAst(extent: extent(t.start, max(t.start, errorEnd ?? lastEnd)), nestedAst: commands.map(\.node)))
        }
        return .data(DataStatementAst(extent: extent(t.start, lastEnd), variable: variable, commandsAllowed: commands, body: body))
    }

    func parseEnum(_ t: Tok, attributes: [AttributeAst]) -> StatementAst {
        advance(t)
        let nameTok = peek(.command)
        guard case .word(let name) = nameTok.kind else {
            error("MissingNameAfterKeyword", "Missing name after enum keyword.", nameTok.start, nameTok.end, incomplete: nameTok.isEOF)
            return errorStatement(t.start)
        }
        // `enum Name : byte` — the word scanner stops at whitespace, so `Name:byte` needs splitting.
        var enumName = name
        var underlying: TypeConstraintAst?
        advance(nameTok)
        if let colon = enumName.firstIndex(of: ":") {
            let rest = String(enumName[enumName.index(after: colon)...])
            enumName = String(enumName[..<colon])
            if !rest.isEmpty { underlying = TypeConstraintAst(extent: extent(nameTok.start, nameTok.end), typeName: .simple(rest)) }
        }
        let colonTok = peek()
        if case .colon = colonTok.kind {
            advance(colonTok)
            let typeTok = peek(.command)
            if case .word(let w) = typeTok.kind {
                advance(typeTok)
                underlying = TypeConstraintAst(extent: extent(typeTok.start, typeTok.end), typeName: .simple(w))
            }
        }
        skipNewlines()
        let open = peek()
        guard case .lcurly = open.kind else {
            error("MissingTypeBody", "Missing '{' in enum definition.", open.start, open.end, incomplete: open.isEOF)
            return errorStatement(t.start)
        }
        advance(open)
        var members: [EnumMember] = []
        while true {
            skipSeparators()
            let m = peek()
            if case .rcurly = m.kind { break }
            if m.isEOF { break }
            guard case .word(let memberName) = m.kind else {
                unexpected(m)
                recoverToStatementEnd()
                if pos <= m.start { advance(m) }
                continue
            }
            advance(m)
            var value: ExpressionAst?
            if case .op(.assign(.assign)) = peek().kind {
                advance(peek())
                skipNewlines()
                value = parseExpression()
            }
            members.append(EnumMember(name: memberName, initialValue: value, extent: extent(m.start, lastEnd)))
        }
        let end = expectClosingCurly(open)
        return .typeDefinition(TypeDefinitionAst(extent: extent(attributes.first?.extent.startOffset ?? t.start, end), name: enumName, attributes: attributes, underlyingType: underlying, members: members))
    }

    // MARK: class

    /// `class Name [: Base [, Interface]...] { member... }`, a member being a property
    /// (`[attributes] [hidden] [static] [type] $Name [= value]`), a method
    /// (`[attributes] [hidden] [static] [type] Name([parameters]) { body }`) or a constructor
    /// (`[static] ClassName([parameters]) [: base(arguments)] { body }`).
    func parseClass(_ t: Tok, attributes: [AttributeAst]) -> StatementAst {
        advance(t)
        skipSpaces()
        guard pos < n, isIdentifierChar(c[pos]) else {
            let m = peek(.command)
            error("MissingNameAfterKeyword", "Missing name after class keyword.", m.start, m.end, incomplete: m.isEOF)
            if case .lcurly = m.kind { skipBalancedBlock() }
            return errorStatement(t.start)
        }
        let nameStart = pos
        while pos < n && (isIdentifierChar(c[pos]) || c[pos] == 0x2E) { pos += 1 }
        let className = text(nameStart, pos)
        recordToken(.typeName, nameStart, pos, value: className)
        lastEnd = pos
        var baseTypes: [TypeConstraintAst] = []
        skipSpaces()
        if pos < n && c[pos] == 0x3A /* : */ {
            recordToken(.punctuation, pos, pos + 1, value: ":")
            pos += 1
            while true {
                skipNewlines()
                skipSpaces()
                let s = pos
                guard let name = parseTypeName() else {
                    let m = peek()
                    error("TypeNameExpected", "Type name expected.", m.start, m.end, incomplete: m.isEOF)
                    break
                }
                baseTypes.append(TypeConstraintAst(extent: extent(s, lastEnd), typeName: name))
                skipSpaces()
                if pos < n && c[pos] == 0x2C /* , */ {
                    recordToken(.punctuation, pos, pos + 1, value: ",")
                    pos += 1
                    continue
                }
                break
            }
        }
        skipNewlines()
        let open = peek()
        guard case .lcurly = open.kind else {
            error("MissingTypeBody", "Missing '{' in class definition.", open.start, open.end, incomplete: open.isEOF)
            return errorStatement(t.start)
        }
        advance(open)
        var members: [ClassMemberAst] = []
        while true {
            skipSeparators()
            let m = peek()
            if case .rcurly = m.kind { break }
            if m.isEOF { break }
            let before = pos
            if let member = parseClassMember(className: className) {
                if case .property(let p) = member, members.contains(where: { if case .property(let q) = $0 { return q.name.lowercased() == p.name.lowercased() } else { return false } }) {
                    error("MemberAlreadyDefined", "The member '\(p.name)' is already defined.", p.extent.startOffset, p.extent.endOffset)
                }
                members.append(member)
            } else {
                recoverToStatementEnd()
                if pos <= before { advance(peek(.command)) }
            }
        }
        let end = expectClosingCurly(open)
        return .typeDefinition(TypeDefinitionAst(extent: extent(attributes.first?.extent.startOffset ?? t.start, end), name: className,
                                                 attributes: attributes, baseTypes: baseTypes, classMembers: members))
    }

    private func parseClassMember(className: String) -> ClassMemberAst? {
        let start = peek().start
        var attributes: [AttributeBaseAst] = []
        var isStatic = false, isHidden = false
        while true {
            skipNewlines()
            if case .lbracket = peek().kind {
                guard let b = parseBracketed() else { return nil }
                attributes.append(b)
                continue
            }
            let w = peek(.command)
            if case .word(let word) = w.kind, ["static", "hidden"].contains(word.lowercased()) {
                advanceKeyword(w)
                if word.lowercased() == "static" { isStatic = true } else { isHidden = true }
                continue
            }
            break
        }
        let v = peek()
        if case .variable(let path) = v.kind {
            advance(v)
            var initial: ExpressionAst?
            if case .op(.assign(.assign)) = peek().kind {
                let eq = peek()
                advance(eq)
                skipNewlines()
                initial = parseExpression()
                if initial == nil {
                    let m = peek()
                    error("ExpectedValueExpression", "You must provide a value expression following the '=' operator.", m.start, m.end, incomplete: m.isEOF)
                }
            }
            let ast = PropertyMemberAst(extent: extent(start, lastEnd), name: path.name, attributes: attributes, isStatic: isStatic, isHidden: isHidden, initialValue: initial)
            return .property(ast)
        }
        skipSpaces()
        guard pos < n, isIdentifierChar(c[pos]) else {
            let m = peek()
            error("IncompleteMemberDefinition", "Incomplete member definition.", m.start, m.end, incomplete: m.isEOF)
            return nil
        }
        let nameStart = pos
        while pos < n && isIdentifierChar(c[pos]) { pos += 1 }
        let name = text(nameStart, pos)
        recordToken(.identifier, nameStart, pos, value: name)
        lastEnd = pos
        let paren = peek()
        guard case .lparen = paren.kind else {
            error("MissingPropertyOrMethodDefinition", "Missing a property or method definition.", paren.start, paren.end, incomplete: paren.isEOF)
            return nil
        }
        advance(paren)
        let parameters = parseParameterList()
        let close = peek()
        if case .rparen = close.kind { advance(close) } else {
            error("MissingEndParenthesisInFunctionParameterList", "Missing ')' in function parameter list.", close.start, close.end, incomplete: close.isEOF)
            return nil
        }
        let isConstructor = name.lowercased() == className.lowercased()
        var baseArguments: [ExpressionAst]?
        skipNewlines()
        if case .colon = peek().kind {
            let colon = peek()
            advance(colon)
            skipNewlines()
            let b = peek(.command)
            guard case .word(let word) = b.kind, word.lowercased() == "base" else {
                error("MissingBaseCtorCall", "Missing 'base' after ':' in a constructor definition.", b.start, b.end, incomplete: b.isEOF)
                return nil
            }
            advanceKeyword(b)
            let open = peek()
            guard case .lparen = open.kind else {
                error("MissingMethodParameterList", "Missing '(' after 'base'.", open.start, open.end, incomplete: open.isEOF)
                return nil
            }
            advance(open)
            baseArguments = parseInvocationArguments(open)
            if !isConstructor {
                error("BaseCallOnlyInConstructor", "The base class call is allowed only in a constructor.", colon.start, colon.end)
            }
            skipNewlines()
        }
        let open = peek()
        guard case .lcurly = open.kind else {
            error("MissingFunctionBody", "Missing function body in function declaration.", open.start, open.end, incomplete: open.isEOF)
            return nil
        }
        let bodyAst = parseBracedScriptBlock(open)
        let end = bodyAst.extent.endOffset
        let member = FunctionMemberAst(extent: extent(start, end), name: name, attributes: attributes, isStatic: isStatic, isHidden: isHidden,
                                       isConstructor: isConstructor, parameters: parameters, body: bodyAst, baseArguments: baseArguments)
        // a method with a return type must return (or throw): one with neither anywhere in its
        // body cannot, as pwsh's flow analysis reports
        if !isConstructor, let rt = member.returnType, !["void", "system.void"].contains(rt.typeName.fullName.lowercased()), !Self.canLeave(bodyAst) {
            error("MethodHasCodePathNotReturn", "Not all code path returns value within method.", max(start, end - 1), end)
        }
        return .method(member)
    }

    /// Whether a method body has a `return` or `throw` of its own (not one in a script block inside it).
    static func canLeave(_ body: ScriptBlockAst) -> Bool {
        func visit(_ n: any Ast) -> Bool {
            if n is ReturnStatementAst || n is ThrowStatementAst { return true }
            for c in AstWalker.children(of: n) where !(c is ScriptBlockAst) {
                if visit(c) { return true }
            }
            return false
        }
        return AstWalker.children(of: body).contains { visit($0) }
    }

    /// Skips a `{ ... }` block whose contents cannot be a definition.
    private func skipBalancedBlock() {
        var level = 0
        while true {
            let x = peek(.command)
            if x.isEOF { return }
            advance(x)
            if case .lcurly = x.kind { level += 1 }
            if case .rcurly = x.kind {
                level -= 1
                if level <= 0 { return }
            }
        }
    }

    func parseUnsupportedTypeDefinition(_ t: Tok, _ word: String) -> StatementAst {
        advance(t)
        error("ClassDefinitionNotSupported", "The '\(word)' keyword is not supported in this version of the language.", t.start, t.end)
        // Skip the header and the balanced body.
        var level = 0
        var opened = false
        while true {
            let x = peek(.command)
            if x.isEOF { break }
            if case .newline = x.kind, level == 0 {
                if opened { break }
                if case .lcurly = lookAheadSkippingNewlines(.command).kind { advance(x); continue }
                break
            }
            advance(x)
            if case .lcurly = x.kind { level += 1; opened = true }
            if case .rcurly = x.kind {
                level -= 1
                if level <= 0 { break }
            }
        }
        return errorStatement(t.start)
    }

    func parseUsing(_ t: Tok) -> StatementAst {
        advance(t)
        let kindTok = peek(.command)
        guard case .word(let k) = kindTok.kind, let kind = UsingStatementKind(rawValue: k.lowercased()) else {
            error("MissingUsingStatementDirective", "Missing using directive", kindTok.start, kindTok.end, incomplete: kindTok.isEOF)
            recoverToStatementEnd()
            return errorStatement(t.start)
        }
        advance(kindTok)
        let nameTok = peek(.command)
        var name = ""
        switch nameTok.kind {
        case .word(let w): name = w; advance(nameTok)
        case .string(let s, _): name = s; advance(nameTok)
        default:
            error("MissingUsingItemName", "Missing using name", nameTok.start, nameTok.end, incomplete: nameTok.isEOF)
        }
        // `= alias` (namespace and module)
        var alias: String?
        let eq = peek()
        if kind == .namespace || kind == .module, case .op(.assign(.assign)) = eq.kind {
            advance(eq)
            let a = peek(.command)
            switch a.kind {
            case .eof, .newline, .semicolon:
                reportAfter(eq.end, "MissingNamespaceAlias", "Missing namespace alias")
                return errorStatement(t.start)
            case .comma:
                advance(a)
                error("UnexpectedUnaryOperator", "Internal error - unexpected unary operator ,.", a.start, a.end)
                return errorStatement(t.start)
            case .word(let w):
                advance(a)
                alias = w
            case .string(let s, _):
                advance(a)
                alias = s
            default:
                // anything else is no name; what follows is parsed as the next statement
                error("InvalidValueForUsingItemName", "'\(text(a.start, a.end))' is not a valid value for using name.", a.start, a.end)
                return errorStatement(t.start)
            }
        }
        return .using(UsingStatementAst(extent: extent(t.start, lastEnd), kind: kind, name: name, alias: alias))
    }
}
