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

/// The install entry point the CLI calls.
struct InstallTests {
    @Test func installRegistersEveryCmdletWithItsModule() {
        let lab = LabSession()
        for entry in M365Module.commandNames {
            #expect(lab.session.commands.cmdlet(named: entry.name) != nil, "\(entry.name)")
        }
        #expect(M365Module.commandNames.contains { $0.module == "MSOnline" && $0.name == "Set-MsolUserLicense" })
    }

    @Test func tenantNameIsThePromptName() {
        let lab = LabSession()
        #expect(M365Module.tenantName(in: lab.session) == "contoso")
        #expect(M365Module.tenantName(in: Session(host: TestHost())) == nil)
    }

    @Test func groupProcessingRunsAfterTheStatementNotInsideTheCmdlet() {
        let lab = LabSession(empty: true)
        let out = lab.run("""
            Add-LabSubscription -SkuPartNumber EMS -Units 1
            $g = New-MsolGroup -DisplayName G
            $u = New-MsolUser -UserPrincipalName z@contoso.onmicrosoft.com -DisplayName Z -UsageLocation US
            Add-MsolGroupMember -GroupObjectId $g.ObjectId -GroupMemberObjectId $u.ObjectId
            & { Set-LabGroupLicense -GroupObjectId $g.ObjectId -AddLicenses contoso:EMS; (Get-MsolUser -ObjectId $u.ObjectId).IsLicensed }
            (Get-MsolUser -ObjectId $u.ObjectId).IsLicensed
            """)
        #expect(normalizedOutput(out) == "False\nTrue")
    }

    @Test func resetReplacesTheTenantInTheSharedHandle() {
        let lab = LabSession()
        var resets = 0
        lab.handle.onReset = { _ in resets += 1 }
        lab.run("Reset-LabTenant -Empty")
        #expect(resets == 1)
        #expect(lab.handle.tenant.users.isEmpty)
    }

    @Test func everyCmdletHasASynopsisAndAnExample() {
        for entry in CmdletCatalog.all {
            let md = entry.type.metadata
            #expect(!md.synopsis.isEmpty, "\(md.name)")
            #expect(!md.examples.isEmpty, "\(md.name)")
            #expect(md.parameters.allSatisfy { $0.helpMessage?.isEmpty == false }, "\(md.name)")
        }
    }
}

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

/// Help examples that state their output are run on a fresh demo tenant (docs cannot rot).
struct HelpExampleTests {
    static var examples: [String] {
        CmdletCatalog.all.flatMap { e in e.type.metadata.examples.filter { $0.expectedOutput != nil }.map { e.type.metadata.name + "|" + $0.code } }
    }

    @Test(arguments: examples)
    func exampleProducesItsStatedOutput(_ entry: String) throws {
        let name = String(entry.prefix { $0 != "|" })
        let code = String(entry.dropFirst(name.count + 1))
        let example = try #require(CmdletCatalog.all.first { $0.type.metadata.name == name }?.type.metadata.examples.first { $0.code == code })
        let lab = LabSession()
        let setup = name.hasPrefix("Get-Mg") || name.hasPrefix("Set-Mg") ? "Connect-MgGraph -NoWelcome\n" : ""
        let out = lab.run(setup + code)
        #expect(normalizedOutput(out) == normalizedOutput(example.expectedOutput ?? ""), "stderr: \(lab.host.stderr)")
    }
}
