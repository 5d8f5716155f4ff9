// function/filter, data sections, enum (classes are reported as unsupported), using.

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
        if case .lparen = peek().kind {
            let open = peek()
            advance(open)
            parameters = parseParameterList()
            let close = peek()
            if case .rparen = close.kind { advance(close) } else {
                error("MissingEndParenthesisInFunctionParameterList", "Missing ')' in function parameter list.", close.start, close.end, incomplete: close.isEOF)
            }
            skipNewlines()
        }
        let open = peek()
        guard case .lcurly = open.kind else {
            error("MissingFunctionBody", "Missing function body in function declaration.", open.start, open.end, incomplete: open.isEOF)
            return errorStatement(t.start)
        }
        advance(open)
        let body = parseScriptBlockBody(start: open.start, closed: true)
        let end = expectClosingCurly(open)
        let bodyAst = ScriptBlockAst(extent: extent(open.start, end), usingStatements: body.usingStatements, paramBlock: body.paramBlock,
                                     dynamicParamBlock: body.dynamicParamBlock, beginBlock: body.beginBlock,
                                     processBlock: body.processBlock, endBlock: body.endBlock, cleanBlock: body.cleanBlock)
        if parameters != nil && body.paramBlock != nil {
            error("OnlyOneParameterListAllowed", "The param statement cannot be used if arguments were specified in the function declaration.", open.start, open.end)
        }
        let help = functionHelp(functionStart: t.start, bodyOpen: open.end, bodyClose: max(open.end, end - 1))
        return .functionDefinition(FunctionDefinitionAst(extent: extent(t.start, end), isFilter: isFilter, name: name, parameters: parameters, body: bodyAst, help: help))
    }

    // MARK: data, enum, class, using

    func parseData(_ t: Tok) -> StatementAst {
        advance(t)
        var variable: String?
        var commands: [ExpressionAst] = []
        let nameTok = peek(.command)
        if case .word(let w) = nameTok.kind {
            advance(nameTok)
            variable = w
        }
        while true {
            let f = peek(.command)
            guard case .parameter(let name, _) = f.kind else { break }
            advance(f)
            if "supportedcommand".hasPrefix(name.lowercased()) {
                if let list = parseCommandArgumentList() { commands.append(list) }
            } else {
                error("InvalidParameterForDataSectionStatement", "The \"\(name)\" parameter of the Data section is not valid. The valid Data section parameter is SupportedCommand.", f.start, f.end)
            }
        }
        let body = requireStatementBlock("MissingStatementBlockForDataSection", "The Data section is missing its statement block.")
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
        return .using(UsingStatementAst(extent: extent(t.start, lastEnd), kind: kind, name: name))
    }
}
