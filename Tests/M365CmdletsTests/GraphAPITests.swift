import Foundation
import Licensing
@testable import M365Cmdlets
import PowerShellRuntime
import ScriptTestSupport
import Testing

/// The Graph operation layer on its own, JSON in and JSON out, as the REST server will call it.
struct GraphAPITests {
    static func router(scopes: [String]? = nil) -> (GraphRouter, Tenant) {
        let tenant = DemoTenant.make(clock: .fixed(LabSession.fixedDate))
        return (GraphRouter(api: GraphAPI(tenant: tenant, grantedScopes: scopes)), tenant)
    }

    static func send(_ router: GraphRouter, _ method: String, _ uri: String, headers: [String: String] = [:], body: String? = nil) throws -> GraphHTTPResponse {
        try router.respond(to: GraphHTTPRequest(method: method, uri: uri, headers: headers, body: body.map { try JsonCodec.parse($0) }))
    }

    static func refusal(_ router: GraphRouter, _ method: String, _ uri: String, headers: [String: String] = [:], body: String? = nil) -> GraphError? {
        do {
            _ = try send(router, method, uri, headers: headers, body: body)
            return nil
        } catch let error as GraphError {
            return error
        } catch {
            return nil
        }
    }

    static func member(_ json: JsonValue?, _ name: String) -> JsonValue? {
        guard case .object(let pairs)? = json else { return nil }
        return pairs.first { $0.0 == name }?.1
    }

    static let e1 = Catalog.standard.product(partNumber: "STANDARDPACK")!.skuId.lowercasedString
    static let liamm = "liamm@contoso.onmicrosoft.com"

