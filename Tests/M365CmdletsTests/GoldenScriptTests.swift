import Foundation
import ScriptTestSupport
import Testing

/// Every `Tests/M365Scripts/**/NAME.ps1` with a `NAME.out` runs in a fresh session on a fresh
/// demo tenant; stdout must equal NAME.out and stderr NAME.err (empty when there is none). See
/// `GoldenFolder` for the comparison and GOLDEN_RECORD=1.
struct GoldenScriptTests {
    /// Tests/M365Scripts. (Tests/Scripts/m365 would be the natural home, but the runtime's runner
    /// runs every Tests/Scripts/** without these modules.)
    static let folder = GoldenFolder(PackageLayout.root.appendingPathComponent("Tests/M365Scripts"))

    @Test("golden script prints its .out and its .err", arguments: folder.scripts)
    func goldenScript(_ name: String) throws {
        try Self.folder.check(name, setup: LabSession.installModules)
    }
}
