import Foundation
import Testing

/// The process exit code follows pwsh's rules (about_Pwsh): with `-c` (and commands read from
/// standard input) it says whether the last statement succeeded; with a script file only `exit`
/// and script-terminating errors change it.
@Suite(.serialized) struct ExitCodeTests {
    private func status(_ arguments: [String], stdin: String? = nil) throws -> Int32 {
        let binary = try #require(licenselabBinary(), "build licenselab first (swift build)")
        let p = Process()
        p.executableURL = URL(fileURLWithPath: binary)
        p.arguments = ["--demo"] + arguments
        p.standardOutput = FileHandle.nullDevice
        p.standardError = FileHandle.nullDevice
        let input = Pipe()
        p.standardInput = input
        try p.run()
        if let stdin { input.fileHandleForWriting.write(Data(stdin.utf8)) }
        try input.fileHandleForWriting.close()
        p.waitUntilExit()
        return p.terminationStatus
    }

    @Test(arguments: [
        ("Get-Item /nonexistent-path", 1), ("1/0", 1), ("throw 'x'", 1), ("Get-Item /nonexistent-path; 'then fine'", 0),
        ("exit 5", 5), ("Get-Item /nonexistent-path; exit 0", 0), ("Write-Error x -ErrorAction SilentlyContinue", 1), ("'fine'", 0),
    ])
    func commandExitsWithTheStatusOfItsLastStatement(_ command: String, _ expected: Int32) throws {
        #expect(try status(["-c", command]) == expected, "\(command)")
    }

    @Test func aScriptThatExitsWithAnotherCodeMakesTheCommandFail() throws {
        let dir = TemporaryDirectory()
        let script = dir.file("seven.ps1")
        try "exit 7\n".write(toFile: script, atomically: true, encoding: .utf8)
        #expect(try status(["-c", "& '\(script)'"]) == 1)
        #expect(try status(["-c", "& '\(script)'; exit $LASTEXITCODE"]) == 7)
        #expect(try status([script]) == 7)
    }

    @Test func aScriptFileExitsZeroUnlessItExitsOrThrows() throws {
        let dir = TemporaryDirectory()
        let failing = dir.file("failing.ps1"), throwing = dir.file("throwing.ps1")
        try "Get-Item /nonexistent-path\n".write(toFile: failing, atomically: true, encoding: .utf8)
        try "throw 'stop'\n'never'\n".write(toFile: throwing, atomically: true, encoding: .utf8)
        #expect(try status([failing]) == 0)
        #expect(try status([throwing]) == 1)
    }

    @Test func commandsFromStandardInputExitWithTheStatusOfTheLast() throws {
        #expect(try status(["-"], stdin: "'fine'\nGet-Item /nonexistent-path\n") == 1)
        #expect(try status(["-"], stdin: "Get-Item /nonexistent-path\n'fine'\n") == 0)
    }
}

/// `--no-native` refuses native programs with a clear error (a dry run of a script you do not
/// trust), and `--what-if` implies it: a program's writes cannot be kept in its file overlay.
@Suite(.serialized) struct NoNativeTests {
    private func run(_ arguments: [String]) throws -> (status: Int32, stdout: String, stderr: String) {
        let binary = try #require(licenselabBinary(), "build licenselab first (swift build)")
        let p = Process()
        p.executableURL = URL(fileURLWithPath: binary)
        p.arguments = arguments
        let out = Pipe(), err = Pipe()
        p.standardOutput = out
        p.standardError = err
        p.standardInput = FileHandle.nullDevice
        try p.run()
        let o = out.fileHandleForReading.readDataToEndOfFile(), e = err.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return (p.terminationStatus, String(decoding: o, as: UTF8.self), String(decoding: e, as: UTF8.self))
    }

    @Test func nativeProgramsRunByDefault() throws {
        let r = try run(["--demo", "-c", "/bin/sh -c 'echo started'"])
        #expect(r.stdout == "started\n")
        #expect(r.status == 0)
    }

    @Test func noNativeRefusesThemWithTheOptionNamed() throws {
        let r = try run(["--demo", "--no-native", "-c", "try { /bin/sh -c 'echo started' } catch { $_.FullyQualifiedErrorId; $_.Exception.Message }"])
        #expect(!r.stdout.contains("started\n"))
        #expect(r.stdout.contains("NativeCommandNotSupported"))
        #expect(r.stdout.contains("started with --no-native"))
    }

    @Test func whatIfImpliesNoNative() throws {
        let dir = TemporaryDirectory()
        let script = dir.file("probe.ps1")
        try "try { /bin/sh -c 'echo started' } catch { $_.Exception.Message }\n".write(toFile: script, atomically: true, encoding: .utf8)
        let r = try run(["--demo", "--what-if", script])
        #expect(!r.stdout.contains("started\n"))
        #expect(r.stdout.contains("started with --what-if"))
    }
}
