import Testing
import LineEditor

private let entries = ["Get-MsolUser", "Set-MsolUserLicense -AddLicenses x", "get-msolgroup", "Get-Date"]

@Test func upOnAnEmptyLineWalksEveryEntryNewestFirst() {
    var nav = HistoryNavigator()
    var line = ""
    var seen: [String] = []
    while let next = nav.older(in: entries, line: line) { seen.append(next); line = next }
    #expect(seen == entries.reversed())
}

@Test func upWithTypedTextVisitsOnlyEntriesStartingWithItIgnoringCase() {
    var nav = HistoryNavigator()
    let first = nav.older(in: entries, line: "Get-Msol")
    #expect(first == "get-msolgroup")
    let second = nav.older(in: entries, line: first ?? "")
    #expect(second == "Get-MsolUser")
    #expect(nav.older(in: entries, line: second ?? "") == nil)
}

@Test func downPastTheNewestMatchBringsBackTheTypedText() {
    var nav = HistoryNavigator()
    let older = nav.older(in: entries, line: "Get-Msol") ?? ""
    #expect(nav.newer(in: entries, line: older) == "Get-Msol")
    #expect(nav.newer(in: entries, line: "Get-Msol") == nil)
}

@Test func editingARecalledLineStartsANewSearchFromTheEditedText() {
    var nav = HistoryNavigator()
    _ = nav.older(in: entries, line: "")
    #expect(nav.older(in: entries, line: "Set") == "Set-MsolUserLicense -AddLicenses x")
}

@Test func downWithoutAnEarlierUpDoesNothing() {
    var nav = HistoryNavigator()
    #expect(nav.newer(in: entries, line: "abc") == nil)
}
