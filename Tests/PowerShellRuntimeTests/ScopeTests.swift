import Testing
import Foundation
@testable import PowerShellRuntime
import ScriptTestSupport

/// about_Scopes: functions get a child scope that reads the caller's variables (dynamic
/// scoping) and writes locally; `$script:`/`$global:` reach outward; dot-sourcing runs in place.
@Suite("Scopes")
struct ScopeTests {
    func out(_ script: String) -> String { normalise(runScript(script).out) }

    @Test func functionsReadCallerVariablesButWriteLocally() {
        #expect(out("$v = 1; function f { $v; $v = 2; $v }; f; $v") == "1\n2\n1")
    }

    @Test func scriptAndGlobalQualifiersReachOuterScopes() {
        #expect(out("$n = 0; function inc { $script:n++ }; inc; inc; $n") == "2")
        #expect(out("function g { $global:made = 'yes' }; g; $made") == "yes")
    }

    @Test func dotSourcingRunsInTheCurrentScope() {
        #expect(out(". { $inner = 'kept' }; $inner") == "kept")
        #expect(out("& { $inner = 'lost' }; $null -eq $inner") == "True")
    }

    @Test func privateVariablesAreHiddenFromChildScopes() {
        #expect(out("$private:secret = 's'; function f { $null -eq $secret }; f") == "True")
    }

    @Test func functionsDefinedInAFunctionAreLocalToIt() {
        #expect(out("function outer { function inner { 'in' }; inner }; outer; $null -eq (Get-Command inner -ErrorAction SilentlyContinue)") == "in\nTrue")
    }

    @Test func typeConstraintsStickToTheVariable() {
        #expect(out("[int]$x = '5'; $x = '7'; $x.GetType().Name") == "Int32")
        #expect(out("[int]$x = 1; try { $x = 'abc' } catch { 'rejected' }; $x") == "rejected\n1")
    }

    @Test func getNewClosureCapturesValues() {
        #expect(out("$k = 'a'; $sb = { $k }.GetNewClosure(); $k = 'b'; & $sb") == "a")
    }
}
