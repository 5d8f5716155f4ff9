import PowerShellSyntax

/// The one place the runtime calls the parser.
enum Parser {
    static func parse(_ text: String, fileName: String?) -> ParseResult {
        let source = SourceText(text, fileName: fileName)
        let extent = Extent(source: source, start: 0, end: 0)
        let sb = ScriptBlockAst(extent: extent, paramBlock: nil, beginBlock: nil, processBlock: nil, endBlock: nil)
        return ParseResult(scriptBlock: sb, errors: [ParseError(errorId: "ParserUnavailable", message: "The PowerShell parser is not available in this build.", extent: extent, incompleteInput: false)], tokens: [], source: source)
    }
}
