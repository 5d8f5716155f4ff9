import Testing
import Foundation
@testable import PowerShellRuntime
import ScriptTestSupport

@Suite("Session API")
struct SessionTests {
    @Test func confirmAsksBeforeEachChangeAndHonoursYesNoAndAll() {
        func run(_ script: String, answers: [String]) -> (out: String, asked: Int) {
            let host = TestHost()
            host.inputLines = answers
            let session = Session(host: host)
            _ = session.runScript(text: script, path: nil, arguments: [])
            return (host.stdout + host.stderr, host.stdout.components(separatedBy: "Are you sure you want to perform this action?").count - 1)
        }
        let zap = "function Zap { [CmdletBinding(SupportsShouldProcess)] param([string[]]$Name) foreach ($n in $Name) { if ($PSCmdlet.ShouldProcess($n, 'Zap')) { \"zapped $n\" } } }; "
        let yesNo = run(zap + "Zap a, b -Confirm", answers: ["y", "n"])
        #expect(yesNo.asked == 2 && yesNo.out.contains("zapped a") && !yesNo.out.contains("zapped b"))
        let all = run(zap + "Zap a, b, c -Confirm", answers: ["a"])
        #expect(all.asked == 1 && all.out.contains("zapped c"))
        let noneAtAll = run(zap + "Zap a, b -Confirm", answers: ["l"])
        #expect(noneAtAll.asked == 1 && !noneAtAll.out.contains("zapped"))
        let quiet = run(zap + "Zap a", answers: [])
        #expect(quiet.asked == 0 && quiet.out.contains("zapped a"))
        let preference = run("$ConfirmPreference = 'Medium'; " + zap + "Zap a", answers: ["n"])
        #expect(preference.asked == 1 && !preference.out.contains("zapped"))
        let noInput = run(zap + "Zap a -Confirm", answers: [])
        #expect(noInput.out.contains("NonInteractive mode"))
    }

    @Test func aHighImpactFunctionAsksUnderTheDefaultPreferenceAndALowOneDoesNot() {
        func asked(_ impact: String, _ call: String) -> Bool {
            let host = TestHost()
            host.inputLines = ["n"]
            let session = Session(host: host)
            _ = session.runScript(text: "function Drop { [CmdletBinding(SupportsShouldProcess, ConfirmImpact = '\(impact)')] param() if ($PSCmdlet.ShouldProcess('db')) { 'dropped' } }; " + call,
                                  path: nil, arguments: [])
            return host.stdout.contains("Are you sure you want to perform this action?")
        }
        #expect(asked("High", "Drop"))
        #expect(!asked("High", "Drop -Confirm:$false"))
        #expect(!asked("High", "$ConfirmPreference = 'None'; Drop"))
        #expect(!asked("Low", "Drop"))
        #expect(asked("Low", "$ConfirmPreference = 'Low'; Drop"))
        #expect(asked("Low", "Drop -Confirm"))
        #expect(!asked("Medium", "Drop"))
    }

    @Test func anAdvancedScriptHonoursCommonParametersFromItsCommandLine() {
        let script = "[CmdletBinding()] param([string]$Name = 'x') Write-Verbose \"verbose $Name\"; $ErrorActionPreference; Write-Error 'e'; 'after'"
        func run(_ arguments: [String]) -> (out: String, err: String) {
            let host = TestHost()
            let session = Session(host: host)
            _ = session.runScript(text: script, path: nil, arguments: arguments)
            return (host.stdout, host.stderr)
        }
        let loud = run(["-Verbose", "-Name", "n"])
        #expect((loud.out + loud.err).contains("VERBOSE: verbose n"))
        let stopped = run(["-ErrorAction", "Stop"])
        #expect(stopped.out == "Stop\n" && !stopped.out.contains("after"))
        let quiet = run([])
        #expect(!(quiet.out + quiet.err).contains("VERBOSE") && quiet.out.contains("after"))
    }

    /// pwsh converts the exit value to int and, when it cannot (text, a number beyond Int32),
    /// exits 0 without a word (PipelineOps.GetExitException); LicenseLab does the same.
    @Test func anExitValueThatIsNotAnIntExitsZeroAsPwshDoes() {
        #expect(runScript("exit 'abc'") == ("", "", 0))
        #expect(runScript("exit 99999999999") == ("", "", 0))
        #expect(runScript("exit '7'").code == 7)
    }

    @Test func exitCodeComesFromExitStatement() {
        #expect(runScript("'a'; exit 3; 'b'").code == 3)
        #expect(runScript("'a'").code == 0)
    }

    @Test func uncaughtThrowStopsTheScriptWithExitCodeOne() {
        let r = runScript("'before'; throw 'boom'; 'after'")
        #expect(r.code == 1)
        #expect(normalise(r.out) == "before")
        #expect(r.err.contains("boom"))
    }

    @Test func scriptArgumentsBindToParamBlock() {
        let host = TestHost()
        let s = Session(host: host)
        let code = s.runScript(text: "param([string]$Name, [int]$Count = 1) \"$Name x $Count\"", path: nil, arguments: ["-Name", "ann", "-Count", "2"])
        #expect(code == 0)
        #expect(normalise(host.stdout) == "ann x 2")
    }

