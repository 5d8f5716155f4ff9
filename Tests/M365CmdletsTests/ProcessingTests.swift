import Foundation
import Licensing
@testable import M365Cmdlets
import PowerShellRuntime
import ScriptTestSupport
import Testing

/// Deferred processing with a simulated delay: work is done once the delay has passed, seen by
/// the next cmdlet even inside one statement (a polling loop).
struct ProcessingTests {
    final class Clock: @unchecked Sendable {
        var now = Date(timeIntervalSince1970: 1_767_225_600)
    }

    @Test func deferredWorkIsDoneWhenTheDelayHasPassed() {
        let clock = Clock()
        let lab = LabSession(empty: true)
        lab.handle.tenant.clock = TenantClock { clock.now }
        let script = """
            Set-LabTenant -ProcessingMode Deferred -ProcessingDelaySeconds 30
            Add-LabSubscription -SkuPartNumber EMS -Units 1
            $g = New-MsolGroup -DisplayName G
            $u = New-MsolUser -UserPrincipalName p@contoso.onmicrosoft.com -DisplayName P -UsageLocation US
            Add-MsolGroupMember -GroupObjectId $g.ObjectId -GroupMemberObjectId $u.ObjectId
            Set-LabGroupLicense -GroupObjectId $g.ObjectId -AddLicenses contoso:EMS
            (Get-MsolUser -ObjectId $u.ObjectId).IsLicensed
            """
        let first = lab.run(script)
        #expect(normalise(first) == "False")
        clock.now += 31
        let second = lab.run("(Get-MsolUser -UserPrincipalName p@contoso.onmicrosoft.com).IsLicensed")
        #expect(normalise(second) == "False\nTrue")
    }
}
