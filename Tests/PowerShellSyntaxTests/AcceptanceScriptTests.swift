import Testing
@testable import PowerShellSyntax

@Suite struct AcceptanceScriptTests {
    @Test func everyAcceptanceScriptParsesWithoutErrors() throws {
        guard let root = acceptanceFolder() else { return }
        let scripts = FileSystemProbe.scripts(under: root)
        #expect(scripts.count > 10)
        for (path, text) in scripts {
            let r = Parser.parse(text, fileName: path)
            #expect(r.errors.isEmpty, "\(path): \(r.errors)")
        }
    }
}
