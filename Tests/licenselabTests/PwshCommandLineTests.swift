import Foundation
import Testing
@testable import licenselab

/// pwsh's own command-line parameters, as CI jobs pass them, become licenselab's arguments.
@Suite struct PwshCommandLineTests {
    func args(_ a: String...) throws -> [String] { try PwshCommandLine.normalize(a).arguments }

    @Test func settingsWithNoMeaningHereAreAcceptedAndDropped() throws {
        #expect(try args("-NoProfile", "-NonInteractive", "-NoLogo", "-ExecutionPolicy", "Bypass", "-File", "x.ps1") == ["x.ps1"])
        #expect(try args("-nop", "-noni", "-ep", "RemoteSigned", "-WindowStyle", "Hidden", "x.ps1", "a") == ["x.ps1", "a"])
        #expect(try args("-ExecutionPolicy:Bypass", "-NOPROFILE", "-f", "x.ps1") == ["x.ps1"])
    }

    @Test func parametersMatchByCaseInsensitivePrefixNoShorterThanPwshAllows() throws {
        #expect(try args("-noprof", "-fil", "x.ps1") == ["x.ps1"])
        #expect(throws: PwshCommandLine.Failure.self) { try args("-no", "x.ps1") }
        #expect(throws: PwshCommandLine.Failure.self) { try args("-Frobnicate") }
    }

    @Test func everythingAfterTheScriptBelongsToTheScript() throws {
        #expect(try args("-File", "x.ps1", "-NoProfile", "-Name", "Ann") == ["x.ps1", "-NoProfile", "-Name", "Ann"])
        #expect(try args("x.ps1", "-Command", "y") == ["x.ps1", "-Command", "y"])
        #expect(try args("--demo", "-nop", "x.ps1") == ["--demo", "x.ps1"])
        #expect(try args("--tenant", "-odd-name.sqlite", "x.ps1") == ["--tenant", "-odd-name.sqlite", "x.ps1"])
        #expect(try args("--command", "-not $true") == ["--command", "-not $true"])
    }

    @Test func commandTakesTheRestOfTheLineAsItsText() throws {
        #expect(try args("-NoProfile", "-Command", "Get-MsolUser", "-All") == ["-Command", "Get-MsolUser -All"])
        #expect(try args("-c", "1+1") == ["-Command", "1+1"])
        #expect(try args("-Command", "-") == ["-"])
        #expect(throws: PwshCommandLine.Failure(message: "Cannot process the command because of a missing parameter. A command must follow -Command.")) {
            try args("-Command")
        }
    }

    @Test func encodedCommandIsBase64OfUTF16LittleEndian() throws {
        let text = "Get-MsolAccountSku | ft"
        let base64 = Data(text.utf16.flatMap { [UInt8($0 & 0xff), UInt8($0 >> 8)] }).base64EncodedString()
        #expect(try args("-EncodedCommand", base64) == ["-Command", text])
        #expect(try args("-ec", base64) == ["-Command", text])
        #expect(throws: PwshCommandLine.Failure.self) { try args("-e", "not base64!") }
    }

    @Test func noExitWorkingDirectoryVersionAndHelp() throws {
        let line = try PwshCommandLine.normalize(["-NoExit", "-wd", "/tmp", "-c", "1"])
        #expect(line.noExit && line.workingDirectory == "/tmp" && line.arguments == ["-Command", "1"])
        #expect(try args("-Version") == ["--version"])
        #expect(try args("-?") == ["--help"])
        #expect(try args("-h") == ["--help"])
    }
}
