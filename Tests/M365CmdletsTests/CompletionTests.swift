import Foundation
import Licensing
@testable import M365Cmdlets
import PowerShellRuntime
import Testing

/// Tab completion values from the tenant.
struct CompletionTests {
    @Test func completesAccountSkuIdsUpnsAndGraphSkuIds() {
        let lab = LabSession()
        func complete(_ line: String) -> [String] { lab.session.complete(line: line, cursor: line.utf16.count) }
        #expect(complete("Set-MsolUserLicense -AddLicenses contoso:ENT") == ["contoso:ENTERPRISEPACK", "contoso:ENTERPRISEPREMIUM"])
        #expect(complete("Get-MsolUser -UserPrincipalName CAS") == ["caseyd@contoso.onmicrosoft.com"])
        #expect(complete("Set-MgUserLicense -UserId caseyd@contoso.onmicrosoft.com -AddLicenses @() -RemoveLicenses 6fd2")
                == ["6fd2c87f-b296-42f0-b197-1e91e994b900"])
    }

    @Test func skuIdsAreListedWithTheirPartNumbersAndCountryCodesWithTheirNames() {
        let lab = LabSession()
        func listed(_ line: String) -> [String] {
            CompletionEngine(session: lab.session).complete(line: line, cursor: line.count).matches.map(\.listItemText)
        }
        #expect(listed("Set-MgUserLicense -UserId caseyd@contoso.onmicrosoft.com -AddLicenses @{SkuId=6fd2") == ["ENTERPRISEPACK (6fd2c87f-b296-42f0-b197-1e91e994b900)"])
        // a part number finds the id too
        #expect(lab.session.complete(line: "Set-MgUserLicense -RemoveLicenses POWER", cursor: 39) == ["f8a1db68-be16-40ed-86d5-cb42ce701560"])
        #expect(listed("Set-MsolUser -UsageLocation GB") == ["GB (United Kingdom)"])
    }
}
