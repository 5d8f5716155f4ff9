import Foundation
import Testing
@testable import LineEditor

private func temporaryHistoryPath() -> String {
    NSTemporaryDirectory() + "licenselab-history-\(UUID().uuidString)/history"
}

@Test(arguments: [
    "$cred = Get-Credential; $cred.Password",
    "ConvertTo-SecureString 'x' -AsPlainText -Force",
    "Connect-MgGraph -AccessToken $t",
    "$APIKEY = 'abc'",
    "Get-Secret vault",
])
func sensitiveLinesAreRecognisedCaseInsensitively(_ line: String) {
    #expect(HistoryFile.isSensitive(line))
}

@Test func ordinaryLicensingCommandsAreNotSensitive() {
    #expect(!HistoryFile.isSensitive("Set-MsolUserLicense -UserPrincipalName a@contoso.com -AddLicenses contoso:ENTERPRISEPACK"))
}

@Test func sensitiveEntriesStayInMemoryButNeverReachTheFile() throws {
    let path = temporaryHistoryPath()
    let history = HistoryFile(path: path)
    #expect(history.add("Get-MsolUser"))
    #expect(!history.add("$p = ConvertTo-SecureString 'P@ss' -AsPlainText -Force"))
    #expect(history.entries == ["Get-MsolUser", "$p = ConvertTo-SecureString 'P@ss' -AsPlainText -Force"])
    let text = try String(contentsOfFile: path, encoding: .utf8)
    #expect(!text.contains("AsPlainText"))
    let reloaded = HistoryFile(path: path)
    reloaded.load()
    #expect(reloaded.entries == ["Get-MsolUser"])
}

@Test func addingAnEntryAgainMovesItToTheEndInsteadOfDuplicatingIt() {
    let history = HistoryFile(path: nil)
    for line in ["a", "b", "a", "c"] { history.add(line) }
    #expect(history.entries == ["b", "a", "c"])
}

@Test func blankEntriesAreNotRecorded() {
    let history = HistoryFile(path: nil)
    history.add("   ")
    history.add("")
    #expect(history.entries.isEmpty)
}

@Test func memoryKeepsOnlyTheNewestEntriesUpToTheLimit() {
    let history = HistoryFile(path: nil, limit: 3)
    for i in 1...5 { history.add("echo \(i)") }
    #expect(history.entries == ["echo 3", "echo 4", "echo 5"])
}

@Test func theFileIsCompactedToTheLimitWhenItGrowsPastTwiceTheLimit() throws {
    let path = temporaryHistoryPath()
    let history = HistoryFile(path: path, limit: 4)
    for i in 1...9 { history.add("echo \(i)") }
    let lines = try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n")
    #expect(lines.count <= 1 + 2 * 4)
    let reloaded = HistoryFile(path: path, limit: 4)
    reloaded.load()
    #expect(reloaded.entries == ["echo 6", "echo 7", "echo 8", "echo 9"])
}

@Test func multiLineEntriesSurviveARestartAsOneEntry() {
    let path = temporaryHistoryPath()
    let block = "foreach ($u in $users) {\n  Write-Output $u.UserPrincipalName\n}"
    HistoryFile(path: path).add(block)
    let reloaded = HistoryFile(path: path)
    reloaded.load()
    #expect(reloaded.entries == [block])
}

@Test func twoShellsAppendingToOneFileKeepBothShellsCommands() {
    let path = temporaryHistoryPath()
    let first = HistoryFile(path: path)
    let second = HistoryFile(path: path)
    first.add("Get-MsolUser")
    second.add("Get-MsolGroup")
    first.add("Get-MsolAccountSku")
    let reloaded = HistoryFile(path: path)
    reloaded.load()
    #expect(reloaded.entries == ["Get-MsolUser", "Get-MsolGroup", "Get-MsolAccountSku"])
}

@Test func loadingDropsOlderDuplicatesFromTheFile() throws {
    let path = temporaryHistoryPath()
    try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
    try "_HiStOrY_V2_\nls\npwd\nls\n".write(toFile: path, atomically: true, encoding: .utf8)
    let history = HistoryFile(path: path)
    history.load()
    #expect(history.entries == ["pwd", "ls"])
}

@Test func theFileUsesLibeditsEscapedFormat() throws {
    let path = temporaryHistoryPath()
    HistoryFile(path: path).add("Write-Output 'a b'\n\\x Ünï")
    let text = try String(contentsOfFile: path, encoding: .utf8)
    #expect(text == "_HiStOrY_V2_\nWrite-Output\\040'a\\040b'\\012\\\\x\\040Ünï\n")
}

@Test(arguments: ["plain", "tab\there", "back\\slash\\012", "Ünïcødé ß", "a\r\nb", "\\"])
func encodingRoundTrips(_ entry: String) {
    #expect(HistoryFile.decode(HistoryFile.encode(entry)) == entry)
}

@Test func theDefaultPathFollowsXDGStateHomeThenHome() {
    #expect(HistoryFile.defaultPath(environment: ["XDG_STATE_HOME": "/s", "HOME": "/h"]) == "/s/licenselab/history")
    #expect(HistoryFile.defaultPath(environment: ["HOME": "/h"]) == "/h/.local/state/licenselab/history")
    #expect(HistoryFile.defaultPath(environment: ["XDG_STATE_HOME": "relative", "HOME": "/h"]) == "/h/.local/state/licenselab/history")
    #expect(HistoryFile.defaultPath(environment: [:]) == nil)
}

@Test func aFileWithoutATrailingNewlineOrHeaderStillLoads() throws {
    let path = temporaryHistoryPath()
    try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
    try "Get-Date\\040-Year\\0402020\nexit".write(toFile: path, atomically: true, encoding: .utf8)
    let history = HistoryFile(path: path)
    history.load()
    #expect(history.entries == ["Get-Date -Year 2020", "exit"])
}

@Test func theShellsTestDecidesWhatStaysOutOfTheFile() throws {
    let path = temporaryHistoryPath()
    let history = HistoryFile(path: path)
    history.isSensitive = { $0.contains("-AsP ") }
    #expect(!history.add("ConvertTo-SecureString 'x' -AsP -Force"))
    #expect(history.add("Get-MsolUser"))
    #expect(history.entries == ["ConvertTo-SecureString 'x' -AsP -Force", "Get-MsolUser"])
    let text = try String(contentsOfFile: path, encoding: .utf8)
    #expect(!text.contains("AsP"))
}
