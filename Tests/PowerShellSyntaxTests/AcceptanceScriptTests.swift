import ScriptTestSupport
import Testing
@testable import PowerShellSyntax

@Suite struct AcceptanceScriptTests {
    /// Skipped where `../shared/acceptance` is missing, except under CI, where that fails.
    @Test(.enabled(if: SharedAcceptance.shouldRun))
    func everyAcceptanceScriptParsesWithoutErrors() throws {
        SharedAcceptance.requirePresent()
        guard let root = acceptanceFolder() else { return }
        let scripts = FileSystemProbe.scripts(under: root)
        #expect(scripts.count > 10)
        for (path, text) in scripts {
            let r = Parser.parse(text, fileName: path)
            #expect(r.errors.isEmpty, "\(path): \(r.errors)")
        }
    }
}
