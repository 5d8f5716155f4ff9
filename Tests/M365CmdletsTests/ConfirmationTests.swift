import Testing
@testable import M365Cmdlets
import PowerShellRuntime
import ScriptTestSupport

/// Destructive cmdlets ask as the real modules do: MSOnline's Remove cmdlets unless -Force
/// (whatever -Confirm says), Exchange Online's Remove-MailContact under the default
/// $ConfirmPreference (ConfirmImpact High) unless -Confirm:$false.
@Suite struct ConfirmationTests {
    private func run(_ script: String, answers: [String]) -> (out: String, err: String) {
        let lab = LabSession()
        lab.host.inputLines = answers
        lab.run(script)
        return (lab.host.stdout, lab.host.stderr)
    }

    @Test func removeMsolUserWithoutForceAsksAndANoKeepsTheUser() {
        let r = run("Remove-MsolUser -UserPrincipalName averyb@contoso.onmicrosoft.com; (Get-MsolUser -UserPrincipalName averyb@contoso.onmicrosoft.com).DisplayName",
                    answers: ["n"])
        #expect(r.out.contains("Confirm\nContinue with this operation?\n"))
        #expect(r.out.contains("Avery Brooks"))
        #expect(r.err.isEmpty)
    }

    @Test func removeMsolUserWithoutForceDeletesOnYesAndWithForceAsksNothing() {
        let yes = run("Remove-MsolUser -UserPrincipalName averyb@contoso.onmicrosoft.com; @(Get-MsolUser -ReturnDeletedUsers).Count", answers: ["y"])
        #expect(yes.out.contains("Continue with this operation?") && yes.out.hasSuffix("1\n"))
        let forced = run("Remove-MsolUser -UserPrincipalName averyb@contoso.onmicrosoft.com -Force; @(Get-MsolUser -ReturnDeletedUsers).Count", answers: [])
        #expect(!forced.out.contains("Continue with this operation?") && forced.out.hasSuffix("1\n"))
        #expect(forced.err.isEmpty)
    }

    @Test func yesToAllAnswersTheRestOfThePipeline() {
        let r = run("""
            $g1 = New-MsolGroup -DisplayName 'Temp 1'; $g2 = New-MsolGroup -DisplayName 'Temp 2'
            $g1, $g2 | ForEach-Object { $_.ObjectId } | ForEach-Object { Remove-MsolGroup -ObjectId $_ }
            @(Get-MsolGroup -SearchString 'Temp').Count
            """, answers: ["a", "y"])
        #expect(r.out.components(separatedBy: "Continue with this operation?").count - 1 == 2)
        #expect(r.out.hasSuffix("0\n"))
    }

    @Test func withNoOneToAskTheRemovalFailsAsPwshDoes() {
        let r = run("Remove-MsolUser -UserPrincipalName averyb@contoso.onmicrosoft.com; 'after'", answers: [])
        #expect(r.err.contains("PowerShell is in NonInteractive mode. Read and Prompt functionality is not available."))
    }

    @Test func removeMailContactAsksUnderTheDefaultPreferenceButNotWithConfirmFalse() {
        let asked = run("Remove-MailContact -Identity 'Wes Young (old)'; @(Get-MailContact).Count", answers: ["n"])
        #expect(asked.out.contains("Are you sure you want to perform this action?"))
        #expect(asked.out.hasSuffix("1\n"))
        let quiet = run("Remove-MailContact -Identity 'Wes Young (old)' -Confirm:$false; @(Get-MailContact).Count", answers: [])
        #expect(!quiet.out.contains("Are you sure") && quiet.out.hasSuffix("0\n"))
    }
}
