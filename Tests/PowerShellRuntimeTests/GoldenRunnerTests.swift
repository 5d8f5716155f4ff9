import Foundation
import ScriptTestSupport
import Testing

/// The shared golden runner itself: a golden fails on stderr it does not expect, and the
/// recorder writes what the checker compares.
@Suite struct GoldenRunnerTests {
    /// A scratch golden folder holding `files` (name → text), removed afterwards.
    func withFolder(_ files: [String: String], _ body: (GoldenFolder) throws -> Void) throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("licenselab-golden-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        for (name, text) in files { try text.write(to: dir.appendingPathComponent(name), atomically: true, encoding: .utf8) }
        try body(GoldenFolder(dir))
    }

    @Test func anErrorWithoutANameErrFailsTheGolden() throws {
        try withFolder(["e.ps1": "'before'\nWrite-Error 'nope'\n'after'\n", "e.out": "before\nafter\n"]) { folder in
            let run = try folder.run("e.ps1")
            #expect(run.stdout == run.expectedStdout)
            #expect(!run.hasErrFile && run.expectedStderr == "")
            #expect(run.stderr == "Write-Error: e.ps1:2\nLine |\n   2 |  Write-Error 'nope'\n     |  ~~~~~~~~~~~~~~~~~~\n     | nope")
            #expect(!run.matches)
        }
    }

    @Test func theNameErrPinsTheErrorAndNothingElsePasses() throws {
        let err = "Write-Error: e.ps1:1\nLine |\n   1 |  Write-Error 'nope'\n     |  ~~~~~~~~~~~~~~~~~~\n     | nope\n"
        try withFolder(["e.ps1": "Write-Error 'nope'\n", "e.out": "", "e.err": err]) { folder in
            let run = try folder.run("e.ps1")
            #expect(run.matches)
        }
        try withFolder(["e.ps1": "Write-Error 'other'\n", "e.out": "", "e.err": err]) { folder in
            let run = try folder.run("e.ps1")
            #expect(!run.matches)
        }
    }

    @Test func onlyScriptsWithANameOutAreGoldens() throws {
        try withFolder(["a.ps1": "1", "a.out": "1\n", "helper.ps1": "2"]) { folder in
            #expect(folder.scripts == ["a.ps1"])
        }
    }

    @Test func theRecorderWritesTheOutAndTheErrAndRemovesAnErrNoLongerNeeded() throws {
        try withFolder(["e.ps1": "'x'\nWrite-Error 'nope'\n", "e.out": ""]) { folder in
            try folder.run("e.ps1").record()
            let recorded = try folder.run("e.ps1")
            #expect(recorded.hasErrFile && recorded.matches)
            try "'x'\n".write(to: folder.root.appendingPathComponent("e.ps1"), atomically: true, encoding: .utf8)
            try folder.run("e.ps1").record()
            let again = try folder.run("e.ps1")
            #expect(!again.hasErrFile && again.matches && again.expectedStdout == "x")
        }
    }

    @Test func pathsOfTheMachineAreLeftOut() throws {
        try withFolder(["p.ps1": "$PSCommandPath\nJoin-Path ([IO.Path]::GetTempPath()) 'x.csv'\n", "p.out": "p.ps1\n<temp>/x.csv\n"]) { folder in
            let run = try folder.run("p.ps1")
            #expect(run.stdout == run.expectedStdout)
        }
    }

    @Test func emptyLinesCountUnlessSqueezedAsTheSharedAcceptanceRunnerDoes() {
        let text = "\r\nName  \n\n\n----\t\nann\n\n"
        #expect(normalise(text) == "\nName\n\n\n----\nann\n")
        #expect(normalise(text, blankLines: .squeezed) == "Name\n\n----\nann")
    }
}

/// `../shared/acceptance` is found beside the package root; missing, it is skipped locally and a
/// failure under CI.
@Suite struct SharedAcceptanceLocationTests {
    @Test func theFolderIsBesideThePackageRoot() {
        // compared with links resolved: `shared` beside the checkout may be a link (CI's layout)
        let beside = PackageLayout.root.deletingLastPathComponent().appendingPathComponent("shared/acceptance")
        #expect(SharedAcceptance.folder.resolvingSymlinksInPath().path == beside.resolvingSymlinksInPath().path)
        #expect(FileManager.default.fileExists(atPath: PackageLayout.root.appendingPathComponent("Package.swift").path))
    }

    @Test func ciIsAnyValueButEmptyZeroOrFalse() {
        #expect(SharedAcceptance.isRequired(in: ["CI": "1"]))
        #expect(SharedAcceptance.isRequired(in: ["CI": "true"]))
        #expect(!SharedAcceptance.isRequired(in: [:]))
        #expect(!SharedAcceptance.isRequired(in: ["CI": "0"]))
        #expect(!SharedAcceptance.isRequired(in: ["CI": "False"]))
    }

    @Test func aMissingFolderIsAProblemAndAnExistingOneIsNot() {
        #expect(SharedAcceptance.problem(with: PackageLayout.root.appendingPathComponent("no-such-acceptance-folder")) != nil)
        #expect(SharedAcceptance.problem(with: PackageLayout.scripts.root) == nil)
    }
}
