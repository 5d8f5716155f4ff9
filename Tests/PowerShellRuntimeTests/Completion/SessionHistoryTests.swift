import Foundation
import Testing
@testable import PowerShellRuntime
import ScriptTestSupport

@Suite("Get-History / Invoke-History")
struct SessionHistoryTests {
    private func session(with lines: [String]) -> (Session, TestHost) {
        let host = TestHost()
        let s = Session(host: host)
        let history = SessionHistory.of(s)
        let t = Date(timeIntervalSince1970: 0)
        for line in lines {
            _ = s.runInteractive(line: line)
            history.record(line, start: t, end: t.addingTimeInterval(0.25))
        }
        return (s, host)
    }

    @Test func getHistoryListsTheSessionsEntriesOldestFirstWithIds() {
        let (s, host) = session(with: ["$a = 1", "$b = 2", "$c = 3"])
        _ = s.runInteractive(line: "Get-History | ForEach-Object { \"$($_.Id):$($_.CommandLine):$($_.ExecutionStatus)\" }")
        #expect(host.stdout.hasSuffix("1:$a = 1:Completed\n2:$b = 2:Completed\n3:$c = 3:Completed\n"))
    }

    @Test func getHistoryCountTakesTheNewest() {
        let (s, host) = session(with: ["'x'", "'y'", "'z'"])
        _ = s.runInteractive(line: "(h -Count 2).CommandLine -join ','")
        #expect(host.stdout.hasSuffix("'y','z'\n"))
    }

    @Test func invokeHistoryRunsTheNewestEntryAgainAndEchoesIt() {
        let (s, host) = session(with: ["$n = 0", "$n++"])
        _ = s.runInteractive(line: "r")
        _ = s.runInteractive(line: "$n")
        #expect(host.stdout.hasSuffix("$n++\n2\n"))
    }

    @Test func invokeHistoryByIdOrByTheStartOfTheCommandLine() {
        let (s, host) = session(with: ["'first'", "'second'"])
        _ = s.runInteractive(line: "Invoke-History 1")
        #expect(host.stdout.hasSuffix("'first'\nfirst\n"))
        _ = s.runInteractive(line: "r \"'sec\"")
        #expect(host.stdout.hasSuffix("'second'\nsecond\n"))
    }

    @Test func anUnknownIdIsAnError() {
        let (s, host) = session(with: ["'a'"])
        _ = s.runInteractive(line: "Invoke-History 99")
        #expect(host.stderr.contains("Cannot locate history for Id 99."))
    }
}
