import Foundation
import Testing
@testable import PowerShellRuntime
import ScriptTestSupport

/// Given a line whose last `|` marks the cursor, the completion engine's candidates.
private func complete(_ marked: String, in session: Session = Session(host: TestHost())) -> CompletionResult {
    var line = marked
    var cursor = line.count
    if let bar = line.lastIndex(of: "|") {
        cursor = line.distance(from: line.startIndex, to: bar)
        line.remove(at: bar)
    }
    return CompletionEngine(session: session).complete(line: line, cursor: cursor)
}

private func texts(_ marked: String, in session: Session = Session(host: TestHost())) -> [String] {
    complete(marked, in: session).completionTexts
}

/// A command with the kinds of parameters completion cares about, as a module would register it.
final class CompletionProbeCommand: Cmdlet {
    static let metadata = CommandMetadata(
        name: "Set-ProbeLicense",
        parameters: [
            ParameterMetadata(name: "UserPrincipalName", type: "string", position: 0),
            ParameterMetadata(name: "AddLicenses", type: "string[]"),
            ParameterMetadata(name: "RemoveLicenses", type: "string[]"),
            ParameterMetadata(name: "Mode", type: "string", position: 1, validateSet: ["Direct", "Group", "Inherited"]),
            ParameterMetadata(name: "Enabled", type: "bool"),
            ParameterMetadata(name: "Force", type: "switch"),
            ParameterMetadata(name: "Group", type: "string"),
        ],
        moduleName: "Probe")
    init() {}
}

private func probeSession() -> Session {
    let s = Session(host: TestHost())
    s.commands.register(CompletionProbeCommand.self)
    CompletionProviders.of(s).register(parameters: ["AddLicenses", "RemoveLicenses"]) { request in
        ["contoso:ENTERPRISEPACK", "contoso:EMS", "contoso:POWER_BI_PRO"]
            .filter { $0.lowercased().hasPrefix(request.wordToComplete.lowercased()) }.map { CompletionValue($0) }
    }
    CompletionProviders.of(s).register(parameters: ["Group"], commands: "Set-Probe*") { request in
        ["Domain Admins", "Sales"].filter { $0.lowercased().hasPrefix(request.wordToComplete.lowercased()) }.map { CompletionValue($0) }
    }
    return s
}

@Suite("Tab completion")
struct CompletionEngineTests {
    @Test func aliasesThatNameEachOtherCompleteNoParameters() {
        let session = Session(host: TestHost())
        _ = session.runScript(text: "Set-Alias a b; Set-Alias b a; Set-Alias c Get-Date", path: nil, arguments: [])
        #expect(texts("a -", in: session).isEmpty)
        #expect(texts("c -Dat", in: session) == ["-Date"])
    }

    @Test func commandNamesCompleteByCaseInsensitivePrefix() {
        #expect(texts("get-dat|") == ["Get-Date"])
        #expect(texts("Write-Out|") == ["Write-Output"])
    }

    @Test func theReplacementCoversTheTypedWordOnly() {
        let r = complete("$x = 1; get-dat|")
        #expect(r.replacementStart == 8)
        #expect(r.replacementLength == 7)
    }

    @Test func aWildcardVerbMatchesEveryCommandWithThatNoun() {
        let found = texts("*-Variable|")
        #expect(found.contains("Get-Variable"))
        #expect(found.contains("Set-Variable"))
        #expect(found.allSatisfy { $0.hasSuffix("-Variable") })
    }

    @Test func aNounFragmentAfterTheVerbFindsCommandsWhenNoPrefixMatches() {
        #expect(texts("Get-*Lic|", in: probeSession()).isEmpty)
        #expect(texts("Set-Lic|", in: probeSession()) == ["Set-ProbeLicense"])
    }

