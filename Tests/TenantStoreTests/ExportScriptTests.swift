import Foundation
import Licensing
import M365Cmdlets
import PowerShellRuntime
import PowerShellSyntax
import ScriptTestSupport
import Testing
@testable import TenantStore

/// `Scripts/export-tenant.ps1`, the script an admin runs in real pwsh with the Graph SDK, run
/// unchanged in the lab against its own Graph cmdlets: its file imports back to an equal tenant
/// (equal up to the pseudonyms with -Anonymize), and it uses only commands and parameters real
/// pwsh 7.4 and the Microsoft.Graph modules have.
@Suite struct ExportScriptTests {
    static let script = PackageLayout.root.appendingPathComponent("Scripts/export-tenant.ps1").path

    /// Exports the session's tenant with the script, imports the file, and returns the output.
    private func roundTrip(_ s: StoredSession, file: String, anonymize: Bool = false) -> String {
        s.run("""
            Connect-MgGraph -Scopes User.Read.All, Group.Read.All, Organization.Read.All -NoWelcome
            Checkpoint-LabTenant -Name before -Force
            & '\(Self.script)' -Path '\(file)' -SkipConnect\(anonymize ? " -Anonymize" : "")
            Import-LabTenant -Path '\(file)' -Force
            """)
    }

    /// What must survive the trip, by objectId: each user's records and memberships, each
    /// group's members, rule and licenses, and the seats.
    private struct Shape: Equatable {
        var users: [UUID: [String]] = [:]
        var groups: [UUID: [String]] = [:]
        var seats: [String] = []
        init(_ s: TenantSnapshot) {
            for u in s.users {
                // the order a user joined its groups is not in Graph's answers: compared as a set
                users[u.objectId] = [u.usageLocation ?? "-", "\(u.accountEnabled)", "\(u.memberOf.map(\.uuidString).sorted())", String(u.userPrincipalName.split(separator: "@").last ?? "")]
                    + u.records.map { "\($0.skuId) \($0.source) \($0.state) \($0.error) \($0.disabledPlans)" }
            }
            for g in s.groups {
                groups[g.objectId] = ["\(g.members.elements)", "\(g.licenses)", g.membershipRuleProcessingState ?? "-", "\(g.groupTypes)", "\(g.securityEnabled)"]
            }
            seats = s.subscribedSkus.map { "\($0.skuPartNumber) \($0.enabledUnits) \($0.warningUnits) \($0.suspendedUnits) \($0.lockedOutUnits)" }
        }
    }

    @Test func theDemoTenantExportedByTheScriptImportsBackEqual() throws {
        let dir = TemporaryDirectory()
        let s = try StoredSession(dir.file("t.sqlite"))
        let before = s.store.tenant.snapshot()
        let errorsBefore = s.run("(Get-MsolUser -HasErrorsOnly).UserPrincipalName -join ','")
        let out = roundTrip(s, file: dir.file("export.json"))
        #expect(s.host.stderr == "")
        #expect(out.contains("Exported 24 users, 5 groups and 9 products of tenant 'contoso'"))
        #expect(s.run("Compare-LabTenant -Reference before | Measure-Object | ForEach-Object Count") == "0\n")
        let after = s.store.tenant.snapshot()
        #expect(Shape(after) == Shape(before))
        #expect(after.users.map(\.userPrincipalName) == before.users.map(\.userPrincipalName))
        #expect(after.users.map(\.attributes) == before.users.map(\.attributes))
        func mailboxes(_ s: TenantSnapshot) -> Set<String> {
            Set(s.recipients.filter { $0.recipientType == .userMailbox }.map { "\($0.externalDirectoryObjectId!) \($0.emailAddresses)" })
        }
        #expect(mailboxes(after) == mailboxes(before))
        // the errors the service recorded are there at once, as the portal shows them
        #expect(errorsBefore.count > 10)
        #expect(s.run("(Get-MsolUser -HasErrorsOnly).UserPrincipalName -join ','") == errorsBefore)
    }

