import Foundation
import Licensing
@testable import M365Cmdlets
import PowerShellRuntime
import ScriptTestSupport
import TenantStore
import Testing

/// `licenselab serve` without the network: tokens, the error envelope, request ids, the version
/// segment, bodies, scopes, paging addresses and what a request leaves in the tenant file.
struct GraphServiceTests {
    static let base = "http://127.0.0.1:8080"

    static func service(_ tenant: Tenant = DemoTenant.make()) throws -> (GraphService, TenantStore) {
        let store = try TenantStore(inMemory: tenant)
        return (try GraphService(store: store, baseURL: base, requestIds: .sequential()), store)
    }

    static func send(_ service: GraphService, _ method: String, _ target: String, token: String?, body: String = "",
                     headers: [(name: String, value: String)] = []) -> GraphServerResponse {
        var all = headers
        if let token { all.append(("Authorization", "Bearer " + token)) }
        return service.handle(GraphServerRequest(method: method, target: target, headers: all, body: Array(body.utf8)))
    }

    static func json(_ r: GraphServerResponse) throws -> JsonValue { try JsonCodec.parse(r.bodyText) }

    static func member(_ json: JsonValue?, _ path: String...) -> JsonValue? {
        var current = json
        for name in path {
            guard case .object(let pairs)? = current else { return nil }
            current = pairs.first { $0.0 == name }?.1
        }
        return current
    }

    static func header(_ r: GraphServerResponse, _ name: String) -> String? {
        r.headers.first { $0.name.caseInsensitiveCompare(name) == .orderedSame }?.value
    }

    @Test func aRequestWithoutATokenGetsGraphsUnauthorizedEnvelope() throws {
        let (service, _) = try Self.service()
        let r = Self.send(service, "GET", "/v1.0/users", token: nil)
        #expect(r.status == 401)
        let body = try Self.json(r)
        #expect(Self.member(body, "error", "code") == .string("InvalidAuthenticationToken"))
        #expect(Self.member(body, "error", "message") == .string("Access token is empty."))
        #expect(Self.member(body, "error", "innerError", "request-id") == .string(Self.header(r, "request-id") ?? "?"))
        #expect(Self.header(r, "WWW-Authenticate")?.hasPrefix("Bearer ") == true)
    }

    @Test func aTokenThatIsNotAJWTIsAParsingFailure() throws {
        let (service, _) = try Self.service()
        let r = Self.send(service, "GET", "/v1.0/users", token: "fake-token")
        #expect(r.status == 401)
        #expect(Self.member(try Self.json(r), "error", "message") == .string("CompactToken parsing failed with error code: 80049217"))
    }

    @Test func aTokenSignedForAnotherTenantFileIsRefused() throws {
        let (service, _) = try Self.service()
        let (other, _) = try Self.service()
        let r = Self.send(service, "GET", "/v1.0/users", token: other.makeToken())
        #expect(r.status == 401)
        #expect(Self.member(try Self.json(r), "error", "message") == .string("Access token validation failure."))
    }

    @Test func anExpiredTokenIsRefusedForItsLifetime() throws {
        let tenant = DemoTenant.make()
        let store = try TenantStore(inMemory: tenant)
        let past = try GraphService(store: store, baseURL: Self.base, clock: { Date(timeIntervalSinceNow: -7200) })
        let now = try GraphService(store: store, baseURL: Self.base)
        let r = Self.send(now, "GET", "/v1.0/users", token: past.makeToken(validFor: 600))
        #expect(r.status == 401)
        #expect(Self.member(try Self.json(r), "error", "message") == .string("Lifetime validation failed, the token is expired."))
    }

    @Test func theClientsRequestIdIsEchoedInHeadersAndErrors() throws {
        let (service, _) = try Self.service()
        let r = Self.send(service, "GET", "/v1.0/users/nobody@contoso.onmicrosoft.com", token: service.makeToken(),
                          headers: [("client-request-id", "abc-123")])
        #expect(r.status == 404)
        #expect(Self.header(r, "client-request-id") == "abc-123")
        #expect(Self.member(try Self.json(r), "error", "innerError", "client-request-id") == .string("abc-123"))
        #expect(Self.member(try Self.json(r), "error", "code") == .string("Request_ResourceNotFound"))
    }

    @Test func pagesLinkToTheServerNotToGraph() throws {
        let (service, _) = try Self.service()
        let r = Self.send(service, "GET", "/v1.0/users?$top=2", token: service.makeToken())
        #expect(r.status == 200)
        guard case .string(let next)? = Self.member(try Self.json(r), "@odata.nextLink") else {
            Issue.record("no nextLink")
            return
        }
        #expect(next.hasPrefix(Self.base + "/v1.0/users?"))
        #expect(next.contains("$skiptoken=X%27"))   // opaque, in the shape of Graph's own (X'hex')
        let target = String(next.dropFirst(Self.base.count))
        let second = Self.send(service, "GET", target, token: service.makeToken())
        guard case .array(let items)? = Self.member(try Self.json(second), "value") else {
            Issue.record("no page")
            return
        }
        #expect(items.count == 2)
    }

