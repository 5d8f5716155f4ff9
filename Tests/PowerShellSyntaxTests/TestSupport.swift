@testable import PowerShellSyntax
import ScriptTestSupport
import Testing

/// Parses and returns the dump of the whole script.
func dump(_ text: String) -> String {
    AstDump.dump(Parser.parse(text).scriptBlock)
}

/// Parses, expecting no errors; returns the dump.
func cleanDump(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) -> String {
    let r = Parser.parse(text)
    #expect(r.errors.isEmpty, "unexpected errors: \(r.errors)", sourceLocation: sourceLocation)
    return AstDump.dump(r.scriptBlock)
}

/// The single statement of a one-statement script.
func onlyStatement(_ text: String) -> StatementAst? {
    let r = Parser.parse(text)
    return r.scriptBlock.endBlock?.statements.first
}

/// The expression of a one-expression script.
func onlyExpression(_ text: String) -> ExpressionAst? {
    onlyStatement(text)?.pureExpression
}

func errorIds(_ text: String) -> [String] {
    Parser.parse(text).errors.map(\.errorId)
}

/// The folder of shared acceptance scripts (`../shared/acceptance` beside the package), if present.
func acceptanceFolder() -> String? {
    SharedAcceptance.isPresent ? SharedAcceptance.folder.path : nil
}