    @Test func interactiveLinesKeepStateAndReportIncompleteInput() {
        let host = TestHost()
        let s = Session(host: host)
        #expect(s.runInteractive(line: "$x = 41") == .completed)
        #expect(s.runInteractive(line: "if ($true) {") == .incomplete)
        #expect(s.runInteractive(line: "$x + 1") == .completed)
        #expect(normalise(host.stdout) == "42")
        #expect(s.runInteractive(line: "exit 5") == .exit(5))
    }

    /// Each entry at the prompt has an Out-Default of its own, as in pwsh: its document ends with
    /// the entry (the empty line before the next prompt), and nothing held back carries over.
    @Test func eachInteractiveEntryIsADocumentOfItsOwn() {
        let host = TestHost()
        let s = Session(host: host)
        _ = s.runInteractive(line: "@{ a = 1 }")
        let first = host.stdout
        host.stdout = ""
        _ = s.runInteractive(line: "[pscustomobject]@{ x = 1 }")
        #expect(host.stdout == "\nx\n-\n1\n\n")
        host.stdout = ""
        _ = s.runInteractive(line: "@{ a = 1 }")
        #expect(host.stdout == first)
        #expect(first == "\nName                           Value\n----                           -----\na                              1\n\n")
    }

    @Test func hooksRunAfterEachTopLevelStatement() {
        let host = TestHost()
        let s = Session(host: host)
        var count = 0
        s.afterTopLevelStatement.append { count += 1 }
        _ = s.runScript(text: "1\n2\n3", path: nil, arguments: [])
        #expect(count == 3)
    }

    @Test func completionOffersCommandsAndParameters() {
        let s = Session(host: TestHost())
        #expect(s.complete(line: "Write-Out", cursor: 9).contains("Write-Output"))
        #expect(s.complete(line: "Write-Host -Fore", cursor: 16) == ["-ForegroundColor"])
    }

    @Test func registeredCmdletsAndTypesAreVisibleToScripts() {
        let host = TestHost()
        let s = Session(host: host)
        s.types.register(TypeRegistry.EmulatedType(fullName: "Contoso.Tools.Probe"))
        s.commands.register(GreetCommand.self)
        s.commands.register(alias: "greet", for: "Get-Greeting")
        _ = s.runScript(text: "greet Ann\n[Contoso.Tools.Probe].FullName\n'Bob' | Get-Greeting -Loud", path: nil, arguments: [])
        #expect(normalise(host.stdout) == "Hello Ann\nContoso.Tools.Probe\nHELLO BOB")
    }

    @Test func viewsRegisteredByTypeNameFormatObjects() {
        let host = TestHost()
        let s = Session(host: host)
        s.views.registerTable(typeName: "Lab.Sku", columns: ["Id", "Units"])
        _ = s.runScript(text: "[pscustomobject]@{ PSTypeName = 'Lab.Sku'; Id = 'E3'; Units = 25; Hidden = 'x' }", path: nil, arguments: [])
        // a view's column without a declared alignment is left-aligned, numbers too
        #expect(normalise(host.stdout) == "\nId Units\n-- -----\nE3 25\n")
    }
}

/// A cmdlet written exactly as the Cmdlet protocol's documentation shows.
final class GreetCommand: Cmdlet {
    static let metadata = CommandMetadata(name: "Get-Greeting", parameters: [
        ParameterMetadata(name: "Name", type: "string[]", position: 0, mandatory: true, valueFromPipeline: true),
        ParameterMetadata(name: "Loud", type: "switch"),
    ])
    init() {}
    func process(_ context: CommandContext) throws {
        for n in context.strings("Name") {
            let t = "Hello " + n
            try context.writeObject(.string(context.switchPresent("Loud") ? t.uppercased() : t))
        }
    }
}

@Test func scriptRootIsAbsoluteForARelativeScriptPath() {
    let host = TestHost()
    let s = Session(host: host)
    _ = s.runScript(text: "$PSScriptRoot; $PSCommandPath", path: "relative-dir/x.ps1", arguments: [])
    let lines = normalise(host.stdout).split(separator: "\n").map(String.init)
    #expect(lines.count == 2)
    #expect(lines.first?.hasPrefix("/") == true && lines.first?.hasSuffix("/relative-dir") == true)
    #expect(lines.last?.hasSuffix("/relative-dir/x.ps1") == true)
}

/// A shared tenant store refreshes before each top-level statement, so a shell that sat idle sees
/// other shells' commits in the very next statement: the hooks run before every statement, never
/// inside one.
@Test func beforeTopLevelStatementHooksRunBeforeEachTopLevelStatement() {
    let host = TestHost()
    let session = Session(host: host)
    var seen: [String] = []
    session.beforeTopLevelStatement.append { seen.append("before:" + host.stdout.replacingOccurrences(of: "\n", with: ",")) }
    _ = session.runScript(text: "'a'\nfunction f { 'in'; 'f' }\nf", path: nil, arguments: [])
    #expect(seen == ["before:", "before:a,", "before:a,"])
    #expect(host.stdout == "a\nin\nf\n")
}
