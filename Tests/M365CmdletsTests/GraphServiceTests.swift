import Foundation
import Licensing
@testable import M365Cmdlets
import PowerShellRuntime
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
        #expect(next.contains("$skiptoken=2"))
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
}