    @Test func assignLicenseIsAlsoServedUnderItsNamespaceQualifiedName() throws {
        let (router, tenant) = GraphAPITests.router()
        let r = try GraphAPITests.send(router, "POST", "/v1.0/users/\(GraphAPITests.liamm)/microsoft.graph.assignLicense",
                                       body: #"{"addLicenses":[{"skuId":"\#(GraphAPITests.e1)"}],"removeLicenses":[]}"#)
        #expect(r.status == 200)
        #expect(GraphAPITests.member(r.body, "userPrincipalName") == .string(GraphAPITests.liamm))
        #expect(tenant.licenses(ofUser: tenant.user(userPrincipalName: GraphAPITests.liamm)!.objectId).map(\.skuPartNumber).contains("STANDARDPACK"))
    }

    @Test func groupAssignmentIsAcceptedWithWhereToReadTheGroup() throws {
        let (router, _) = GraphAPITests.router()
        let group = DemoTenant.Groups.allStaff.lowercasedString
        let r = try GraphAPITests.send(router, "POST", "https://graph.microsoft.com/v1.0/groups/\(group)/assignLicense",
                                       body: #"{"addLicenses":[{"skuId":"\#(GraphAPITests.e1)"}],"removeLicenses":[]}"#)
        #expect(r.status == 202)
        #expect(r.headers.first { $0.name == "Location" }?.value.hasSuffix("/directoryObjects/\(group)/Microsoft.DirectoryServices.Group") == true)
    }

    @Test func aUserWithoutSelectLeavesTheLicensingPropertiesOut() throws {
        let (router, _) = GraphAPITests.router()
        let plain = try GraphAPITests.send(router, "GET", "v1.0/users/averyb@contoso.onmicrosoft.com").body
        #expect(GraphAPITests.member(plain, "assignedLicenses") == nil)
        #expect(GraphAPITests.member(plain, "displayName") == .string("Avery Brooks"))
        let selected = try GraphAPITests.send(router, "GET", "v1.0/users/averyb@contoso.onmicrosoft.com?$select=assignedLicenses").body
        #expect(GraphAPITests.member(selected, "assignedLicenses") != nil)
        #expect(GraphAPITests.member(selected, "displayName") == nil)
    }

    @Test func aCountFilterNeedsEventualConsistency() throws {
        let (router, _) = GraphAPITests.router()
        let uri = "v1.0/users?$filter=assignedLicenses/$count eq 0&$count=true"
        #expect(GraphAPITests.refusal(router, "GET", uri) == .unsupportedQuery(property: "assignedLicenses", of: "User"))
        let r = try GraphAPITests.send(router, "GET", uri, headers: ["ConsistencyLevel": "eventual"])
        guard case .array(let users)? = GraphAPITests.member(r.body, "value") else { Issue.record("no value"); return }
        #expect(GraphAPITests.member(r.body, "@odata.count") == .number(String(users.count)))
        #expect(!users.isEmpty)
    }

    @Test func topPagesAndTheNextLinkGivesTheRest() throws {
        let (router, tenant) = GraphAPITests.router()
        var seen: [JsonValue] = []
        var next: String? = "v1.0/users?$top=10&$select=id"
        while let uri = next {
            let r = try GraphAPITests.send(router, "GET", uri)
            if case .array(let page)? = GraphAPITests.member(r.body, "value") { seen += page }
            if case .string(let link)? = GraphAPITests.member(r.body, "@odata.nextLink") { next = link } else { next = nil }
        }
        #expect(seen.count == tenant.activeUsers.count)
    }

    @Test func membersAreAddedAndRemovedByReference() throws {
        let (router, tenant) = GraphAPITests.router()
        let group = DemoTenant.Groups.allStaff, user = DemoTenant.users[0].objectId
        let members = "v1.0/groups/\(group.lowercasedString)/members"
        #expect(try GraphAPITests.send(router, "DELETE", "\(members)/\(user.lowercasedString)/$ref").status == 204)
        #expect(!tenant.members(ofGroup: group).contains { $0.objectId == user })
        let body = #"{"@odata.id":"https://graph.microsoft.com/v1.0/directoryObjects/\#(user.lowercasedString)"}"#
        #expect(try GraphAPITests.send(router, "POST", "\(members)/$ref", body: body).status == 204)
        #expect(tenant.members(ofGroup: group).contains { $0.objectId == user })
    }

    @Test func enforcedPermissionsRefuseWhatTheCallerWasNotGranted() throws {
        let (router, _) = GraphAPITests.router(scopes: ["User.Read.All"])
        #expect(try GraphAPITests.send(router, "GET", "v1.0/users/averyb@contoso.onmicrosoft.com").status == 200)
        #expect(GraphAPITests.refusal(router, "POST", "v1.0/users/\(GraphAPITests.liamm)/assignLicense",
                                      body: #"{"addLicenses":[],"removeLicenses":[]}"#) == .insufficientPrivileges)
    }

    @Test func assignLicenseNeedsBothListsAndSomethingToChange() throws {
        #expect(throws: GraphError.missingParameters(["removeLicenses"], operation: "assignLicense")) {
            _ = try GraphBodyDecoding.assignLicense(try JsonCodec.parse(#"{"addLicenses":[]}"#), resource: "User")
        }
        #expect(throws: GraphError.missingParameters(["addLicenses"], operation: "assignLicense")) {
            _ = try GraphBodyDecoding.assignLicense(try JsonCodec.parse(#"{"removeLicenses":[]}"#), resource: "User")
        }
        let (router, _) = GraphAPITests.router(scopes: nil)
        #expect(GraphAPITests.refusal(router, "POST", "v1.0/users/\(GraphAPITests.liamm)/assignLicense",
                                      body: #"{"addLicenses":[],"removeLicenses":[]}"#) == .noLicenseChanges)
        #expect(GraphAPITests.refusal(router, "POST", "v1.0/users/\(GraphAPITests.liamm)/assignLicense",
                                      body: #"{"addLicenses":[]}"#)?.message.hasSuffix("The missing parameters are: removeLicenses.") == true)
    }

    @Test func anAddLicensesItemWithoutPropertiesAddsNothing() throws {
        let request = try GraphBodyDecoding.assignLicense(try JsonCodec.parse(#"{"addLicenses":[{}],"removeLicenses":[]}"#), resource: "User")
        #expect(request == AssignLicenseRequest())
    }

    @Test func aBodyThatIsNotAJSONObjectIsUnreadable() {
        #expect(throws: GraphError.unreadableBody) { _ = try GraphBodyDecoding.parse("{addLicenses: ") }
        #expect(throws: GraphError.unreadableBody) { _ = try GraphBodyDecoding.assignLicense(.array([]), resource: "User") }
    }

    @Test func aPathTheLabDoesNotServeIsNamed() {
        let (router, _) = GraphAPITests.router()
        #expect(GraphAPITests.refusal(router, "GET", "v1.0/devices") == .segmentNotFound("devices"))
    }

    /// Every Graph SDK cmdlet names the AutoRest variant it runs as through its parameter sets
    /// (as Get-Command shows them), so an error from it can name the variant
    /// (`Set-MgUserLicense_AssignExpanded`).
    @Test func everyGraphSDKCmdletDeclaresItsVariants() {
        let lab = LabSession()
        let out = lab.run("""
            $sdk = @(Get-Command -Module Microsoft.Graph.* | Where-Object { $_.CommandType -eq 'Cmdlet' -and $_.ModuleName -ne 'Microsoft.Graph.Authentication' })
            $sdk.Count -gt 10
            $sdk | Where-Object { @($_.ParameterSets).Count -eq 0 } | ForEach-Object { "$($_.Name) declares no variant" }
            """)
        #expect(normalise(out) == "True", "stderr: \(lab.host.stderr)")
    }

    @Test func anErrorNamesTheVariantTheBinderChose() {
        let lab = LabSession()
        let out = lab.run("""
            Connect-MgGraph -NoWelcome
            New-MgUser -BodyParameter @{ DisplayName = 'X' } -ErrorAction SilentlyContinue
            $Error[0].FullyQualifiedErrorId
            New-MgUser -DisplayName X -ErrorAction SilentlyContinue
            $Error[0].FullyQualifiedErrorId
            """)
        #expect(normalise(out) == """
            Request_BadRequest,Microsoft.Graph.PowerShell.Cmdlets.NewMgUser_Create
            Request_BadRequest,Microsoft.Graph.PowerShell.Cmdlets.NewMgUser_CreateExpanded
            """)
    }
}

/// How the two PowerShell surfaces show one refused request on the error stream.
struct GraphErrorViewTests {
    static let setup = """
        Connect-MgGraph -NoWelcome
        $e3 = (Get-MgSubscribedSku -All | Where-Object SkuPartNumber -eq 'ENTERPRISEPACK').SkuId
        """

    @Test func theSDKCmdletShowsItsVariantTheMessageAndTheStatus() {
        let lab = LabSession()
        lab.run(GraphErrorViewTests.setup + "\nSet-MgUserLicense -UserId averyb@contoso.onmicrosoft.com -AddLicenses @() -RemoveLicenses @($e3)\n'after'")
        #expect(lab.host.stderr.contains("Set-MgUserLicense_AssignExpanded: "))
        #expect(lab.host.stderr.contains("User license is inherited from a group membership and it cannot be removed directly from the user."))
        #expect(lab.host.stderr.contains("Status: 400 (BadRequest)"))
        #expect(normalise(lab.host.stdout) == "after")
    }

    @Test func invokeMgGraphRequestShowsTheHTTPResponse() {
        let lab = LabSession()
        lab.run(GraphErrorViewTests.setup + """

            Invoke-MgGraphRequest -Method POST -Uri 'v1.0/users/averyb@contoso.onmicrosoft.com/assignLicense' -Body @{ addLicenses = @(); removeLicenses = @($e3) }
            """)
        let err = lab.host.stderr
        #expect(err.contains("Invoke-MgGraphRequest: "))
        #expect(err.contains("POST https://graph.microsoft.com/v1.0/users/averyb@contoso.onmicrosoft.com/assignLicense"))
        #expect(err.contains("HTTP/1.1 400 Bad Request"))
        #expect(err.contains(#"{"error":{"code":"Request_BadRequest","message":"User license is inherited from a group membership"#))
    }
}
