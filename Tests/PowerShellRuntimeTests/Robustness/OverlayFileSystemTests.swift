import Foundation
import Testing
@testable import PowerShellRuntime
import ScriptTestSupport

/// `licenselab --what-if` runs scripts on a copy-on-write overlay of the file system: the
/// script reads what is there and sees its own writes, nothing on disk changes, and the overlay
/// lists what would have been created, changed or deleted.
@Suite struct OverlayFileSystemTests {
    /// A fresh folder with `backup.json`, `old/a.txt`, `old/b.txt` and `keep/same.txt`.
    final class Fixture {
        let root: String
        init() throws {
            root = FileSystemSupport.normalize(NSTemporaryDirectory() + "/ll-overlay-\(UInt32.random(in: 0...UInt32.max))")
            let fm = FileManager.default
            try fm.createDirectory(atPath: root + "/old", withIntermediateDirectories: true)
            try fm.createDirectory(atPath: root + "/keep", withIntermediateDirectories: true)
            try Data("old backup\n".utf8).write(to: URL(fileURLWithPath: root + "/backup.json"))
            try Data("a\n".utf8).write(to: URL(fileURLWithPath: root + "/old/a.txt"))
            try Data("b\n".utf8).write(to: URL(fileURLWithPath: root + "/old/b.txt"))
            try Data("same\n".utf8).write(to: URL(fileURLWithPath: root + "/keep/same.txt"))
        }
        deinit { try? FileManager.default.removeItem(atPath: root) }

        /// Every path below the root with its bytes (folders as nil).
        func disk() -> [String: Data?] {
            var out: [String: Data?] = [:]
            let fm = FileManager.default
            for rel in fm.subpaths(atPath: root) ?? [] {
                let p = root + "/" + rel
                var dir: ObjCBool = false
                _ = fm.fileExists(atPath: p, isDirectory: &dir)
                out[rel] = dir.boolValue ? nil : fm.contents(atPath: p)
            }
            return out
        }

        /// Runs `script` in a session whose file system is `overlay`, at the fixture's folder.
        func run(_ script: String, on overlay: OverlayFileSystem) -> (out: String, err: String) {
            let host = TestHost()
            let session = Session(host: host)
            session.formatGroupingWindow = .infinity
            session.fileSystem = overlay
            session.currentLocation = root
            _ = session.runScript(text: script, path: nil, arguments: [])
            return (host.stdout, host.stderr)
        }
    }

    @Test func writesStayInTheOverlayAndReadsSeeThem() throws {
        let f = try Fixture()
        let before = f.disk()
        let overlay = OverlayFileSystem()
        let r = f.run("""
            'new' | Set-Content ./backup.json
            Get-Content ./backup.json
            'line' > ./log.txt
            'more' >> ./log.txt
            (Get-Content ./log.txt) -join '+'
            Add-Content ./keep/same.txt 'added'
            (Get-Content ./keep/same.txt) -join '+'
            [IO.File]::WriteAllText("$PWD/dotnet.txt", 'x')
            [IO.File]::ReadAllText("$PWD/dotnet.txt")
            """, on: overlay)
        #expect(r.err == "")
        #expect(r.out == "new\nline+more\nsame+added\nx\n")
        #expect(f.disk() == before)
    }

    @Test func deletedItemsAreGoneForTheScriptButNotOnDisk() throws {
        let f = try Fixture()
        let before = f.disk()
        let r = f.run("""
            Remove-Item ./old -Recurse
            Test-Path ./old
            Test-Path ./old/a.txt
            New-Item -ItemType Directory ./old | Out-Null
            (Get-ChildItem ./old | Measure-Object).Count
            Remove-Item ./backup.json
            Get-Content ./backup.json -ErrorAction SilentlyContinue
            Test-Path ./backup.json
            """, on: OverlayFileSystem())
        #expect(r.err == "")
        #expect(r.out == "False\nFalse\n0\nFalse\n")
        #expect(f.disk() == before)
    }

    @Test func listingsMergeTheDiskWithTheOverlay() throws {
        let f = try Fixture()
        let r = f.run("""
            New-Item -ItemType Directory ./reports/2026 | Out-Null
            'x' | Out-File ./reports/2026/r.csv
            Remove-Item ./keep/same.txt
            Copy-Item ./old ./copied -Recurse
            Move-Item ./backup.json ./reports/backup.json
            Rename-Item ./old/a.txt first.txt
            Get-ChildItem -Recurse -Name | Sort-Object
            """, on: OverlayFileSystem())
        #expect(r.err == "")
        let expected = ["copied", "copied/a.txt", "copied/b.txt", "keep", "old", "old/b.txt", "old/first.txt",
                        "reports", "reports/2026", "reports/2026/r.csv", "reports/backup.json"]
        #expect(r.out.split(separator: "\n").map(String.init) == expected)
    }