    @Test func anAnonymizedExportKeepsEverythingButTheNamesAndRulesStillSelectTheSameUsers() throws {
        let dir = TemporaryDirectory()
        let s = try StoredSession(dir.file("t.sqlite"))
        s.run("""
            Connect-MgGraph -Scopes Group.ReadWrite.All, User.ReadWrite.All -NoWelcome
            Update-MgUser -UserId averyb@contoso.onmicrosoft.com -Department Sales
            Update-MgUser -UserId blakec@contoso.onmicrosoft.com -Department SALES
            $null = New-MgGroup -DisplayName 'Sales (dynamic)' -MailEnabled:$false -MailNickname salesdyn -SecurityEnabled -GroupTypes DynamicMembership -MembershipRule 'user.department -eq "Sales"'
            """)
        let before = s.store.tenant.snapshot()
        _ = roundTrip(s, file: dir.file("anon.json"), anonymize: true)
        #expect(s.host.stderr == "")
        let after = s.store.tenant.snapshot()
        #expect(Shape(after) == Shape(before))
        // names are pseudonyms; domains are kept
        for (a, b) in zip(after.users, before.users) {
            #expect(a.userPrincipalName != b.userPrincipalName && a.displayName != b.displayName)
            #expect(a.userPrincipalName.split(separator: "@").last == b.userPrincipalName.split(separator: "@").last)
        }
        let text = try String(contentsOfFile: dir.file("anon.json"), encoding: .utf8)
        for secret in ["Avery", "averyb", "Sales (dynamic)", "\"Sales\""] { #expect(!text.contains(secret), "\(secret) left in the anonymized file") }
        // the rule was rewritten with the department's pseudonym: re-evaluated, it keeps its members
        let group = try #require(after.groups.first { $0.isDynamic })
        #expect(group.membershipRule != "user.department -eq \"Sales\"")
        s.run("Invoke-LabGroupReprocess -GroupObjectId \(group.objectId.lowercasedString)")
        #expect(s.store.tenant.group(id: group.objectId)?.members == before.groups.first { $0.isDynamic }?.members)
    }

    @Test func aGeneratedTenantWithDynamicGroupsTripsEqual() throws {
        let dir = TemporaryDirectory()
        let s = try StoredSession(dir.file("t.sqlite"))
        s.run("""
            New-LabTenant -Users 300 -Groups 6 -Seed 3 -Force
            Connect-MgGraph -Scopes Group.ReadWrite.All, User.ReadWrite.All -NoWelcome
            Get-MgUser -All -Top 40 | ForEach-Object { Update-MgUser -UserId $_.Id -Department Ops -Country DE }
            $null = New-MgGroup -DisplayName 'Ops DE' -MailEnabled:$false -MailNickname opsde -SecurityEnabled -GroupTypes DynamicMembership -MembershipRule 'user.department -eq "Ops" -and user.country -in ["DE","AT"]' -MembershipRuleProcessingState Paused
            """)
        let before = s.store.tenant.snapshot()
        _ = roundTrip(s, file: dir.file("gen.json"))
        #expect(s.host.stderr == "")
        let after = Shape(s.store.tenant.snapshot()), expected = Shape(before)
        let differing = expected.users.keys.filter { after.users[$0] != expected.users[$0] }
        func firstDifference(_ a: [String], _ b: [String]) -> String {
            if a.count != b.count { return "\(a.count) items instead of \(b.count): \(a.suffix(1)) / \(b.suffix(1))" }
            for (x, y) in zip(a, b) where x != y { return "\(x.prefix(160)) instead of \(y.prefix(160))" }
            return "same"
        }
        #expect(differing.isEmpty, "\(differing.count) users differ; the first: \(differing.first.map { firstDifference(after.users[$0] ?? [], expected.users[$0] ?? []) } ?? "")")
        let groupsDiffering = expected.groups.keys.filter { after.groups[$0] != expected.groups[$0] }
        #expect(groupsDiffering.isEmpty, "groups differ: \(groupsDiffering.map { "\(after.groups[$0]?.dropFirst() ?? []) instead of \(expected.groups[$0]?.dropFirst() ?? [])" }.prefix(2))")
        #expect(after.seats == expected.seats)
        #expect(s.run("Compare-LabTenant -Reference before | Measure-Object | ForEach-Object Count") == "0\n")
    }

    /// The allow-list: `Command: -Param ...` per line (Tests/M365Scripts/export/pwsh-graph-commands.txt).
    static func allowList() throws -> [String: Set<String>] {
        let url = PackageLayout.root.appendingPathComponent("Tests/M365Scripts/export/pwsh-graph-commands.txt")
        var list: [String: Set<String>] = [:]
        for line in try String(contentsOf: url, encoding: .utf8).split(separator: "\n") where !line.hasPrefix("#") && line.contains(":") {
            let parts = line.split(separator: ":", maxSplits: 1)
            list[String(parts[0]).trimmingCharacters(in: .whitespaces).lowercased()] =
                Set(parts[1].split(separator: " ").map { $0.trimmingCharacters(in: CharacterSet(charactersIn: "- ")).lowercased() }.filter { !$0.isEmpty })
        }
        return list
    }

    static let commonParameters: Set<String> = ["debug", "erroraction", "errorvariable", "informationaction", "informationvariable",
                                                "outbuffer", "outvariable", "pipelinevariable", "progressaction", "verbose",
                                                "warningaction", "warningvariable", "whatif", "confirm"]

    @Test func theScriptUsesOnlyCommandsAndParametersRealPwshAndTheGraphModulesHave() throws {
        let allowed = try Self.allowList()
        #expect(allowed.count >= 8)
        let text = try String(contentsOfFile: Self.script, encoding: .utf8)
        let parsed = Parser.parse(text)
        #expect(parsed.errors.isEmpty, "\(parsed.errors)")
        var used: [String] = []
        var problems: [String] = []
        AstWalker.walk(parsed.scriptBlock) { node in
            guard let c = node as? CommandAst else { return true }
            // `& $scriptBlock`: not a command name
            guard let name = c.commandName, c.invocationOperator != .ampersand || !name.hasPrefix("$") else { return true }
            let key = name.lowercased()
            used.append(key)
            guard let parameters = allowed[key] else {
                problems.append("line \(c.extent.startLine): \(name) is not a pwsh 7.4 or Microsoft.Graph command on the allow-list")
                return true
            }
            for element in c.commandElements {
                guard case .parameter(let p) = element else { continue }
                let parameter = p.parameterName.lowercased()
                if !parameters.contains(parameter) && !Self.commonParameters.contains(parameter) {
                    problems.append("line \(c.extent.startLine): \(name) has no parameter -\(p.parameterName) (or it is an alias or an abbreviation)")
                }
            }
            return true
        }
        #expect(problems.isEmpty, "\(problems.joined(separator: "\n"))")
        #expect(Set(used).isSuperset(of: ["get-mguser", "get-mggroup", "get-mggroupmember", "get-mgsubscribedsku", "get-mgorganization",
                                          "write-progress", "convertto-json", "set-content"]))
    }

    @Test func theLintFindsACommandOrParameterOffTheList() throws {
        let allowed = try Self.allowList()
        #expect(allowed["get-mguser"]?.contains("property") == true)
        #expect(allowed["get-mguser"]?.contains("select") != true, "aliases are not listed")
        #expect(allowed["import-labtenant"] == nil)
    }
}

