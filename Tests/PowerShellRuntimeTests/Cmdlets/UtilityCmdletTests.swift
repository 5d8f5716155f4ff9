import Testing
import Foundation
@testable import PowerShellRuntime
import ScriptTestSupport

@Suite struct SeededRandom {
    @Test func matchesDotNetsSeededSystemRandom() {
        // new System.Random(0).Next() and new System.Random(1).Next() on .NET.
        var r0 = DotNetSeededRandom(seed: 0)
        #expect(r0.sample() == 1_559_595_546)
        var r1 = DotNetSeededRandom(seed: 1)
        #expect(r1.sample() == 534_011_718)
    }

    @Test func setSeedMakesGetRandomRepeatable() {
        let a = runScript("Get-Random -SetSeed 7 -Maximum 1000; Get-Random -Maximum 1000").out
        let b = runScript("Get-Random -SetSeed 7 -Maximum 1000; Get-Random -Maximum 1000").out
        #expect(a == b)
        #expect(!a.isEmpty)
    }

    @Test func minimumNotBelowMaximumIsAnError() {
        let r = runScript("try { Get-Random -Minimum 5 -Maximum 5 } catch { $_.Exception.Message; $_.FullyQualifiedErrorId }")
        #expect(r.out == "The Minimum value (5) cannot be greater than or equal to the Maximum value (5).\nMinGreaterThanOrEqualMax,Microsoft.PowerShell.Commands.GetRandomCommand\n")
    }
}

@Suite struct DateFormatting {
    @Test func uformatSpecifiers() throws {
        let d = try DotNetDateTime(year: 2026, month: 1, day: 5, hour: 14, minute: 3, second: 9)
        #expect(UFormat.format(d, "%Y-%m-%d %H:%M:%S") == "2026-01-05 14:03:09")
        #expect(UFormat.format(d, "%a %b %e %I %p %j %u %w") == "Mon Jan  5 02 PM 005 1 1")
        #expect(UFormat.format(d, "%V/%G") == "02/2026")
        #expect(UFormat.format(d, "100%%") == "100%")
    }

    @Test func isoWeekAtYearBoundary() throws {
        // 2027-01-01 is a Friday: it belongs to week 53 of 2026.
        let d = try DotNetDateTime(year: 2027, month: 1, day: 1)
        #expect(UFormat.isoWeek(d) == 53)
        #expect(UFormat.isoWeekYear(d) == 2026)
    }

    @Test func jsonDatesAreIsoWithTrimmedFraction() throws {
        let d = try DotNetDateTime(year: 2026, month: 1, day: 15, hour: 10, minute: 0, second: 0, millisecond: 500, kind: .utc)
        #expect(JsonConverter.isoDate(d) == "2026-01-15T10:00:00.5Z")
        let u = try DotNetDateTime(year: 2026, month: 1, day: 15)
        #expect(JsonConverter.isoDate(u) == "2026-01-15T00:00:00")
    }
}

@Suite struct JsonConversion {
    @Test func wholeDoublesKeepADecimalPlace() {
        #expect(JsonConverter.number(3) == .number("3.0"))
        #expect(JsonConverter.number(1.5) == .number("1.5"))
    }

    @Test func integersBecomeInt64AndIsoStringsDates() {
        #expect(JsonValueBuilder.number("42") == .long(42))
        #expect(JsonValueBuilder.number("4.5") == .double(4.5))
        if case .dateTime(let d)? = JsonValueBuilder.maybeDate("2026-01-15T10:00:00Z", dateKind: "default") {
            #expect(d.kind == .utc)
            #expect(d.hour == 10)
        } else {
            Issue.record("ISO date string was not converted")
        }
        #expect(JsonValueBuilder.maybeDate("2026-01-15", dateKind: "default") == nil)
        #expect(JsonValueBuilder.maybeDate("2026-01-15T10:00:00Z", dateKind: "string") == nil)
    }

    @Test func depthBeyondTheLimitBecomesTheObjectsString() {
        let r = runScript("@{ a = @{ b = @{ c = @{ d = 1 } } } } | ConvertTo-Json -Compress -WarningAction SilentlyContinue")
        #expect(r.out == "{\"a\":{\"b\":{\"c\":\"System.Collections.Hashtable\"}}}\n")
    }
}

@Suite struct TextHelpers {
    @Test func stringDataUnescapesLikeRegexUnescape() {
        #expect(ConvertFromStringDataCommand.unescape(#"a\tb\\c\u0041\="#) == "a\tb\\cA=")
    }

    @Test func syntaxLinesFollowPositionsAndOptionality() {
        let md = CommandMetadata(name: "Get-Thing", parameters: [
            ParameterMetadata(name: "Extra", type: "switch"),
            ParameterMetadata(name: "Name", type: "string", position: 0, mandatory: true),
            ParameterMetadata(name: "Count", type: "int", position: 1),
            ParameterMetadata(name: "Tag", type: "string[]"),
        ])
        #expect(CommandSyntax.lines(md) == ["Get-Thing [-Name] <string> [[-Count] <int>] [-Extra] [-Tag <string[]>] [<CommonParameters>]"])
    }

    @Test func splitPathParts() {
        #expect(SplitPathCommand.parent("/a/b/c.txt") == "/a/b")
        #expect(SplitPathCommand.parent("/a") == "/")
        #expect(SplitPathCommand.parent("c.txt") == "")
        #expect(SplitPathCommand.leaf("C:\\Users\\x\\file.csv") == "file.csv")
        #expect(SplitPathCommand.qualifier("C:\\temp") == "C:")
        #expect(JoinPathCommand.join("a/", "/b") == "a/b")
        #expect(JoinPathCommand.join("/", "b") == "/b")
    }

    @Test func fileSystemPathsNormalise() {
        #expect(FileSystemSupport.resolve("x/../y/./z.txt", base: "/tmp/base") == "/tmp/base/y/z.txt")
        #expect(FileSystemSupport.resolve("/abs//p", base: "/ignored") == "/abs/p")
        #expect(FileSystemSupport.lines("a\r\nb\nc\rd\n") == ["a", "b", "c", "d"])
    }
}

@Suite struct Transcripts {
    @Test func recordedHostOutputLandsBetweenHeaderAndFooterWithoutColourCodes() throws {
        let host = TestHost()
        let session = Session(host: host)
        let path = NSTemporaryDirectory() + "ll-transcript-test-\(UInt32.random(in: 0...UInt32.max)).txt"
        _ = session.runScript(text: "Start-Transcript -Path '\(path)' | Out-Null", path: nil, arguments: [])
        TranscriptState.record("\u{1B}[32;1mhello\u{1B}[0m\n", session)
        _ = session.runScript(text: "Stop-Transcript | Out-Null", path: nil, arguments: [])
        let text = try String(contentsOfFile: path, encoding: .utf8)
        try? FileManager.default.removeItem(atPath: path)
        #expect(text.hasPrefix("**********************\nPowerShell transcript start\n"))
        #expect(text.contains("\nhello\n**********************\nPowerShell transcript end\n"))
        #expect(TranscriptState.paths(session).isEmpty)
    }

    @Test func stopWithoutStartIsAnError() {
        let r = runScript("try { Stop-Transcript -ErrorAction Stop } catch { $_.Exception.Message }")
        #expect(r.out == "An error occurred stopping transcription: The host is not currently transcribing.\n")
    }
}