    @Test func aliasesAndFunctionsAreCommandsToo() {
        let s = Session(host: TestHost())
        _ = s.runInteractive(line: "function Get-LabThing { 'x' }")
        #expect(texts("Get-LabT|", in: s) == ["Get-LabThing"])
        #expect(texts("gc|", in: s).contains("gci"))
    }

    @Test func aCommandAfterAPipeOrAnAssignmentIsCompleted() {
        #expect(texts("1..3 | Measure-Obj|") == ["Measure-Object"])
        #expect(texts("$d = Get-Dat|") == ["Get-Date"])
        #expect(texts("foreach ($i in 1..2) { Write-Out|") == ["Write-Output"])
    }

    @Test func parameterNamesComeFromTheCommandsMetadata() {
        #expect(texts("Set-ProbeLicense -Add|", in: probeSession()) == ["-AddLicenses"])
        #expect(texts("Set-ProbeLicense x -Remove|", in: probeSession()) == ["-RemoveLicenses"])
    }

    @Test func commonParametersAreOfferedForAdvancedCommands() {
        #expect(texts("Set-ProbeLicense -ErrorA|", in: probeSession()) == ["-ErrorAction"])
    }

    @Test func parameterNamesOfACommandReachedThroughAnAlias() {
        #expect(texts("sleep -Milli|") == ["-Milliseconds"])
    }

    @Test func validateSetValuesCompleteNamedAndPositionalArguments() {
        #expect(texts("Set-ProbeLicense -Mode g|", in: probeSession()) == ["Group"])
        #expect(texts("Set-ProbeLicense someone@contoso.com I|", in: probeSession()) == ["Inherited"])
    }

    @Test func argumentsOfACommandWhoseResultIsAssignedComplete() {
        #expect(texts("$r = Set-ProbeLicense -Mode D|", in: probeSession()) == ["Direct"])
        #expect(texts("$r = Set-ProbeLicense x G|", in: probeSession()) == ["Group"])
    }

    @Test func actionPreferenceValuesComeFromTheEnum() {
        #expect(texts("Get-Date -ErrorAction Silent|") == ["SilentlyContinue"])
        // `-Name:value` replaces only the value, as PowerShell's `Set-ExecutionPolicy -exe:b` → `Bypass`
        #expect(texts("Get-Date -ErrorAction:Ign|") == ["Ignore"])
    }

    @Test func getCommandTypeCompletesTheCommandTypesAfterAColonAndInAList() {
        let all = ["Alias", "All", "Application", "Cmdlet", "Configuration", "ExternalScript", "Filter", "Function", "Script"]
        #expect(texts("Get-Command -Type:Al|") == ["Alias", "All"])
        #expect(texts("Get-Command -Type: |") == all)
        #expect(texts("Get-Command -Type Alias,c|") == ["Cmdlet", "Configuration"])
        #expect(texts("Get-Command -Type Alias, |") == all)
    }

    @Test func booleanParametersOfferTrueAndFalse() {
        #expect(texts("Set-ProbeLicense -Enabled |", in: probeSession()) == ["$true", "$false"])
        #expect(texts("Set-ProbeLicense -Enabled $f|", in: probeSession()).first == "$false")
    }

    @Test func registeredProvidersCompleteTenantValues() {
        // in the provider's order (a tenant provider sorts; a 100,000-user list is left as it is)
        #expect(texts("Set-ProbeLicense a@b.c -AddLicenses contoso:E|", in: probeSession()) == ["contoso:ENTERPRISEPACK", "contoso:EMS"])
        #expect(texts("Set-ProbeLicense -AddLicenses contoso:EMS,contoso:P|", in: probeSession()) == ["contoso:POWER_BI_PRO"])
    }

    @Test func valuesWithSpacesAreQuotedAndAnOpenQuoteIsKept() {
        #expect(texts("Set-ProbeLicense -Group Dom|", in: probeSession()) == ["'Domain Admins'"])
        #expect(texts("Set-ProbeLicense -Group \"Dom|", in: probeSession()) == ["\"Domain Admins\""])
    }

