import Testing
import Foundation
@testable import PowerShellRuntime
import ScriptTestSupport

/// The built-in Pester as a module of the session: its versions, how Import-Module and
/// autoloading choose one, and that it never replaces a session's own Describe/It (PowerShell's
/// own test suite runs through a Pester written in PowerShell, dot-sourced). The test runner's
/// behaviour itself is pinned by the goldens in Tests/Scripts/pester.
@Suite("Built-in Pester")
struct PesterModuleTests {
    func out(_ script: String) -> String { normalise(runScript(script).out) }

    @Test func versionsCompareByTheirNumericParts() {
        #expect(ModuleVersionOrder.less("5.7.1", "6.0.0"))
        #expect(ModuleVersionOrder.less("6.0.9", "6.0.10"))
        #expect(!ModuleVersionOrder.less("6.0", "6.0.0"))
    }

    @Test func bothVersionsAreListedAndTheHighestIsImported() {
        #expect(out("Get-Module -ListAvailable Pester | ForEach-Object { [string]$_.Version }") == "6.0.0\n5.7.1")
        #expect(out("Import-Module Pester; [string](Get-Module Pester).Version") == "6.0.0")
        #expect(out("Import-Module Pester -MaximumVersion 5.9; [string](Get-Module Pester).Version") == "5.7.1")
    }

    @Test func switchingVersionsReplacesTheCommands() {
        let script = """
        Import-Module Pester -RequiredVersion 5.7.1
        [bool](Get-Command Assert-MockCalled -ErrorAction SilentlyContinue)
        Import-Module Pester -RequiredVersion 6.0.0
        [bool](Get-Command Assert-MockCalled -ErrorAction SilentlyContinue)
        [bool](Get-Command Should-BeString -ErrorAction SilentlyContinue)
        @(Get-Module Pester).Count
        """
        #expect(out(script) == "True\nFalse\nTrue\n1")
    }

    @Test func runningInvokePesterImportsIt() {
        let script = """
        $null -eq (Get-Module Pester)
        try { Invoke-Pester -Path ./no-such-folder } catch { $_.Exception.Message }
        [string](Get-Module Pester).Version
        """
        #expect(out(script) == "True\nCannot find path './no-such-folder' because it does not exist.\n6.0.0")
    }

    @Test func importingNeverReplacesTheSessionsOwnFunctions() {
        let script = """
        function global:It { 'the harness''s It' }
        Import-Module Pester
        It
        (Get-Command Describe).Source
        """
        #expect(out(script) == "the harness's It\nPester")
    }

    @Test func testDriveIsAPathOnlyWhereTestDriveIsSet() {
        #expect(out("$TestDrive = '/tmp'; & { Split-Path (Resolve-Path 'TestDrive:/').Path -Leaf }") == "tmp")
        #expect(out("Test-Path 'TestDrive:/x'") == "False")
    }
}
