import Foundation
import Licensing
@testable import M365Cmdlets
import PowerShellRuntime
import Testing

/// Tab completion values from the tenant.
struct CompletionTests {
    @Test func completesAccountSkuIdsUpnsAndGraphSkuIds() {
        let lab = LabSession()
        #expect(M365Module.argumentCompletions(in: lab.session, command: "Set-MsolUserLicense", parameter: "AddLicenses", prefix: "contoso:ENT")
                == ["contoso:ENTERPRISEPACK", "contoso:ENTERPRISEPREMIUM"])
        #expect(M365Module.argumentCompletions(in: lab.session, command: "Get-MsolUser", parameter: "UserPrincipalName", prefix: "CAS")
                == ["caseyd@contoso.onmicrosoft.com"])
        #expect(M365Module.argumentCompletions(in: lab.session, command: "Set-MgUserLicense", parameter: "AddLicenses", prefix: "6fd2")
                == ["6fd2c87f-b296-42f0-b197-1e91e994b900"])
        #expect(M365Module.argumentCompletions(in: lab.session, command: "Get-MsolUser", parameter: "Verbose", prefix: "").isEmpty)
    }
}