    @Test func providersOnlyAnswerForTheCommandsTheyWereRegisteredFor() {
        let s = probeSession()
        _ = s.runInteractive(line: "function Test-Other { param($Group) }")
        #expect(!texts("Test-Other -Group Dom|", in: s).contains("'Domain Admins'"))
    }

    @Test func variablesCompleteWithTheirSigil() {
        let s = Session(host: TestHost())
        _ = s.runInteractive(line: "$users = 1; $usageLocation = 'NL'")
        #expect(texts("$us|", in: s) == ["$usageLocation", "$users"])
        #expect(texts("Write-Output $use|", in: s) == ["$users"])
        #expect(texts("@us|", in: s) == ["@usageLocation", "@users"])
    }

    @Test func membersOfAVariablesValueComplete() {
        let s = Session(host: TestHost())
        _ = s.runInteractive(line: "$u = [pscustomobject]@{ Licenses = @([pscustomobject]@{ AccountSkuId = 'contoso:EMS' }); LastName = 'x' }")
        #expect(texts("$u.Li|", in: s) == ["Licenses"])
        #expect(texts("$u.Licenses.Acc|", in: s) == ["AccountSkuId"])
        #expect(texts("$u.la|", in: s) == ["LastName"])
    }

    @Test func stringMethodsEndWithAnOpeningParenthesis() {
        let s = Session(host: TestHost())
        _ = s.runInteractive(line: "$name = 'Adele'")
        #expect(texts("$name.ToUp|", in: s) == ["ToUpper(", "ToUpperInvariant("])
        #expect(complete("$name.ToUp|", in: s).replacementStart == 6)
    }

    @Test func filePathsCompleteFromTheCurrentLocation() throws {
        let dir = NSTemporaryDirectory() + "completion-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: dir + "/reports", withIntermediateDirectories: true)
        FileManager.default.createFile(atPath: dir + "/users.csv", contents: Data())
        FileManager.default.createFile(atPath: dir + "/my list.csv", contents: Data())
        let s = Session(host: TestHost())
        _ = s.runInteractive(line: "Set-Location '\(dir)'")
        #expect(texts("Import-Csv us|", in: s) == ["./users.csv"])
        #expect(texts("Import-Csv ./rep|", in: s) == ["./reports"])
        #expect(texts("Import-Csv my|", in: s) == ["'./my list.csv'"])
        #expect(texts("Get-Content '\(dir)/us|", in: s) == ["'\(dir)/users.csv'"])
    }

    @Test func aDashAfterAValueCompletesOperatorsNotParameters() {
        #expect(texts("'' -an") == ["-and"])
        #expect(texts("$x = 5 -isn") == ["-isnot"])
        let all = texts("55 -")
        #expect(all.first == "-and")
        #expect(all.count == SystemManagementAutomation.operatorNames.count)
        #expect(texts("Get-Date -Fo") == ["-Format"])
    }

    @Test func builtInCompletersOfferTheirValuesInTheQuoteTyped() {
        #expect(texts("Get-Variable -Scope ") == ["Global", "Local", "Script"])
        #expect(texts("Get-Variable -Scope 'G") == ["'Global'"])
        #expect(texts("Set-StrictMode -Version \"La") == ["\"Latest\""])
        #expect(texts("Set-StrictMode -Version 2") == ["2.0"])
        #expect(texts("Get-Module -PSEdition ") == ["Desktop", "Core"])
    }

    @Test func aBuiltInCompleterWithNothingToOfferProposesNoFiles() {
        #expect(texts("Set-StrictMode -Version Nothing").isEmpty)
        #expect(texts("Get-Command -Noun NoSuchNoun -Verb ").isEmpty)
    }

    @Test func verbsAreNarrowedByTheGroupOrByTheCommandsOfANoun() {
        #expect(texts("Get-Command -Verb Conv") == ["Convert", "ConvertFrom", "ConvertTo"])
        #expect(texts("Get-Command -Noun Date -Verb ") == ["Get"])
    }