    @Test func onlyVersionOnePointZeroIsServed() throws {
        let (service, _) = try Self.service()
        let beta = Self.send(service, "GET", "/beta/users", token: service.makeToken())
        #expect(beta.status == 400)
        let other = Self.send(service, "GET", "/v2.0/users", token: service.makeToken())
        #expect(Self.member(try Self.json(other), "error", "message") == .string("Invalid version: v2.0"))
    }

    @Test func aBodyThatIsNotJSONGetsGraphsPayloadError() throws {
        let (service, _) = try Self.service()
        let r = Self.send(service, "POST", "/v1.0/users/liamm@contoso.onmicrosoft.com/assignLicense", token: service.makeToken(),
                          body: "{addLicenses: [")
        #expect(r.status == 400)
        #expect(Self.member(try Self.json(r), "error", "code") == .string("BadRequest"))
    }

    @Test func withScopesEnforcedATokenWithoutAWritePermissionGets403() throws {
        let tenant = DemoTenant.make()
        tenant.settings.enforceGraphScopes = true
        let (service, _) = try Self.service(tenant)
        let e1 = Catalog.standard.product(partNumber: "STANDARDPACK")!.skuId.lowercasedString
        let body = #"{"addLicenses":[{"skuId":"\#(e1)"}],"removeLicenses":[]}"#
        let readOnly = service.makeToken(scopes: ["User.Read.All"])
        let refused = Self.send(service, "POST", "/v1.0/users/liamm%40contoso.onmicrosoft.com/assignLicense", token: readOnly, body: body)
        #expect(refused.status == 403)
        #expect(Self.member(try Self.json(refused), "error", "code") == .string("Authorization_RequestDenied"))
        let writer = service.makeToken(scopes: ["LicenseAssignment.ReadWrite.All"])
        let done = Self.send(service, "POST", "/v1.0/users/liamm%40contoso.onmicrosoft.com/assignLicense", token: writer, body: body)
        #expect(done.status == 200)
    }

