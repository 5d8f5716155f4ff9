import Foundation
import ScriptTestSupport
import Testing

/// The runtime's goldens: every `Tests/Scripts/**/NAME.ps1` with a `NAME.out` runs in a fresh
/// session without any module; stdout must equal NAME.out and stderr NAME.err (empty when there
/// is none). See `GoldenFolder` for the comparison and GOLDEN_RECORD=1.
@Test("golden script", arguments: PackageLayout.scripts.scripts)
func goldenScript(_ name: String) throws {
    try PackageLayout.scripts.check(name)
}

/// The shared language acceptance scripts (`../shared/acceptance/language`), run as goldens.
@Suite struct LanguageAcceptanceScripts {
    static let folder = SharedAcceptance.goldens("language")

    @Test("the shared acceptance folder is present (required under CI)", .enabled(if: SharedAcceptance.shouldRun))
    func folderIsPresent() {
        SharedAcceptance.requirePresent()
        if SharedAcceptance.isPresent { #expect(!Self.folder.scripts.isEmpty, "no goldens in \(Self.folder.root.path)") }
    }

    @Test("acceptance script (language)", arguments: folder.scripts)
    func acceptanceScript(_ name: String) throws {
        try Self.folder.check(name)
    }
}