    @Test func valuesThatWouldNotReadBackAsOneValueAreQuoted() {
        #expect(CompletionQuoting.quote("Latest", quote: "") == "Latest")
        #expect(CompletionQuoting.quote(", ", quote: "") == "', '")
        #expect(CompletionQuoting.quote("-", quote: "") == "'-'")
        #expect(CompletionQuoting.quote("it's here", quote: "") == "'it''s here'")
        #expect(CompletionQuoting.quote("`n", quote: "'") == "\"`n\"")
    }

    @Test func pathsAreWrittenRelativeToTheCurrentLocationThroughWildcardFolders() throws {
        let dir = NSTemporaryDirectory() + "completion-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: dir + "/base/one/two", withIntermediateDirectories: true)
        try FileManager.default.createDirectory(atPath: dir + "/base/prime", withIntermediateDirectories: true)
        FileManager.default.createFile(atPath: dir + "/base/abc", contents: Data())
        let s = Session(host: TestHost())
        _ = s.runInteractive(line: "Set-Location '\(dir)/base/one/two'")
        #expect(texts("Get-Item ..\\..\\..\\ba*\\ab", in: s) == ["../../abc"])
        #expect(texts("Get-Item ../../pri", in: s) == ["../../prime"])
        #expect(texts("Get-Item '\(dir)/base/ab", in: s) == ["'\(dir)/base/abc'"])
        #expect(texts("cd ../../", in: s) == ["../../one", "../../prime"])
    }

    @Test func pathCharactersAreEscapedForTheQuoteInUse() throws {
        let dir = NSTemporaryDirectory() + "completion-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: dir + "/My [Path]", withIntermediateDirectories: true)
        FileManager.default.createFile(atPath: dir + "/cost$", contents: Data())
        FileManager.default.createFile(atPath: dir + "/it's", contents: Data())
        let s = Session(host: TestHost())
        _ = s.runInteractive(line: "Set-Location '\(dir)'")
        #expect(texts("cd My", in: s) == ["'./My `[Path`]'"])
        #expect(texts("Get-Item -LiteralPath My", in: s) == ["'./My [Path]'"])
        #expect(texts("Get-Item co", in: s) == ["'./cost$'"])
        #expect(texts("Get-Item \"co", in: s) == ["\"./cost`$\""])
        #expect(texts("Get-Item it", in: s) == ["'./it''s'"])
        // where a command goes, files come first, a quoted one with the call operator
        #expect(texts("it", in: s).first == "& './it''s'")
        #expect(texts("& 'it", in: s) == ["'./it''s'"])
        // a redirection's target is a file
        #expect(texts("Get-Date >co", in: s) == ["'./cost$'"])
        #expect(texts("Get-Date 2>&1>co", in: s) == ["'./cost$'"])
    }

    @Test func aModuleQualifiedCommandNameKeepsItsModule() {
        #expect(texts("Microsoft.PowerShell.Utility\\get-da") == ["Microsoft.PowerShell.Utility\\Get-Date"])
        #expect(texts("& 'get-da") == ["'Get-Date'"])
    }

    @Test func anAssignmentCompletesWhatTheVariableMayHold() {
        let s = Session(host: TestHost())
        _ = s.runInteractive(line: "enum Animal { Duck; Goose; Horse; Giraffe }; [Animal]$pet = 'Duck'")
        #expect(texts("$ErrorActionPreference = 's", in: s) == ["'SilentlyContinue'", "'Stop'", "'Suspend'"])
        #expect(texts("$ErrorActionPreference=\"siL", in: s) == ["\"SilentlyContinue\""])
        #expect(texts("$pet=", in: s) == ["'Duck'", "'Giraffe'", "'Goose'", "'Horse'"])
        #expect(texts("[Animal]$other = \"g", in: s) == ["\"Giraffe\"", "\"Goose\""])
        #expect(texts("[ValidateSet('a','aa','b')][string]$v = 'a", in: s) == ["'a'", "'aa'"])
        #expect(texts("[ValidateSet(2,3,11,112)][int]$n = 1", in: s) == ["11", "112"])
        #expect(texts("$plain = Get-Dat", in: s) == ["Get-Date"])
    }

