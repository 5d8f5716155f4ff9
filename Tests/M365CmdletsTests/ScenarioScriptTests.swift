import Foundation
import ScriptTestSupport
import Testing

/// The teaching scenarios: every `Scripts/scenarios/NN-name.ps1` is a golden run on a fresh demo
/// tenant (its `NN-name.out` beside it, stderr empty unless an `NN-name.err` says otherwise), so
/// the narrated walkthroughs stay true as the product changes.
struct ScenarioScriptTests {
    static let folder = GoldenFolder(PackageLayout.root.appendingPathComponent("Scripts/scenarios"))

    @Test("the scenario folder holds the eight seed sections, each with its .out")
    func everySectionHasAScenario() throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: Self.folder.root.path).filter { $0.hasSuffix(".ps1") }
        #expect(names.map { String($0.prefix(2)) }.sorted() == ["01", "02", "03", "04", "05", "06", "07", "08"])
        #expect(Self.folder.scripts == names.sorted(), "every scenario has its .out")
    }

    @Test("scenario prints its .out and its .err", arguments: folder.scripts)
    func scenarioPrintsItsOut(_ name: String) throws {
        try Self.folder.check(name, setup: LabSession.installModules)
    }
}