/// `licenselab --tenant FILE --import export.json`: the tenant file is replaced before anything
/// runs; an invalid export stops with code 1 and the file is left as it was.
@Suite(.serialized) struct ImportOptionTests {
    @Test func theImportOptionReplacesTheTenantBeforeTheCommandRuns() throws {
        let binary = try #require(licenselabBinary(), "build licenselab first (swift build)")
        let dir = TemporaryDirectory()
        let tenant = dir.file("t.sqlite"), export = dir.file("export.json")
        try TenantFileVersion3Tests.file.write(toFile: export, atomically: true, encoding: .utf8)
        let (code, out) = try runLicenselab(binary, ["--tenant", tenant, "--import", export, "-c",
                                                     "(Get-MsolUser -All).Count; (Get-MsolAccountSku).AccountSkuId -join ','"])
        #expect(code == 0)
        #expect(out == "4\nfabrikam:LAB_PHONE_ADDON,fabrikam:ENTERPRISEPACK\n")
        // the file keeps it: a later run without --import sees the imported tenant
        let (_, again) = try runLicenselab(binary, ["--tenant", tenant, "-c", "(Get-MsolGroup).DisplayName"])
        #expect(again == "Sales phones\n")
    }

    @Test func anInvalidExportStopsWithCodeOneAndChangesNothing() throws {
        let binary = try #require(licenselabBinary(), "build licenselab first (swift build)")
        let dir = TemporaryDirectory()
        let tenant = dir.file("t.sqlite"), export = dir.file("bad.json")
        try #"{"name": "x", "usres": []}"#.write(toFile: export, atomically: true, encoding: .utf8)
        _ = try runLicenselab(binary, ["--tenant", tenant, "-c", "'made'"])
        let (code, out) = try runLicenselab(binary, ["--tenant", tenant, "--import", export, "-c", "'not reached'"])
        #expect(code == 1)
        #expect(!out.contains("not reached"))
        let (_, users) = try runLicenselab(binary, ["--tenant", tenant, "-c", "(Get-MsolUser -All).Count"])
        #expect(users == "24\n")
    }
}