    @Test func listedDotNetEnumerationsGiveTheirNamesAndValues() {
        let run = runScript("[enum]::GetValues('System.Management.Automation.ActionPreference') -join ','; [Enum]::GetNames([System.Management.Automation.CommandTypes]).Count")
        #expect(run.out == "SilentlyContinue,Stop,Continue,Inquire,Ignore,Suspend,Break\n9\n")
    }

    @Test func anIndexCompletesTheKeysOfTheDictionaryInSingleQuotes() {
        let s = Session(host: TestHost())
        _ = s.runInteractive(line: "$sizes = @{ Small = 1; Large = 2 }")
        #expect(texts("$sizes[", in: s) == ["'Small'", "'Large'"])
        #expect(texts("$sizes[\"La", in: s) == ["'Large'"])
        // a variable the text before assigns a hashtable literal to
        #expect(texts("$t = @{Hello = 'World'}; $t[ He") == ["'Hello'"])
    }

    @Test func breakAndContinueCompleteTheLabelsOfTheEnclosingLoops() {
        #expect(texts(":Outer while ($true) { :Inner foreach ($x in 1) { break ") == ["Outer", "Inner"])
        #expect(texts(":Outer do { :Inner while ($true) { break } continue o") == ["Outer"])
        #expect(texts(":Outer while ($true) { break :O").isEmpty)
        #expect(texts(":Outer while ($true) { break | Outer }").isEmpty)
    }

    @Test func enumerationParametersOfferTheEnumerationsNamesSorted() {
        let s = Session(host: TestHost())
        _ = s.runInteractive(line: "function Paint([ConsoleColor]$Color) {}")
        #expect(texts("Paint -Color Dark", in: s) == ["DarkBlue", "DarkCyan", "DarkGray", "DarkGreen", "DarkMagenta", "DarkRed", "DarkYellow"])
        #expect(texts("Get-Date -ErrorAction ").first == "Break")
    }

    @Test func theShellsOwnCommandsCompleteTheNamesTheyTake() {
        #expect(texts("Get-Variable PSVersionT") == ["PSVersionTable"])
        #expect(texts("Get-Module Microsoft.PowerShell.U") == ["Microsoft.PowerShell.Utility"])
        #expect(texts("Get-Command -Module Microsoft.PowerShell.U") == ["Microsoft.PowerShell.Utility"])
        #expect(texts("Import-Csv -Encoding utf8") == ["utf8", "utf8BOM", "utf8NoBOM"])
    }

    @Test func filesSortAsDotNetCulturesOrderThem() {
        #expect(["bbbbbbbbb#", "bbbbbbbb{", "B2", "b1"].sorted(by: CompletionEngine.toolTipOrder) == ["b1", "B2", "bbbbbbbb{", "bbbbbbbbb#"])
    }

    @Test func variablesTheTextAssignsComeFirstWithTheirConstraint() {
        #expect(texts("foreach ($CurrentItem in 1..10) { $CurrentIt") == ["$CurrentItem"])
        #expect(texts("$DemoVar1, $DemoVar2 = 1..10; $DemoVar") == ["$DemoVar1", "$DemoVar2"])
        #expect(complete("[int] [string] $Var1 = 1; $Var").matches.first?.toolTip == "[int]$Var1")
        #expect(texts("$x = 1; $Using:x").first == "$Using:x")
        // a script block run elsewhere does not assign here
        #expect(texts("& { $InsideOnly = 1 }; $InsideOnl").isEmpty)
        // naming a new parameter: nothing to offer
        #expect(texts("param($P").isEmpty)
    }

