import Foundation
import Licensing
@testable import M365Cmdlets
import PowerShellRuntime
import Testing

/// How licensing errors look on the error stream, in both `$ErrorView`s.
struct ErrorViewTests {
    static let failingAssignment = """
        Reset-LabTenant -Empty
        Add-LabSubscription -SkuPartNumber ENTERPRISEPACK -Units 0
        $null = New-MsolUser -UserPrincipalName a@contoso.onmicrosoft.com -DisplayName A -UsageLocation US
        Set-MsolUserLicense -UserPrincipalName a@contoso.onmicrosoft.com -AddLicenses contoso:ENTERPRISEPACK
        """

    @Test func normalViewShowsTheMSOnlineLayout() {
        let lab = LabSession()
        lab.run("$ErrorView = 'NormalView'\n" + ErrorViewTests.failingAssignment)
        let err = lab.host.stderr
        #expect(err.contains("Set-MsolUserLicense : Unable to assign this license because the number of allowed licenses have been assigned."))
        #expect(err.contains("+ CategoryInfo          : OperationStopped: (:) [Set-MsolUserLicense], MicrosoftOnlineException"))
        #expect(err.contains("+ FullyQualifiedErrorId : Microsoft.Online.Administration.Automation.LicenseQuotaExceededException,Microsoft.Online.Administration.Automation.SetUserLicense"))
    }

    @Test func conciseViewShowsTheCommandAndMessage() {
        let lab = LabSession()
        lab.run(ErrorViewTests.failingAssignment)
        #expect(lab.host.stderr.contains("Set-MsolUserLicense"))
        #expect(lab.host.stderr.contains("Unable to assign this license because the number of allowed licenses have been assigned."))
        #expect(lab.host.stdout.isEmpty)
    }

    @Test func graphErrorsNameTheCmdletVariant() {
        let lab = LabSession()
        lab.run("Get-MgUser -All\nConnect-MgGraph -NoWelcome\nGet-MgUser -UserId ghost@contoso.onmicrosoft.com\n$Error[0].FullyQualifiedErrorId")
        #expect(lab.host.stderr.contains("Get-MgUser_List: "))
        #expect(lab.host.stderr.contains("Authentication needed. Please call Connect-MgGraph."))
        #expect(lab.host.stderr.contains("Get-MgUser_Get: "))
        #expect(lab.host.stderr.contains("Status: 404 (NotFound)"))
        #expect(lab.host.stdout.contains("Request_ResourceNotFound,Microsoft.Graph.PowerShell.Cmdlets.GetMgUser_Get"))
    }

    @Test func errorActionIgnoreWritesNothingAndLeavesErrorEmpty() {
        let lab = LabSession()
        let out = lab.run(ErrorViewTests.failingAssignment.replacingOccurrences(of: "contoso:ENTERPRISEPACK", with: "contoso:ENTERPRISEPACK -ErrorAction Ignore") + "\n$Error.Count")
        #expect(lab.host.stderr.isEmpty)
        #expect(out.trimmingCharacters(in: .whitespacesAndNewlines) == "0")
    }
}
