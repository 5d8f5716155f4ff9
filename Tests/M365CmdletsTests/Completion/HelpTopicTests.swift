import Foundation
import Licensing
@testable import M365Cmdlets
import PowerShellRuntime
import ScriptTestSupport
import Testing
import TenantStore

@Suite("Help topics")
struct HelpTopicTests {
    @Test(arguments: LabModule.module.helpTopics.map(\.name))
    func everyCommandATopicSuggestsRunsAgainstTheDemoTenant(_ name: String) throws {
        let lab = LabSession()
        // as `licenselab --demo` has it: the tenant in an in-memory store, for the checkpoint cmdlets
        let store = try TenantStore(inMemory: lab.handle.tenant)
        StoreCmdlets.install(into: lab.session, store: store)
        lab.handle.onReset = { store.adopt($0) }
        let topic = try #require(lab.session.modules.helpTopic(named: name))
        #expect(topic.commands.count >= 5)
        for command in topic.commands {
            let errorsBefore = lab.host.stderr
            _ = lab.session.runInteractive(line: command)
            if command.hasSuffix("# fails") {
                #expect(lab.host.stderr.count > errorsBefore.count, "\(command) should fail at once")
            } else {
                #expect(lab.host.stderr == errorsBefore, "\(command) wrote an error: \(lab.host.stderr.dropFirst(errorsBefore.count))")
            }
        }
    }

    @Test func topicsAreFoundCaseInsensitivelyAndByWildcard() {
        let modules = LabSession().session.modules
        #expect(modules.helpTopic(named: "ABOUT_licenselab")?.name == "about_LicenseLab")
        #expect(modules.helpTopics(matching: "about_*").map(\.name).prefix(3) == ["about_LicenseLab", "about_GroupLicensing", "about_GroupLicensingErrors"])
        #expect(modules.helpTopics(matching: "about_GroupLicensing_*").count == 8)
        #expect(modules.helpTopic(named: "about_Nothing") == nil)
    }

    @Test func aSessionWithoutTheLabModuleHasNoLabTopics() {
        #expect(Session(host: TestHost()).modules.helpTopic(named: "about_LicenseLab") == nil)
    }

    @Test func theGroupErrorsTopicExplainsEveryErrorCode() throws {
        let text = try #require(LabSession().session.modules.helpTopic(named: "about_GroupLicensingErrors")).lines.joined(separator: "\n")
        for code in ["CountViolation", "MutuallyExclusiveViolation", "DependencyViolation", "ProhibitedInUsageLocationViolation"] {
            #expect(text.contains(code))
        }
    }

    @Test func getHelpWorksForEveryCommandInEveryForm() {
        let lab = LabSession()
        for entry in lab.session.allCommands() where entry.kind == .cmdlet {
            for form in ["", " -Examples", " -Full"] {
                let before = lab.host.stderr
                let outBefore = lab.host.stdout.count
                _ = lab.session.runInteractive(line: "Get-Help \(entry.name)\(form)")
                #expect(lab.host.stderr == before, "Get-Help \(entry.name)\(form) failed")
                #expect(lab.host.stdout.count > outBefore, "Get-Help \(entry.name)\(form) printed nothing")
            }
        }
    }
}

@Suite("Tenant completion")
struct TenantCompletionTests {
    private func texts(_ line: String, _ lab: LabSession) -> [String] {
        CompletionEngine(session: lab.session).complete(line: line, cursor: line.count).completionTexts
    }

    private func lab() -> LabSession {
        let lab = LabSession()
        TenantCompletion.register(in: lab.session)
        return lab
    }

    @Test func accountSkuIdsCompleteAfterAddLicenses() {
        let found = texts("Set-MsolUserLicense -UserPrincipalName x -AddLicenses contoso:EM", lab())
        #expect(found == ["contoso:EMS", "contoso:EMSPREMIUM"])
    }

    @Test func userPrincipalNamesCompleteCaseInsensitively() {
        #expect(texts("Get-MsolUser -UserPrincipalName AVERY", lab()) == ["averyb@contoso.onmicrosoft.com"])
    }

    @Test func groupIdsCompleteFromTheGroupsDisplayName() {
        let l = lab()
        let line = "Invoke-LabGroupReprocess -GroupObjectId Power"
        let result = CompletionEngine(session: l.session).complete(line: line, cursor: line.count)
        #expect(result.completionTexts == [DemoTenant.Groups.powerBi.uuidString.lowercased()])
        #expect(result.matches.first?.listItemText.hasPrefix("Power BI Pro (") == true)
    }

    @Test func skuPartNumbersCompleteForAddLabSubscription() {
        #expect(texts("Add-LabSubscription -SkuPartNumber POWER_BI_P", lab()) == ["POWER_BI_PRO"])
    }

    @Test func recipientsCompleteForExchangeIdentity() {
        #expect(!texts("Get-Recipient -Identity a", lab()).isEmpty)
    }

    @Test func membersOfAnMsolUserInAVariableComplete() {
        let l = lab()
        _ = l.session.runInteractive(line: "$u = Get-MsolUser -UserPrincipalName averyb@contoso.onmicrosoft.com")
        #expect(texts("$u.Lic", l).contains("Licenses"))
        #expect(texts("$u.Licenses.AccountSkuI", l) == ["AccountSkuId"])
    }

    @Test func providersFollowATenantReset() {
        let l = lab()
        _ = l.session.runInteractive(line: "Reset-LabTenant -Empty")
        #expect(texts("Get-MsolUser -UserPrincipalName avery", l).isEmpty)
    }
}