    @Test func aGroupAssignmentIsProcessedBeforeTheAnswerAndItsErrorsAreOnTheMembers() throws {
        let (service, _) = try Self.service()
        let token = service.makeToken()
        let pbi = Catalog.standard.product(partNumber: "POWER_BI_PRO")!.skuId.lowercasedString
        let group = DemoTenant.Groups.allStaff.lowercasedString
        let r = Self.send(service, "POST", "/v1.0/groups/\(group)/assignLicense", token: token,
                          body: #"{"addLicenses":[{"skuId":"\#(pbi)"}],"removeLicenses":[]}"#)
        #expect(r.status == 202)
        #expect(Self.header(r, "Location") != nil)
        let errors = Self.send(service, "GET", "/v1.0/groups/\(group)/membersWithLicenseErrors", token: token)
        guard case .array(let members)? = Self.member(try Self.json(errors), "value") else {
            Issue.record("no members")
            return
        }
        #expect(!members.isEmpty)
        guard case .string(let id)? = Self.member(members.first, "id") else { return }
        let user = Self.send(service, "GET", "/v1.0/users/\(id)?$select=licenseAssignmentStates", token: token)
        #expect(user.bodyText.contains(#""error":"CountViolation""#))
        #expect(user.bodyText.contains(#""assignedByGroup":"\#(group)""#))
    }

    @Test func aDirectoryObjectIsTheUserOrGroupItsIdNamesWithItsType() throws {
        let (service, _) = try Self.service()
        let token = service.makeToken()
        let group = Self.send(service, "GET", "/v1.0/directoryObjects/\(DemoTenant.Groups.allStaff.lowercasedString)", token: token)
        #expect(Self.member(try Self.json(group), "@odata.type") == .string("#microsoft.graph.group"))
        #expect(Self.member(try Self.json(group), "displayName") == .string("All Staff"))
        let users = Self.send(service, "GET", "/v1.0/users?$top=1", token: token)
        guard case .array(let items)? = Self.member(try Self.json(users), "value"), case .string(let id)? = Self.member(items.first, "id") else {
            Issue.record("no user")
            return
        }
        let user = Self.send(service, "GET", "/v1.0/directoryObjects/\(id)", token: token)
        #expect(Self.member(try Self.json(user), "@odata.type") == .string("#microsoft.graph.user"))
        #expect(Self.send(service, "GET", "/v1.0/directoryObjects/\(UUID().uuidString)", token: token).status == 404)
    }

    @Test func aChangeMadeOverRESTIsInTheTenantFileForOtherProcesses() throws {
        let directory = (NSTemporaryDirectory() as NSString).appendingPathComponent("licenselab-serve-\(UUID().uuidString)")
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let path = (directory as NSString).appendingPathComponent("tenant.sqlite")
        let serverStore = try TenantStore(path: path)
        let service = try GraphService(store: serverStore, baseURL: Self.base)
        let shellStore = try TenantStore(path: path)
        let e1 = Catalog.standard.product(partNumber: "STANDARDPACK")!.skuId
        let r = Self.send(service, "POST", "/v1.0/users/liamm@contoso.onmicrosoft.com/assignLicense", token: service.makeToken(),
                          body: #"{"addLicenses":[{"skuId":"\#(e1.lowercasedString)"}],"removeLicenses":[]}"#)
        #expect(r.status == 200)
        shellStore.refresh()
        let liam = try #require(shellStore.tenant.user(userPrincipalName: "liamm@contoso.onmicrosoft.com"))
        #expect(shellStore.tenant.licenses(ofUser: liam.objectId).contains { $0.skuId == e1 })
        // and a token made by the shell's store is accepted by the server: one key per file
        let key = try shellStore.secret(named: GraphToken.keyName)
        let shellToken = GraphToken(tenantId: shellStore.tenant.tenantId, issuedAt: Date(), expiresAt: Date(timeIntervalSinceNow: 60)).encoded(key: key)
        #expect(Self.send(service, "GET", "/v1.0/organization", token: shellToken).status == 200)
        serverStore.finish()
        shellStore.finish()
    }

    // MARK: throttling

    /// A clock the test moves.
    final class TestClock: @unchecked Sendable {
        var now = Date(timeIntervalSince1970: 1_800_000_000)
    }

    static func throttledService() throws -> (GraphService, TestClock) {
        let tenant = DemoTenant.make()
        tenant.settings.graphThrottling = .documented
        let clock = TestClock()
        let store = try TenantStore(inMemory: tenant)
        return (try GraphService(store: store, baseURL: base, requestIds: .sequential(), clock: { clock.now }), clock)
    }

    @Test func withoutThrottlingNoResourceUnitsAreReported() throws {
        let (service, _) = try Self.service()
        let r = Self.send(service, "GET", "/v1.0/subscribedSkus", token: service.makeToken())
        #expect(Self.header(r, "x-ms-resource-unit") == nil)
    }

    @Test func documentedThrottlingRefusesTheRequestThatExceedsTheTenSecondResourceUnitBudget() throws {
        let (service, clock) = try Self.throttledService()
        let token = service.makeToken(validFor: 86_400)
        // the demo tenant has under 50 users (S: 3,500 units per 10 s); GET subscribedSkus costs 3
        var last = Self.send(service, "GET", "/v1.0/subscribedSkus", token: token)
        #expect(Self.header(last, "x-ms-resource-unit") == "3")
        #expect(Self.header(last, "x-ms-throttle-limit-percentage") == nil)
        for _ in 2...1166 { last = Self.send(service, "GET", "/v1.0/subscribedSkus", token: token) }
        #expect(last.status == 200)
        #expect(Self.header(last, "x-ms-throttle-limit-percentage") == "1.0")
        let refused = Self.send(service, "GET", "/v1.0/subscribedSkus", token: token)
        #expect(refused.status == 429)
        #expect(Self.header(refused, "Retry-After") == "10")
        #expect(Self.header(refused, "x-ms-throttle-information") == "ResourceUnitLimitExceeded")
        #expect(Self.header(refused, "x-ms-throttle-scope")?.hasPrefix("Tenant_Application/ReadWrite/") == true)
        #expect(Self.member(try Self.json(refused), "error", "code") == .string("TooManyRequests"))
        #expect(Self.member(try Self.json(refused), "error", "message") == .string("Please retry again later."))
        // a cheaper request still fits; after the window everything does again
        #expect(Self.send(service, "GET", "/v1.0/organization?$select=id", token: token).status == 200)
        clock.now += 4
        #expect(Self.header(Self.send(service, "GET", "/v1.0/subscribedSkus", token: token), "Retry-After") == "6")
        clock.now += 6
        #expect(Self.send(service, "GET", "/v1.0/subscribedSkus", token: token).status == 200)
    }

    @Test func documentedThrottlingAllowsThreeThousandWritesPerTwoAndAHalfMinutes() throws {
        let (service, clock) = try Self.throttledService()
        let token = service.makeToken(validFor: 86_400)
        var statuses: [Int] = []
        for i in 0..<3001 {
            // spread over 120 s so the 10 s resource-unit budget is never the limit
            clock.now += 0.04
            let r = Self.send(service, "PATCH", "/v1.0/users/liamm@contoso.onmicrosoft.com", token: token,
                              body: #"{"displayName":"Liam \#(i)"}"#)
            statuses.append(r.status)
            if r.status == 429 {
                #expect(Self.header(r, "x-ms-throttle-information") == "WriteLimitExceeded")
                #expect(Self.header(r, "x-ms-throttle-scope")?.hasPrefix("Tenant_Application/Write/") == true)
            }
        }
        #expect(statuses.prefix(3000).allSatisfy { $0 == 204 })
        #expect(statuses.last == 429)
        // reads are still served while writes are throttled
        #expect(Self.send(service, "GET", "/v1.0/organization", token: token).status == 200)
    }

    // MARK: the request log

    @Test func everyRequestIsLoggedInTheTenantFileWithItsCallerAndTheNewestAreKept() throws {
        let tenant = DemoTenant.make()
        tenant.settings.graphRequestLogSize = 3
        let (service, store) = try Self.service(tenant)
        _ = Self.send(service, "GET", "/v1.0/users", token: nil)
        _ = Self.send(service, "GET", "/v1.0/organization", token: service.makeToken(), headers: [("client-request-id", "c-1")])
        let delegated = GraphToken(scopes: ["User.Read.All"], tenantId: tenant.tenantId, userPrincipalName: "liamm@contoso.onmicrosoft.com",
                                   issuedAt: Date(), expiresAt: Date(timeIntervalSinceNow: 600))
            .encoded(key: try store.secret(named: GraphToken.keyName))
        _ = Self.send(service, "GET", "/v1.0/users/nobody@contoso.onmicrosoft.com", token: delegated)
        _ = Self.send(service, "GET", "/v1.0/subscribedSkus", token: delegated)
        service.flushLog()
        let log = try store.graphRequests()
        #expect(log.map(\.status) == [200, 404, 200])
        #expect(log.map(\.target) == ["/v1.0/organization", "/v1.0/users/nobody@contoso.onmicrosoft.com", "/v1.0/subscribedSkus"])
        #expect(log[0].caller.hasPrefix("app:LicenseLab ("))
        #expect(log[0].clientRequestId == "c-1")
        #expect(log[1].caller == "liamm@contoso.onmicrosoft.com")
        #expect(log.allSatisfy { !$0.requestId.isEmpty && $0.durationMilliseconds >= 0 })
    }

    @Test func getLabGraphRequestShowsTheServersRequestsFilteredByStatusMethodAndPath() throws {
        let tenant = DemoTenant.make()
        let (service, store) = try Self.service(tenant)
        _ = Self.send(service, "GET", "/v1.0/users", token: nil)
        _ = Self.send(service, "GET", "/v1.0/organization", token: service.makeToken())
        _ = Self.send(service, "POST", "/v1.0/users/liamm@contoso.onmicrosoft.com/assignLicense", token: service.makeToken(), body: "{")
        service.flushLog()
        let handle = TenantHandle(tenant)
        let lab = ScriptSession { M365Module.install(into: $0, tenant: handle, store: store, requestIds: .sequential()) }
        lab.run("""
            Get-LabGraphRequest -StatusCode 401, 400 | ForEach-Object { "$($_.Method) $($_.Path) $($_.StatusCode) $($_.Caller)" }
            (Get-LabGraphRequest -Method POST).Count
            (Get-LabGraphRequest '*organization*' -Last 1).StatusCode
            """)
        #expect(lab.host.stdout == """
            GET /v1.0/users 401 (no valid token)
            POST /v1.0/users/liamm@contoso.onmicrosoft.com/assignLicense 400 app:LicenseLab (\(GraphToken.labAppId.uuidString.lowercased()))
            1
            200

            """)
        #expect(lab.host.stderr == "")
    }

    // MARK: JSON batching

    @Test func aBatchRunsItsRequestsInDependencyOrderAndFailsDependentsOfAFailure() throws {
        let (service, store) = try Self.service()
        let e1 = Catalog.standard.product(partNumber: "STANDARDPACK")!.skuId.lowercasedString
        let body = """
            {"requests":[
              {"id":"3","method":"GET","url":"/users/liamm@contoso.onmicrosoft.com?$select=assignedLicenses","dependsOn":["1"]},
              {"id":"1","method":"POST","url":"/users/liamm@contoso.onmicrosoft.com/assignLicense",
               "headers":{"Content-Type":"application/json"},"body":{"addLicenses":[{"skuId":"\(e1)"}],"removeLicenses":[]}},
              {"id":"2","method":"GET","url":"users/nobody@contoso.onmicrosoft.com"},
              {"id":"4","method":"GET","url":"/organization","dependsOn":["2"]}
            ]}
            """
        let r = Self.send(service, "POST", "/v1.0/$batch", token: service.makeToken(), body: body)
        #expect(r.status == 200)
        guard case .array(let responses)? = Self.member(try Self.json(r), "responses") else {
            Issue.record("no responses")
            return
        }
        func status(_ id: String) -> JsonValue? { Self.member(responses.first { Self.member($0, "id") == .string(id) }, "status") }
        #expect(responses.compactMap { Self.member($0, "id") } == [.string("1"), .string("3"), .string("2"), .string("4")])
        #expect(status("1") == .number("200"))
        #expect(status("3") == .number("200"))
        #expect(status("2") == .number("404"))
        #expect(status("4") == .number("424"))
        let third = responses.first { Self.member($0, "id") == .string("3") }
        guard case .array(let licenses)? = Self.member(Self.member(third, "body"), "assignedLicenses") else {
            Issue.record("no licenses")
            return
        }
        #expect(licenses.contains { Self.member($0, "skuId") == .string(e1) })
        service.flushLog()
        #expect(try store.graphRequests().contains { $0.target.hasSuffix("assignLicense ($batch 1)") })
    }

    @Test func aBatchIsRefusedWholeWhenItCannotRun() throws {
        let (service, _) = try Self.service()
        let token = service.makeToken()
        let many = (1...21).map { #"{"id":"\#($0)","method":"GET","url":"/organization"}"# }.joined(separator: ",")
        let tooMany = Self.send(service, "POST", "/v1.0/$batch", token: token, body: #"{"requests":[\#(many)]}"#)
        #expect(tooMany.status == 400)
        let noType = Self.send(service, "POST", "/v1.0/$batch", token: token,
                               body: #"{"requests":[{"id":"1","method":"PATCH","url":"/users/liamm@contoso.onmicrosoft.com","body":{"displayName":"L"}}]}"#)
        #expect(Self.member(try Self.json(noType), "error", "message") == .string("Write request id : 1 does not contain Content-Type header or body."))
        let cycle = Self.send(service, "POST", "/v1.0/$batch", token: token,
                              body: #"{"requests":[{"id":"1","method":"GET","url":"/organization","dependsOn":["2"]},{"id":"2","method":"GET","url":"/organization","dependsOn":["1"]}]}"#)
        #expect(cycle.status == 400)
    }

    // MARK: query options

    @Test func searchNeedsEventualConsistencyAndCountIsSilentlyLeftOutWithoutIt() throws {
        let (service, _) = try Self.service()
        let token = service.makeToken()
        let refused = Self.send(service, "GET", #"/v1.0/users?$search="displayName:liam""#, token: token)
        #expect(refused.status == 400)
        #expect(Self.member(try Self.json(refused), "error", "message")
                == .string("Request with $search query parameter only works through MSGraph with a special request header: 'ConsistencyLevel: eventual'"))
        let found = Self.send(service, "GET", #"/v1.0/users?$search="displayName:liam"&$count=true"#, token: token,
                              headers: [("ConsistencyLevel", "eventual")])
        #expect(found.status == 200)
        #expect(Self.member(try Self.json(found), "@odata.count") != nil)
        let silent = Self.send(service, "GET", "/v1.0/users?$count=true", token: token)
        #expect(silent.status == 200)
        #expect(Self.member(try Self.json(silent), "@odata.count") == nil)
    }

    @Test func topOutsideOneTo999IsAnInvalidPageSize() throws {
        let (service, _) = try Self.service()
        let token = service.makeToken()
        for top in ["0", "1000", "x"] {
            let r = Self.send(service, "GET", "/v1.0/users?$top=\(top)", token: token)
            #expect(r.status == 400)
            #expect(Self.member(try Self.json(r), "error", "message") == .string("Invalid page size specified: '\(top)'. Must be between 1 and 999 inclusive."))
        }
        #expect(Self.send(service, "GET", "/v1.0/users?$top=999", token: token).status == 200)
    }

    @Test func addressesArePercentDecodedAsFoundationDoesWithPlusAsASpaceInQueries() {
        #expect(GraphHTTPRequest.decoded("a%40contoso.com", plusIsSpace: false) == "a@contoso.com")
        #expect(GraphHTTPRequest.decoded("a+b", plusIsSpace: false) == "a+b")
        #expect(GraphHTTPRequest.decoded("a+b%2Bc", plusIsSpace: true) == "a b+c")
        #expect(GraphHTTPRequest.decoded("caf%C3%A9", plusIsSpace: false) == "café")
        #expect(GraphHTTPRequest.decoded("100%zz", plusIsSpace: false) == "100%zz")
        #expect(GraphHTTPRequest.decoded("end%4", plusIsSpace: false) == "end%4")
        #expect(GraphHTTPRequest.decoded("bad%FF", plusIsSpace: false) == "bad%FF")
        let r = GraphHTTPRequest(method: "GET", uri: "http://127.0.0.1:9/v1.0/users/a%40b.com?$filter=displayName+eq+%27A%27&$top=5")
        #expect(r.segments == ["users", "a@b.com"])
        #expect(r.query["$filter"] == "displayName eq 'A'")
        #expect(GraphServerRequest(method: "GET", target: "/", headers: [("Client-Request-ID", "x")]).header("client-request-id") == "x")
    }

    @Test func addressesSplitOnTheirSeparatorsWhateverTheSchemesCaseAndEmptyPiecesAreDropped() {
        let r = GraphHTTPRequest(method: "get", uri: "HTTPS://graph.microsoft.com//v1.0//users/x?a=1&&=2&b&c==d")
        #expect(r.method == "GET")
        #expect(r.segments == ["users", "x"])
        #expect(r.query == ["a": "1", "": "2", "b": "", "c": "=d"])
        let relative = GraphHTTPRequest(method: "GET", uri: "users?$select=id")
        #expect(relative.segments == ["users"])
        #expect(GraphHTTPRequest(method: "GET", uri: "httpx://host/users").segments == ["httpx:", "host", "users"])
    }

    @Test func randomRequestIdsAreDistinctLowerCaseVersionFourGuids() {
        let ids = RequestIds.random()
        var seen = Set<String>()
        for _ in 0..<500 {
            let (a, b) = ids.next()
            for id in [a, b] {
                #expect(id == id.lowercased())
                let uuid = UUID(uuidString: id)
                #expect(uuid != nil)
                let bytes = uuid.map { withUnsafeBytes(of: $0.uuid) { Array($0) } } ?? []
                #expect(bytes.count == 16 && bytes[6] >> 4 == 4 && bytes[8] >> 6 == 2)
                seen.insert(id)
            }
        }
        #expect(seen.count == 1000)
    }

    // MARK: bodies Graph's schema does not declare

    @Test func aUserOrGroupBodyWithAPropertyGraphDoesNotHaveGetsInvalidProperty() throws {
        let (service, store) = try Self.service()
        let token = service.makeToken()
        let typo = Self.send(service, "PATCH", "/v1.0/users/liamm@contoso.onmicrosoft.com", token: token, body: #"{"usageLocaton":"FR"}"#)
        #expect(typo.status == 400)
        #expect(Self.member(try Self.json(typo), "error", "code") == .string("Request_BadRequest"))
        #expect(Self.member(try Self.json(typo), "error", "message") == .string("Invalid property 'usageLocaton'."))
        let group = store.tenant.groups.first!.objectId.lowercasedString
        let other = Self.send(service, "PATCH", "/v1.0/groups/\(group)", token: token, body: #"{"description":"d","responseHeaders":{}}"#)
        #expect(Self.member(try Self.json(other), "error", "message") == .string("Invalid property 'responseHeaders'."))
        #expect(store.tenant.group(id: UUID(uuidString: group)!)?.description != "d")   // nothing half applied
    }

    @Test func graphPropertiesTheLabDoesNotKeepAnnotationsAndExtensionsAreAccepted() throws {
        let (service, store) = try Self.service()
        let body = ##"{"usageLocation":"FR","passwordPolicies":"DisablePasswordExpiration","@odata.type":"#microsoft.graph.user","extension_0123abcd_costCenter":"42"}"##
        let r = Self.send(service, "PATCH", "/v1.0/users/liamm@contoso.onmicrosoft.com", token: service.makeToken(), body: body)
        #expect(r.status == 204)
        #expect(store.tenant.user(userPrincipalName: "liamm@contoso.onmicrosoft.com")?.usageLocation == "FR")
    }

    @Test func assignLicenseWithAnUndeclaredParameterOrLicensePropertyGetsODatasError() throws {
        let (service, _) = try Self.service()
        let token = service.makeToken()
        let e1 = Catalog.standard.product(partNumber: "STANDARDPACK")!.skuId.lowercasedString
        let parameter = Self.send(service, "POST", "/v1.0/users/liamm@contoso.onmicrosoft.com/assignLicense", token: token,
                                  body: #"{"addLicenses":[],"removeLicenses":[],"licenses":[]}"#)
        #expect(parameter.status == 400)
        #expect(Self.member(try Self.json(parameter), "error", "message")
                == .string("The parameter 'licenses' in the request payload is not a valid parameter for the operation 'assignLicense'."))
        let property = Self.send(service, "POST", "/v1.0/users/liamm@contoso.onmicrosoft.com/assignLicense", token: token,
                                 body: #"{"addLicenses":[{"skuId":"\#(e1)","skuPartNumber":"STANDARDPACK"}],"removeLicenses":[]}"#)
        #expect(Self.member(try Self.json(property), "error", "message")
                == .string("The property 'skuPartNumber' does not exist on type 'microsoft.graph.assignedLicense'. Make sure to only use property names that are defined by the type or mark the type as open type."))
    }

    @Test func aBatchRequestWithAnAbsoluteAddressIsNotFoundAsGraphAnswersIt() throws {
        // msgraph-core (Python) 1.x sends these: msgraph-sdk-python issue 1015
        let (service, _) = try Self.service()
        let body = #"{"requests":[{"id":"1","method":"GET","url":"https://graph.microsoft.com/v1.0/organization"}]}"#
        let r = Self.send(service, "POST", "/v1.0/$batch", token: service.makeToken(), body: body)
        guard case .array(let responses)? = Self.member(try Self.json(r), "responses") else {
            Issue.record("no responses")
            return
        }
        #expect(Self.member(responses.first, "status") == .number("400"))
        guard case .string(let message)? = Self.member(responses.first, "body", "error", "message") else {
            Issue.record("no message")
            return
        }
        #expect(message.hasPrefix("Resource not found for the segment 'https:'."))
    }

    // MARK: what a new user of the server found (paging, filters, methods, query options)

    @Test func aSkuFilterFindsHoldersWhateverTheGuidsFirstDigit() throws {
        let (service, _) = try Self.service()
        let pbi = Catalog.standard.product(partNumber: "POWER_BI_PRO")!.skuId.lowercasedString
        #expect(pbi.first?.isLetter == true)
        let skus = Self.send(service, "GET", "/v1.0/subscribedSkus", token: service.makeToken())
        guard case .array(let list)? = Self.member(try Self.json(skus), "value"),
              case .number(let consumed)? = Self.member(list.first { Self.member($0, "skuId") == .string(pbi) }, "consumedUnits"),
              let holders = Int(consumed) else {
            Issue.record("no Power BI Pro")
            return
        }
        let r = Self.send(service, "GET", "/v1.0/users?$filter=assignedLicenses/any(x:x/skuId%20eq%20\(pbi.uppercased()))", token: service.makeToken())
        guard case .array(let users)? = Self.member(try Self.json(r), "value") else {
            Issue.record("no users: \(r.bodyText)")
            return
        }
        #expect(holders > 0 && users.count == holders)
    }

    @Test func pagesContinueWhereTheyEndedWhenTheClientDeletesWhatItRead() throws {
        let (service, store) = try Self.service()
        let token = service.makeToken()
        for i in 1...25 {
            let body = #"{"displayName":"Bulk \#(i)","userPrincipalName":"bulk\#(i)@contoso.onmicrosoft.com","mailNickname":"bulk\#(i)","accountEnabled":true,"passwordProfile":{"password":"Lab-Passw0rd!"}}"#
            #expect(Self.send(service, "POST", "/v1.0/users", token: token, body: body).status == 201)
        }
        var next: String? = "/v1.0/users?$filter=startswith(displayName,'Bulk')&$top=10"
        var pages = 0
        while let target = next, pages < 10 {
            let r = Self.send(service, "GET", target, token: token)
            #expect(r.status == 200)
            let body = try Self.json(r)
            guard case .array(let users)? = Self.member(body, "value") else { break }
            for case .string(let id)? in users.map({ Self.member($0, "id") }) {
                #expect(Self.send(service, "DELETE", "/v1.0/users/\(id)", token: token).status == 204)
            }
            if case .string(let link)? = Self.member(body, "@odata.nextLink") { next = String(link.dropFirst(Self.base.count)) } else { next = nil }
            pages += 1
        }
        #expect(pages == 3)
        #expect(store.tenant.activeUsers.filter { $0.displayName.hasPrefix("Bulk") }.isEmpty)
        let forged = Self.send(service, "GET", "/v1.0/users?$skiptoken=garbage", token: token)
        #expect(forged.status == 400)
        #expect(Self.member(try Self.json(forged), "error", "message") == .string("Invalid Skip Token"))
    }

    @Test func aServedPathAskedWithAnotherMethodIs405() throws {
        let (service, _) = try Self.service()
        let token = service.makeToken()
        for (method, target) in [("PUT", "/v1.0/users"), ("DELETE", "/v1.0/subscribedSkus"), ("GET", "/v1.0/users/liamm@contoso.onmicrosoft.com/assignLicense")] {
            let r = Self.send(service, method, target, token: token)
            #expect(r.status == 405)
            #expect(Self.member(try Self.json(r), "error", "message") == .string("Specified HTTP method is not allowed for the request target."))
        }
    }

    @Test func queryOptionsGraphDoesNotTakeAreRefused() throws {
        let (service, _) = try Self.service()
        let token = service.makeToken()
        let cases = [("/v1.0/users?$skip=5", "'$skip' is not supported by the service."),
                     ("/v1.0/users?select=id", "Unrecognized query argument specified: 'select'."),
                     ("/v1.0/users/liamm@contoso.onmicrosoft.com?$select=id,foo", "Could not find a property named 'foo' on type 'microsoft.graph.user'.")]
        for (target, message) in cases {
            let r = Self.send(service, "GET", target, token: token)
            #expect(r.status == 400)
            #expect(Self.member(try Self.json(r), "error", "message") == .string(message))
        }
        #expect(Self.send(service, "GET", "/v1.0/users?$select=id,extension_0123_costCenter,usageLocation", token: token).status == 200)
    }

    @Test func aBatchInsideABatchIsNotRun() throws {
        let (service, _) = try Self.service()
        let body = #"{"requests":[{"id":"1","method":"POST","url":"/$batch","headers":{"Content-Type":"application/json"},"body":{"requests":[{"id":"a","method":"GET","url":"/organization"}]}}]}"#
        let r = Self.send(service, "POST", "/v1.0/$batch", token: service.makeToken(), body: body)
        guard case .array(let responses)? = Self.member(try Self.json(r), "responses") else {
            Issue.record("no responses")
            return
        }
        #expect(Self.member(responses.first, "status") == .number("400"))
        #expect(Self.member(responses.first, "body", "value") == nil)
    }

    @Test func withoutTheClientsOwnIdTheClientRequestIdRepeatsTheRequestId() throws {
        let (service, _) = try Self.service()
        let r = Self.send(service, "GET", "/v1.0/organization", token: service.makeToken())
        #expect(Self.header(r, "client-request-id") == Self.header(r, "request-id"))
    }

    @Test func aNewUserNeedsAComplexPasswordAndAVerifiedDomain() throws {
        let (service, _) = try Self.service()
        let token = service.makeToken()
        func create(_ upn: String, _ password: String) throws -> (Int, JsonValue?) {
            let body = #"{"displayName":"N","userPrincipalName":"\#(upn)","mailNickname":"n","accountEnabled":true,"passwordProfile":{"password":"\#(password)"}}"#
            let r = Self.send(service, "POST", "/v1.0/users", token: token, body: body)
            return (r.status, Self.member(try Self.json(r), "error", "message"))
        }
        #expect(try create("n1@contoso.onmicrosoft.com", "short1A") == (400, .string("The specified password does not comply with password complexity requirements. Please provide a different password.")))
        #expect(try create("n1@contoso.onmicrosoft.com", "alllowercase1") == (400, .string("The specified password does not comply with password complexity requirements. Please provide a different password.")))
        #expect(try create("n1@fabrikam.com", "Lab-Passw0rd!") == (400, .string("The domain portion of the userPrincipalName property is invalid. You must use one of the verified domain names in your organization.")))
        #expect(try create("n1@contoso.onmicrosoft.com", "lab-passw0rd").0 == 201)
    }

    @Test func licensesAreNotSetByPatchAndAnOptionIsGivenOnce() throws {
        let (service, store) = try Self.service()
        let token = service.makeToken()
        let before = store.tenant.user(userPrincipalName: "liamm@contoso.onmicrosoft.com")?.records.count
        let patch = Self.send(service, "PATCH", "/v1.0/users/liamm@contoso.onmicrosoft.com", token: token, body: #"{"assignedLicenses":[]}"#)
        #expect(patch.status == 400)
        #expect(Self.member(try Self.json(patch), "error", "message") == .string("Property 'assignedLicenses' is read-only and cannot be set."))
        #expect(store.tenant.user(userPrincipalName: "liamm@contoso.onmicrosoft.com")?.records.count == before)
        let twice = Self.send(service, "GET", "/v1.0/users?$top=2&$top=5", token: token)
        #expect(twice.status == 400)
        #expect(Self.member(try Self.json(twice), "error", "message")
                == .string("Query option '$top' was specified more than once, but it must be specified at most once."))
    }

    @Test func advancedQueriesNeedEventualConsistency() throws {
        let (service, _) = try Self.service()
        let token = service.makeToken()
        let cases = [("endswith(userPrincipalName,'onmicrosoft.com')", "userPrincipalName"), ("displayName ne 'x'", "displayName"),
                     ("not(startswith(displayName,'A'))", "displayName")]
        for (filter, property) in cases {
            let target = "/v1.0/users?$filter=" + filter.addingPercentEncoding(withAllowedCharacters: .alphanumerics)!
            let refused = Self.send(service, "GET", target, token: token)
            #expect(refused.status == 400)
            #expect(Self.member(try Self.json(refused), "error", "message")
                    == .string("Unsupported or invalid query filter clause specified for property '\(property)' of resource 'User'."))
            #expect(Self.send(service, "GET", target + "&$count=true", token: token, headers: [("ConsistencyLevel", "eventual")]).status == 200)
        }
        let sorted = Self.send(service, "GET", "/v1.0/users?$filter=accountEnabled%20eq%20true&$orderby=displayName", token: token)
        #expect(Self.member(try Self.json(sorted), "error", "message") == .string("Sorting not supported for current query."))
    }

    @Test func searchClausesJoinWithOrAndAnd() {
        let clauses = GraphAPI.searchClauses(#""displayName:Av" OR "displayName:Bl" AND "mail:contoso""#)
        #expect(clauses.map(\.join) == ["OR", "OR", "AND"])
        #expect(clauses.map(\.field) == ["displayname", "displayname", "mail"])
        #expect(clauses.map(\.text) == ["av", "bl", "contoso"])
        #expect(GraphAPI.searchClauses("displayName:wa").map(\.text) == ["wa"])
        #expect(GraphAPI.searchClauses(#""Avery""#).isEmpty)
    }
}
