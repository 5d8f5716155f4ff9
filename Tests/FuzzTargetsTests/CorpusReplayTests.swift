import Foundation
import Testing
import FuzzTargets

/// Every input in `Tests/FuzzCorpus/<target>/` — the seeds and each input a fuzzer once crashed on
/// (`crash-*`, kept as regression inputs) — runs through its target without trapping. The replay
/// is deterministic: no random fuzzing here (Scripts/fuzz does that).
enum Corpus {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("FuzzCorpus")

    static func files(_ target: String) -> [String] {
        let dir = root.appendingPathComponent(target)
        return ((try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []).filter { !$0.hasPrefix(".") }.sorted()
    }

    /// `Tests/Scripts/**/*.ps1` and `Tests/M365Scripts/**/*.ps1`.
    static func testScripts() -> [String] {
        let tests = root.deletingLastPathComponent()
        var out: [String] = []
        for dir in ["Scripts", "M365Scripts"] {
            let base = tests.appendingPathComponent(dir)
            guard let e = FileManager.default.enumerator(at: base, includingPropertiesForKeys: nil) else { continue }
            for case let url as URL in e where url.pathExtension == "ps1" { out.append(url.path) }
        }
        return out.sorted()
    }

    static func bytes(_ target: String, _ name: String) -> [UInt8] {
        [UInt8](FileManager.default.contents(atPath: root.appendingPathComponent(target).appendingPathComponent(name).path) ?? Data())
    }
}

@Test("the parser survives every corpus input", arguments: Corpus.files("parser"))
func parserCorpus(_ name: String) {
    FuzzTargets.parse(Corpus.bytes("parser", name))
}

@Test("the interpreter survives every corpus input", arguments: Corpus.files("interpreter"))
func interpreterCorpus(_ name: String) {
    FuzzTargets.interpret(Corpus.bytes("interpreter", name))
}

/// The fuzzers' seeds are the golden test scripts (Scripts/fuzz copies them into its corpus):
/// each parses through the fuzz target too.
@Test("the parser target takes every golden test script", arguments: Corpus.testScripts())
func parserSeeds(_ path: String) {
    FuzzTargets.parse([UInt8](FileManager.default.contents(atPath: path) ?? Data()))
}