    @Test func aParameterAliasCompletesWhenTheNameDoesNot() {
        #expect(texts("Get-Member -t|") == ["-Type"])
        #expect(texts("Get-Command -ExcludeModule Microsoft.PowerShell.U|") == ["Microsoft.PowerShell.Utility"])
        #expect(texts("rmo Microsoft.PowerShell.U|") == ["Microsoft.PowerShell.Utility"])
    }

    @Test func switchFlagsComplete() {
        #expect(texts("switch -|") == ["-CaseSensitive", "-Exact", "-File", "-Parallel", "-Regex", "-Wildcard"])
        #expect(texts("switch -Regex -w|") == ["-Wildcard"])
    }

    @Test func aVariablesDescriptionFollowsItsToolTip() {
        let s = Session(host: TestHost())
        _ = s.runInteractive(line: "New-Variable -Name Described -Value 1 -Description 'Variable description'")
        #expect(complete("$Described", in: s).matches.map(\.toolTip) == ["[int]$Described - Variable description"])
    }

    @Test func membersOfAnExpressionWithoutSideEffectsComplete() {
        #expect(texts("(1).ToSt") == ["ToString("])
        #expect(texts("\"a\".Length.c") == ["CompareTo("])
        #expect(texts("(1..10).Fo") == ["ForEach("])
        #expect(texts("[math]::PI.GetT") == ["GetType("])
        #expect(texts("@{a=$(exit)}.Ke") == ["Keys"])
        // a command, a method call or a variable is not evaluated; numbers are not members
        #expect(texts("(Get-Date).ToSt").isEmpty)
        #expect(texts("Write-Output 1.5").isEmpty)
    }

    @Test func sessionVariablesShowTheirValuesTypeAndKeepScopeAndBraces() {
        #expect(complete("$PSVersionT").matches.map(\.toolTip) == ["[hashtable]$PSVersionTable"])
        #expect(texts("$global:MaximumHistoryC") == ["$global:MaximumHistoryCount"])
        #expect(texts("${PSVersionT") == ["${PSVersionTable}"])
    }

    @Test func parameterNamesShowTheirTypeAndHelpMessage() {
        let s = Session(host: TestHost())
        _ = s.runInteractive(line: "function Test-Tip { param([Parameter(HelpMessage = 'Some help')] $Helped, [string[]]$Names) }")
        #expect(complete("Test-Tip -", in: s).matches.prefix(2).map(\.toolTip) == ["[Object] Helped - Some help", "[string[]] Names"])
    }

    @Test func aCalculatedPropertyCompletesTheKeysItsCommandTakes() {
        #expect(texts("Get-ChildItem | Format-Table @{ |") == ["Expression", "FormatString", "Label", "Width", "Alignment"])
        #expect(texts("Get-ChildItem | Format-Table -Property Name,@{La|") == ["Label"])
        #expect(texts("Get-ChildItem | Format-List -GroupBy @{ |") == ["Expression", "FormatString", "Label"])
        #expect(texts("Get-ChildItem | Sort-Object @{ |") == ["Expression", "Ascending", "Descending"])
        #expect(complete("Get-ChildItem | Select-Object @{ N|").matches.first?.toolTip == "[string]\nSpecifies the name of the property being created.")
    }

    @Test func typeNamesCompleteFromAcceleratorsFullAndShortNamesAndNamespaces() {
        #expect(texts("[pscu").first == "pscustomobject")
        #expect(complete("$x = [pscu").replacementStart == 6)
        #expect(texts("[ScriptBlockAst") == ["System.Management.Automation.Language.ScriptBlockAst"])
        #expect(texts("using namespace Sys").first == "System")
        #expect(texts("New-Object System.Collections.Generic.Dict") == ["System.Collections.Generic.Dictionary"])
        // an index is not a type literal, nor is a command's argument
        #expect(!texts("$PSVersionTable[PSV").contains("PSVersion"))
        #expect(texts("Join-String -FormatString [") == ["'[{0}]'"])
        #expect(texts("[validateS") == ["ValidateScript", "ValidateSet"])
    }

