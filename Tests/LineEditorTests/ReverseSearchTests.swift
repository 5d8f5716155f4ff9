import Testing
@testable import LineEditor

/// Ctrl-R's search as PSReadLine's: newest match first, narrowing as text is typed, Ctrl-R again
/// for older matches, Backspace widening from the newest, case ignored.
@Suite struct ReverseSearchTests {
    let entries = ["Get-MsolUser -All", "Set-MsolUserLicense -UserPrincipalName ann@contoso.com", "Get-MsolAccountSku", "get-msoluser -UserPrincipalName bob@contoso.com"]

    @Test func typingFindsTheNewestEntryContainingTheTextIgnoringCase() {
        var s = ReverseSearch(entries: entries)
        for c in "MSOLUSER" { s.type(c) }
        #expect(s.match == "get-msoluser -UserPrincipalName bob@contoso.com")
        #expect(s.status == "bck-i-search: MSOLUSER_")
        s.older()
        #expect(s.match == "Set-MsolUserLicense -UserPrincipalName ann@contoso.com")
        s.older()
        #expect(s.match == "Get-MsolUser -All")
        s.older()
        #expect(!s.found && s.match == "Get-MsolUser -All")
    }

    @Test func moreTextNarrowsFromTheEntryShownAndNothingFoundKeepsIt() {
        var s = ReverseSearch(entries: entries)
        for c in "-All" { s.type(c) }
        #expect(s.match == "Get-MsolUser -All" && s.found)
        s.type("x")
        #expect(!s.found && s.match == "Get-MsolUser -All")
    }

    @Test func backspaceWidensTheSearchFromTheNewestEntry() {
        var s = ReverseSearch(entries: entries)
        for c in "Skux" { s.type(c) }
        #expect(!s.found)
        s.backspace()
        #expect(s.found && s.match == "Get-MsolAccountSku" && s.text == "Sku")
        s.backspace(); s.backspace(); s.backspace()
        #expect(s.text.isEmpty && s.match == nil && s.status == "bck-i-search: _")
    }
}
