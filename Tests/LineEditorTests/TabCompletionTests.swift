import Testing
import LineEditor

@Test func oneCandidateReplacesTheWord() {
    let reply = CompletionReply(replacementStart: 0, candidates: ["Get-MsolUser"])
    #expect(TabCompletion.action(for: reply, word: "get-msolu", repeated: false) == .replace("Get-MsolUser"))
}

@Test func severalCandidatesExtendToTheirCommonPrefixInTheCandidatesCase() {
    let reply = CompletionReply(replacementStart: 0, candidates: ["Set-MsolUser", "Set-MsolUserLicense", "Set-MsolUserPassword"])
    #expect(TabCompletion.action(for: reply, word: "set-msolu", repeated: false) == .replace("Set-MsolUser"))
}

@Test func theSecondTabListsWhenTheFirstAddedNothing() {
    let reply = CompletionReply(replacementStart: 0, candidates: ["Get-MsolUser", "Set-MsolUser"], listItems: ["Get-MsolUser", "Set-MsolUser"])
    #expect(TabCompletion.action(for: reply, word: "*-MsolUser", repeated: false) == .bell)
    #expect(TabCompletion.action(for: reply, word: "*-MsolUser", repeated: true) == .list(["Get-MsolUser", "Set-MsolUser"]))
}

@Test func noCandidatesRingsTheBell() {
    #expect(TabCompletion.action(for: .none, word: "zz", repeated: true) == .bell)
}

@Test func columnsFillDownThenAcross() {
    let lines = TabCompletion.columns(["a", "b", "c", "d", "e"], width: 9)
    #expect(lines == ["a  c  e", "b  d"])
}

@Test func aNarrowTerminalGetsOneItemPerLine() {
    #expect(TabCompletion.columns(["Get-MsolUser", "Set-MsolUser"], width: 5) == ["Get-MsolUser", "Set-MsolUser"])
}

@Test func aLongListIsCutWithACountOfTheRest() {
    let items = (1...1000).map { "user\($0)@contoso.com" }
    let lines = TabCompletion.listing(items, width: 80, limit: 10)
    #expect(lines.last == "... and 990 more; type more characters to narrow the list")
    #expect(lines.dropLast().joined(separator: " ").split(separator: " ").count == 10)
}