    @Test func staticMembersOfATypeAndTheNamesOfAnEnumeration() {
        #expect(texts("[math]::Ro") == ["Round("])
        #expect(texts("[int]:: Max") == ["MaxValue"])
        #expect(texts("[System.Management.Automation.ActionPreference]::  ").first == "Break")
        #expect(complete("[math]::Ro").replacementStart == 8)
    }

    @Test func membersListTheMethodsTheRuntimeHasForTheValuesType() {
        let s = Session(host: TestHost())
        _ = s.runInteractive(line: "$n = 5; $list = @(1, 2)")
        #expect(texts("$n.Comp", in: s) == ["CompareTo("])
        #expect(texts("$list.Cou", in: s) == ["Count"])
    }

    @Test func usingCompletesTheKindsOfUsingStatement() {
        #expect(texts("using ") == ["assembly", "module", "namespace", "type"])
        #expect(texts("using nam") == ["namespace"])
        #expect(texts("using `\n") == ["assembly", "module", "namespace", "type"])
    }

    @Test func functionsTheTextDefinesCompleteAsCommands() {
        #expect(texts("function Get-ScrumData {}; Get-Scrum") == ["Get-ScrumData"])
    }

    @Test func commandCompletionCompleteInputChecksItsArgumentsAndCompletes() {
        let run = runScript("""
        try { [System.Management.Automation.CommandCompletion]::CompleteInput('$PID.', 7, $null, $null) } catch { $_.FullyQualifiedErrorId }
        try { [System.Management.Automation.CommandCompletion]::CompleteInput($null, $null, $null, $null) } catch { $_.FullyQualifiedErrorId }
        [System.Management.Automation.CommandCompletion]::CompleteInput('Get-Dat', 7, $null).CompletionMatches.CompletionText
        """)
        #expect(run.out == "PSArgumentException\nPSArgumentNullException\nGet-Date\n")
    }

    @Test func nothingMatchesGivesNoCandidates() {
        #expect(texts("Zzz-Nothing|").isEmpty)
        #expect(texts("$zzzNothing|").isEmpty)
    }

    @Test func theCursorInTheMiddleCompletesTheWordBeforeIt() {
        #expect(texts("Get-Dat| -Format o") == ["Get-Date"])
    }

    @Test func sessionCompleteDelegatesToTheEngine() {
        let s = probeSession()
        #expect(s.complete(line: "Set-ProbeLicense -Add", cursor: 21) == ["-AddLicenses"])
    }

    @Test func unbalancedAndDeeplyNestedInputDoesNotCrash() {
        let deep = String(repeating: "(", count: 5000) + "Get-Dat"
        #expect(texts(deep + "|") == ["Get-Date"])
        #expect(texts(")))}}}Get-Dat|") == ["Get-Date"])
        #expect(texts("Write-Output 'unterminated Get-Dat|").isEmpty)
    }
}

@Suite("Incomplete input (the >> continuation)")
struct IncompleteInputTests {
    @Test(arguments: [
        "function f {",
        "foreach ($u in $users) {\n  $u",
        "(1 +",
        "'open string",
        "\"open string",
        "@'\nhere-string",
        "Get-Date |",
        "Get-Date `",
        "if ($true) { 'a' } else {",
        "$h = @{",
    ])
    func theParserAsksForMoreInput(_ text: String) {
        #expect(Session(host: TestHost()).runInteractive(line: text) == .incomplete)
    }

    @Test(arguments: ["Get-Date", "function f { 'x' }", "@'\nx\n'@", "1 + )", "'a' | Out-Null"])
    func completeOrInvalidInputRunsAtOnce(_ text: String) {
        #expect(Session(host: TestHost()).runInteractive(line: text) == .completed)
    }
}