    @Test func theChangesListWhatWouldHaveBeenWritten() throws {
        let f = try Fixture()
        let overlay = OverlayFileSystem()
        _ = f.run("""
            'new' | Set-Content ./backup.json
            'same' | Set-Content ./keep/same.txt
            Remove-Item ./old -Recurse
            New-Item -ItemType Directory ./reports | Out-Null
            'x' | Out-File ./reports/r.csv
            """, on: overlay)
        let changes = overlay.changes().map { "\($0.kind.rawValue) \($0.path.dropFirst(f.root.count)) \($0.detail)" }
        #expect(changes == [
            "FileChanged /backup.json 11 bytes -> 4 bytes",
            "FolderDeleted /old 2 items",
            "FolderCreated /reports ",
            "FileCreated /reports/r.csv 2 bytes",
        ])
    }

    @Test func aFolderDeletedAndMadeAgainReportsWhatItNoLongerHolds() throws {
        let f = try Fixture()
        let overlay = OverlayFileSystem()
        _ = f.run("""
            Remove-Item ./old -Recurse
            New-Item -ItemType Directory ./old | Out-Null
            'again' | Set-Content ./old/a.txt
            """, on: overlay)
        let changes = overlay.changes().map { "\($0.kind.rawValue) \($0.path.dropFirst(f.root.count))" }
        #expect(changes == ["FileChanged /old/a.txt", "FileDeleted /old/b.txt"])
    }

    @Test func aWriteThroughASymbolicLinkIsSeenAtTheTarget() throws {
        let f = try Fixture()
        try FileManager.default.createSymbolicLink(atPath: f.root + "/link", withDestinationPath: f.root + "/keep")
        let before = f.disk()
        let overlay = OverlayFileSystem()
        let r = f.run("""
            'via link' | Set-Content ./link/same.txt
            Get-Content ./keep/same.txt
            Remove-Item ./link
            Test-Path ./keep/same.txt
            """, on: overlay)
        #expect(r.err == "")
        #expect(r.out == "via link\nTrue\n")
        #expect(f.disk() == before)
        #expect(overlay.changes().map(\.kind) == [.fileChanged, .linkDeleted])
    }

    @Test func devNullSwallowsWritesAndIsNotAChange() throws {
        let f = try Fixture()
        let overlay = OverlayFileSystem()
        let r = f.run("'x' > /dev/null; 'y' | Out-File /dev/null; (Get-Content /dev/null | Measure-Object).Count", on: overlay)
        #expect(r.err == "")
        #expect(r.out == "0\n")
        #expect(overlay.changes().isEmpty)
    }

    @Test func errorsAreTheOnesTheDiskWouldGive() throws {
        let f = try Fixture()
        let r = f.run("""
            'x' | Set-Content ./missing/x.txt
            Get-Content ./old
            New-Item -ItemType Directory ./backup.json/sub
            """, on: OverlayFileSystem())
        #expect(r.err.contains("Could not find a part of the path '\(f.root)/missing/x.txt'."))
        #expect(r.err.contains("Unable to get content because it is a directory: '\(f.root)/old'."))
        #expect(r.err.contains("\(f.root)/backup.json"))
    }

    @Test func theBaseIsNeverWrittenByTheOverlayOperations() throws {
        let f = try Fixture()
        let before = f.disk()
        let o = OverlayFileSystem()
        try o.write(Data("x".utf8), to: f.root + "/new.txt", append: false)
        try o.save(Data("saved".utf8), to: f.root + "/backup.json")
        try o.createDirectory(f.root + "/a/b/c")
        try o.copy(f.root + "/old", to: f.root + "/a/b/c/old")
        try o.move(f.root + "/keep", to: f.root + "/moved")
        try o.createSymbolicLink(f.root + "/ln", to: "old")
        try o.remove(f.root + "/old/a.txt")
        let w = try o.openWriter(f.root + "/stream.txt", append: false)
        try w.write(Data("1".utf8))
        try w.write(Data("2".utf8))
        w.close()
        #expect(f.disk() == before)
        #expect(try o.read(f.root + "/stream.txt") == Data("12".utf8))
        #expect(try o.read(f.root + "/backup.json") == Data("saved".utf8))
        #expect(try o.contents(ofDirectory: f.root + "/ln").sorted() == ["b.txt"])
        #expect(try o.contents(ofDirectory: f.root + "/a/b/c/old").sorted() == ["a.txt", "b.txt"])
        #expect(!o.exists(f.root + "/keep"))
        #expect(o.isDirectory(f.root + "/moved"))
        #expect(throws: FileSystemFailure.self) { try o.save(Data(), to: f.root + "/moved") }
    }

    /// The machine's file system, except that nothing below `denied` may be written (as for a
    /// user without the permission; the tests run as root, who may write anything).
    final class DeniedBase: FileSystem {
        let machine = MachineFileSystem()
        let denied: String
        init(denied: String) { self.denied = denied }
        func status(_ path: String) -> FileStatus? { machine.status(path) }
        func symbolicLinkDestination(_ path: String) -> String? { machine.symbolicLinkDestination(path) }
        func canonicalPath(_ path: String) -> String { machine.canonicalPath(path) }
        func contents(ofDirectory path: String) throws -> [String] { try machine.contents(ofDirectory: path) }
        func read(_ path: String) throws -> Data { try machine.read(path) }
        func write(_ data: Data, to path: String, append: Bool) throws { throw posixError(EACCES, path) }
        func save(_ data: Data, to path: String) throws { throw posixError(EACCES, path) }
        func openWriter(_ path: String, append: Bool) throws -> FileWriter { throw posixError(EACCES, path) }
        func createDirectory(_ path: String) throws { throw posixError(EACCES, path) }
        func remove(_ path: String) throws { throw posixError(EACCES, path) }
        func move(_ source: String, to target: String) throws { throw posixError(EACCES, source) }
        func copy(_ source: String, to target: String) throws { throw posixError(EACCES, source) }
        func createSymbolicLink(_ path: String, to destination: String) throws { throw posixError(EACCES, path) }
        func isWritable(_ path: String) -> Bool { !(path == denied || path.hasPrefix(denied + "/")) }
    }

    @Test func whatThisUserMayNotWriteIsRefusedAsOnDisk() throws {
        let f = try Fixture()
        let overlay = OverlayFileSystem(base: DeniedBase(denied: f.root + "/old"))
        let r = f.run("""
            'changed' | Set-Content ./old/a.txt
            'new' | Set-Content ./old/new.txt
            Remove-Item ./old/b.txt
            New-Item -ItemType Directory ./old/sub | Out-Null
            'fine' | Set-Content ./keep/new.txt
            (Get-ChildItem ./old -Name) -join ','
            """, on: overlay)
        #expect(r.out == "a.txt,b.txt\n")
        #expect(r.err.components(separatedBy: "Access to the path").count == 5)
        #expect(overlay.changes().map { "\($0.kind.rawValue) \($0.path.dropFirst(f.root.count))" } == ["FileCreated /keep/new.txt"])
    }

    @Test func aLoopOfLinksIsAnErrorAndStaysALoop() throws {
        let f = try Fixture()
        let overlay = OverlayFileSystem()
        let r = f.run("""
            New-Item -ItemType SymbolicLink -Path la -Value lb | Out-Null
            New-Item -ItemType SymbolicLink -Path lb -Value la | Out-Null
            'x' | Set-Content la -ErrorAction SilentlyContinue
            $Error.Count
            Test-Path la
            """, on: overlay)
        #expect(r.out == "1\nFalse\n")
        #expect(overlay.symbolicLinkDestination(f.root + "/la") == "lb")
        #expect(throws: (any Error).self) { try overlay.read(f.root + "/la") }
    }

    @Test func copiesAndMovesKeepLinksModesAndTimes() throws {
        let f = try Fixture()
        let fm = FileManager.default
        try fm.createSymbolicLink(atPath: f.root + "/old/up", withDestinationPath: "..")
        try fm.setAttributes([.posixPermissions: 0o600, .modificationDate: Date(timeIntervalSince1970: 1_600_000_000)],
                             ofItemAtPath: f.root + "/old/a.txt")
        let o = OverlayFileSystem()
        try o.copy(f.root + "/old", to: f.root + "/copied")
        try o.move(f.root + "/old", to: f.root + "/moved")
        for dir in ["/copied", "/moved"] {
            #expect(o.symbolicLinkDestination(f.root + dir + "/up") == "..")
            let a = try #require(o.status(f.root + dir + "/a.txt"))
            #expect(a.permissions == 0o600)
            #expect(a.modified == Date(timeIntervalSince1970: 1_600_000_000))
        }
        #expect(!o.exists(f.root + "/old"))
        #expect(throws: (any Error).self) { try o.copy(f.root + "/moved", to: f.root + "/moved/inside") }
    }

    @Test func aFolderGetsTheTimeOfItsLastNewOrRemovedEntry() throws {
        let f = try Fixture()
        let then = Date(timeIntervalSince1970: 1_800_000_000)
        let o = OverlayFileSystem(clock: { then })
        try o.write(Data("x".utf8), to: f.root + "/keep/new.txt", append: false)
        #expect(o.status(f.root + "/keep")?.modified == then)
    }

    @Test func aPathWhoseKindChangedShowsWhatWentAndWhatCame() throws {
        let f = try Fixture()
        let overlay = OverlayFileSystem()
        _ = f.run("""
            Remove-Item ./backup.json; New-Item -ItemType Directory ./backup.json | Out-Null
            Remove-Item ./old -Recurse; 'x' | Set-Content ./old
            """, on: overlay)
        let changes = overlay.changes().map { "\($0.kind.rawValue) \($0.path.dropFirst(f.root.count))" }
        #expect(changes == ["FileDeleted /backup.json", "FolderCreated /backup.json", "FolderDeleted /old", "FileCreated /old"])
    }
}
