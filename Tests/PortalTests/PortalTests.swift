import Foundation
import Licensing
import M365Cmdlets
import Mustache
@testable import Portal
import TenantStore
import Testing

/// The portal without the network: requests go to `Portal.handle` as the HTTP server would
/// hand them over, on an in-memory demo tenant.
final class PortalHarness {
    let tenant: Tenant
    let store: TenantStore
    let service: GraphService
    let portal: Portal
    let token: String
    var cookie = ""
    var csrf = ""
    static let host = "127.0.0.1:8080"

    init(_ tenant: Tenant = DemoTenant.make()) throws {
        self.tenant = tenant
        store = try TenantStore(inMemory: tenant)
        service = try GraphService(store: store, baseURL: "http://\(Self.host)")
        portal = Portal(service: service, port: 8080)
        token = service.makeToken()
    }

    func request(_ method: String, _ target: String, headers: [(String, String)] = [], body: String = "") -> GraphServerResponse {
        var all: [(name: String, value: String)] = [("Host", Self.host)]
        if !cookie.isEmpty { all.append(("Cookie", "\(Portal.cookieName)=\(cookie)")) }
        for (n, v) in headers {
            all.removeAll { $0.name.lowercased() == n.lowercased() }
            all.append((n, v))
        }
        return portal.handle(GraphServerRequest(method: method, target: target, headers: all, body: Array(body.utf8)))
    }

    func get(_ target: String, headers: [(String, String)] = []) -> GraphServerResponse { request("GET", target, headers: headers) }

    /// A form post from the portal's own page, with the session's CSRF token unless told otherwise.
    func post(_ target: String, _ fields: [(String, String)], csrf: String? = nil, origin: String? = "http://\(PortalHarness.host)") -> GraphServerResponse {
        var headers = [("Content-Type", "application/x-www-form-urlencoded")]
        if let origin { headers.append(("Origin", origin)) }
        let all = [("csrf", csrf ?? self.csrf)] + fields
        let body = all.map { "\(PortalText.query($0.0))=\(PortalText.query($0.1))" }.joined(separator: "&")
        return request("POST", target, headers: headers, body: body)
    }

    func signIn() throws {
        let r = get(Portal.signInPath(token: token))
        #expect(r.status == 303)
        let setCookie = try #require(r.headers.first { $0.name == "Set-Cookie" }?.value)
        cookie = String(setCookie.split(separator: ";")[0].split(separator: "=", maxSplits: 1)[1])
        let page = get("/").bodyText
        let marker = "name=\"csrf\" value=\""
        let start = try #require(page.range(of: marker)).upperBound
        csrf = String(page[start...].prefix { $0 != "\"" })
    }
}

extension GraphServerResponse {
    func header(_ name: String) -> String? { headers.first { $0.name.lowercased() == name.lowercased() }?.value }
}

struct PortalTemplateTests {
    @Test func everyTemplateParses() throws {
        for (name, text) in Templates.all {
            #expect(throws: Never.self, "template \(name)") { _ = try MustacheTemplate(string: text) }
        }
    }

    @Test func controlCharactersBecomeVisibleSymbols() {
        #expect(PortalText.visible("a\u{01}b\u{7F}c\u{9B}") == "a\u{2401}b\u{2421}c\u{FFFD}")
        #expect(PortalText.visible("plain") == "plain")
    }

    @Test func userSearchIgnoresCaseAndHandlesNonASCIINames() {
        #expect(PortalText.Search("chen").matches("Ava CHEN"))
        #expect(PortalText.Search("ava c").matches("Ava Chen"))
        #expect(!PortalText.Search("chen").matches("Ava Che"))
        #expect(PortalText.Search("müller").matches("Lena MÜLLER"))
        #expect(PortalText.Search("").matches("anything"))
    }

    @Test func formDecodingRefusesBrokenEscapesAndInvalidUTF8() {
        #expect(PortalText.form("a=1&b=x+y%21")?.map { "\($0.0)=\($0.1)" } == ["a=1", "b=x y!"])
        #expect(PortalText.form("a=%zz") == nil)
        #expect(PortalText.form("a=%ff") == nil)
    }
}

struct PortalSecurityTests {
    @Test func withoutASessionEveryPageAsksToSignIn() throws {
        let h = try PortalHarness()
        let r = h.get("/")
        #expect(r.status == 401)
        #expect(r.bodyText.contains("action=\"/portal/signin\""))
        #expect(!r.bodyText.contains("E3 Users"))
    }

    @Test func signingInWithTheTokenSetsAnHttpOnlySameSiteStrictCookie() throws {
        let h = try PortalHarness()
        let r = h.get(Portal.signInPath(token: h.token))
        #expect(r.status == 303)
        let cookie = try #require(r.header("Set-Cookie"))
        #expect(cookie.contains("HttpOnly"))
        #expect(cookie.contains("SameSite=Strict"))
        #expect(r.header("Location") == "/")
    }

    @Test func aWrongTokenIsRefusedWith401() throws {
        let h = try PortalHarness()
        #expect(h.get("/portal/signin?token=not-a-token").status == 401)
    }

    @Test func theBearerHeaderIsAcceptedForTools() throws {
        let h = try PortalHarness()
        let r = h.get("/portal/products", headers: [("Authorization", "Bearer \(h.token)")])
        #expect(r.status == 200)
        #expect(r.bodyText.contains("ENTERPRISEPACK"))
    }

    @Test func aHostThatIsNotLocalhostOrAnIPAddressIsRefused() throws {
        let h = try PortalHarness()
        try h.signIn()
        #expect(h.get("/", headers: [("Host", "attacker.example:8080")]).status == 403)
        #expect(h.get("/", headers: [("Host", "127.0.0.1:9999")]).status == 403)
        #expect(h.get("/", headers: [("Host", "localhost:8080")]).status == 200)
        #expect(h.get("/", headers: [("Host", "[::1]:8080")]).status == 200)
    }

    @Test func aPostWithoutTheCsrfTokenChangesNothing() throws {
        let h = try PortalHarness()
        try h.signIn()
        let user = DemoTenant.users[0].objectId
        let r = h.post("/portal/users/\(user.lowercasedString)/usage-location", [("usageLocation", "GB")], csrf: "wrong")
        #expect(r.status == 403)
        #expect(h.tenant.user(id: user)?.usageLocation == "US")
    }

    @Test func aPostFromAnotherOriginChangesNothing() throws {
        let h = try PortalHarness()
        try h.signIn()
        let user = DemoTenant.users[0].objectId
        let r = h.post("/portal/users/\(user.lowercasedString)/usage-location", [("usageLocation", "GB")], origin: "http://evil.example")
        #expect(r.status == 403)
        let none = h.post("/portal/users/\(user.lowercasedString)/usage-location", [("usageLocation", "GB")], origin: nil)
        #expect(none.status == 403)
        #expect(h.tenant.user(id: user)?.usageLocation == "US")
    }

    @Test func aChangeWithTheTokenIsMadeAndRedirects() throws {
        let h = try PortalHarness()
        try h.signIn()
        let user = DemoTenant.users[0].objectId
        let r = h.post("/portal/users/\(user.lowercasedString)/usage-location", [("usageLocation", "gb")])
        #expect(r.status == 303)
        #expect(h.tenant.user(id: user)?.usageLocation == "GB")
        #expect(h.get(r.header("Location") ?? "").bodyText.contains("The usage location is now GB."))
    }

    @Test func tenantValuesAreEscapedAndControlCharactersShownAsText() throws {
        let tenant = DemoTenant.make()
        let group = try tenant.createGroup(displayName: "<script>alert(1)</script>")
        _ = try tenant.createUser(userPrincipalName: "evil@contoso.onmicrosoft.com", displayName: "Eve \u{07}<b>\"'&")
        let evil = try #require(tenant.user(userPrincipalName: "evil@contoso.onmicrosoft.com"))
        try tenant.addMember(groupId: DemoTenant.Groups.e3Users, userId: evil.objectId)
        let h = try PortalHarness(tenant)
        try h.signIn()
        let g = h.get("/portal/groups/\(group.objectId.lowercasedString)").bodyText
        #expect(!g.contains("<script>alert(1)</script>"))
        #expect(g.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        let u = h.get("/portal/users/\(evil.objectId.lowercasedString)").bodyText
        #expect(u.contains("Eve \u{2407}&lt;b&gt;&quot;&#39;&amp;"))
        #expect(!u.contains("\u{07}"))
    }

    @Test func unknownIdsGiveA404Page() throws {
        let h = try PortalHarness()
        try h.signIn()
        for target in ["/portal/groups/\(UUID().uuidString)", "/portal/users/nobody", "/portal/products/\(UUID().uuidString)", "/portal/nothing"] {
            let r = h.get(target)
            #expect(r.status == 404, "\(target)")
            #expect(r.bodyText.contains("<h1>Not found</h1>"))
        }
        let post = h.post("/portal/groups/\(UUID().uuidString)/reprocess", [])
        #expect(post.status == 404)
    }

    @Test func malformedFormsGiveA400PageWithTheReasonAndChangeNothing() throws {
        let h = try PortalHarness()
        try h.signIn()
        let group = DemoTenant.Groups.e3Users.lowercasedString
        let before = h.tenant.group(id: DemoTenant.Groups.e3Users)?.licenses
        let badAction = h.post("/portal/groups/\(group)/licenses", [("action", "explode"), ("sku", UUID().uuidString)])
        #expect(badAction.status == 400)
        #expect(badAction.bodyText.contains("action must be add, remove or plans"))
        let badSku = h.post("/portal/groups/\(group)/licenses", [("action", "add"), ("sku", "not-a-guid")])
        #expect(badSku.status == 400)
        let sku = try #require(h.tenant.subscribedSku(partNumber: "ENTERPRISEPACK")).skuId
        let badPlan = h.post("/portal/groups/\(group)/licenses", [("action", "plans"), ("sku", sku.uuidString), ("plan", UUID().uuidString)])
        #expect(badPlan.status == 400)
        #expect(badPlan.bodyText.contains("is not a service plan of ENTERPRISEPACK"))
        let badLocation = h.post("/portal/users/\(DemoTenant.users[0].objectId.lowercasedString)/usage-location", [("usageLocation", "<x>")])
        #expect(badLocation.status == 400)
        #expect(badLocation.bodyText.contains("two-letter country code"))
        let brokenBody = h.request("POST", "/portal/groups/\(group)/reprocess",
                                   headers: [("Content-Type", "application/x-www-form-urlencoded"), ("Origin", "http://\(PortalHarness.host)")],
                                   body: "csrf=%zz")
        #expect(brokenBody.status == 400)
        #expect(h.get("/portal/products/\(sku.uuidString)?page=0").status == 400)
        #expect(h.tenant.group(id: DemoTenant.Groups.e3Users)?.licenses == before)
        #expect(h.tenant.user(id: DemoTenant.users[0].objectId)?.usageLocation == "US")
    }
}

struct PortalPageTests {
    @Test func overviewCountsProductsAndPointsAtGroupsThatNeedAttention() throws {
        let h = try PortalHarness()
        try h.signIn()
        let page = h.get("/").bodyText
        #expect(page.contains("<dt>Products</dt><dd><a href=\"/portal/products\">9</a></dd>"))
        #expect(page.contains("need your attention") || page.contains("needs your attention"))
        #expect(page.contains("href=\"/portal/groups/errors\""))
    }

    @Test func groupPaneShowsTheNotificationAndTheUsersInErrorWithTheReasonAndCode() throws {
        let h = try PortalHarness()
        try h.signIn()
        let page = h.get("/portal/groups/\(DemoTenant.Groups.e3Users.lowercasedString)").bodyText
        #expect(page.contains("Errors and issues"))
        #expect(page.contains("couldn't be assigned"))
        #expect(page.contains("Failed assignments"))
        #expect(page.contains("Top reason for failure"))
        #expect(page.contains("Conflicting service plans (<code>MutuallyExclusiveViolation</code>)"))
        #expect(page.contains("Why?"))
    }

    @Test func reprocessAfterAddingSeatsTurnsTheGroupToApplied() throws {
        let h = try PortalHarness()
        try h.signIn()
        let group = DemoTenant.Groups.powerBi
        _ = h.get("/portal/groups/\(group.lowercasedString)")
        _ = try h.tenant.addSubscription(skuPartNumber: "POWER_BI_PRO", units: 50)
        let r = h.post("/portal/groups/\(group.lowercasedString)/reprocess", [])
        #expect(r.status == 303)
        let page = h.get("/portal/groups/\(group.lowercasedString)").bodyText
        #expect(page.contains("Latest license changes have been applied to all users"))
    }

    @Test func anAddOnWithoutItsPrerequisiteIsRefusedWithTheArticlesMessage() throws {
        let tenant = DemoTenant.make()
        let group = try tenant.createGroup(displayName: "Analytics only")
        let h = try PortalHarness(tenant)
        try h.signIn()
        let sku = try #require(tenant.subscribedSku(partNumber: "WORKPLACE_ANALYTICS")).skuId
        let r = h.post("/portal/groups/\(group.objectId.lowercasedString)/licenses", [("action", "add"), ("sku", sku.uuidString)])
        #expect(r.status == 303)
        let page = h.get("/portal/groups/\(group.objectId.lowercasedString)").bodyText
        #expect(page.contains("License operation failed. Make sure that the group has necessary services before adding or removing a dependent service. The service Microsoft Workplace Analytics requires Exchange Online (Plan 2) to be enabled as well."))
        #expect(tenant.group(id: group.objectId)?.licenses.isEmpty == true)
    }

    @Test func productPageListsAssignmentPathsAndPagesBy50() throws {
        let tenant = DemoTenant.make()
        for i in 0..<120 {
            let u = try tenant.createUser(userPrincipalName: "u\(i)@contoso.onmicrosoft.com", displayName: "Paged \(i)", usageLocation: "US")
            try tenant.addMember(groupId: DemoTenant.Groups.allStaff, userId: u.objectId)
        }
        try tenant.setGroupLicenses(groupId: DemoTenant.Groups.allStaff, add: [LicenseRequest(.partNumber("EMSPREMIUM"))])
        tenant.processQueue()
        let h = try PortalHarness(tenant)
        try h.signIn()
        let sku = try #require(tenant.subscribedSku(partNumber: "EMSPREMIUM")).skuId.lowercasedString
        let first = h.get("/portal/products/\(sku)").bodyText
        #expect(first.contains("Page 1 of 3"))
        #expect(first.contains("Direct, Inherited (All Staff)"))
        #expect(first.contains("Error (Not enough licenses)"))
        let third = h.get("/portal/products/\(sku)?page=3").bodyText
        #expect(third.contains("Page 3 of 3"))
        let search = h.get("/portal/products/\(sku)?q=paged+11").bodyText
        #expect(search.contains("Paged 11"))
        #expect(search.contains("Paged 110"))
        #expect(!search.contains("Paged 12<"))
        let groups = h.get("/portal/products/\(sku)?tab=groups").bodyText
        #expect(groups.contains("All Staff"))
    }

    @Test func whyPageShowsTheSameTextAsTheDiagnosis() throws {
        let h = try PortalHarness()
        try h.signIn()
        let user = try #require(h.tenant.user(userPrincipalName: "hugoi@contoso.onmicrosoft.com"))
        let diagnosis = LicenseDiagnosis.diagnose(h.tenant, user: user)
        #expect(!diagnosis.isEmpty)
        let page = h.get("/portal/users/\(user.objectId.lowercasedString)/why").bodyText
        for line in diagnosis.flatMap(\.lines) {
            let escaped = line.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
                .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;").replacingOccurrences(of: "'", with: "&#39;")
            #expect(page.contains("<p>\(escaped)</p>"), "\(line)")
        }
    }

    @Test func userPaneShowsPathsStateErrorAndUsageLocation() throws {
        let h = try PortalHarness()
        try h.signIn()
        let page = h.get("/portal/users/\(DemoTenant.users.first { $0.alias == "gwenh" }!.objectId.lowercasedString)").bodyText
        #expect(page.contains("Inherited (E3 Users)"))
        #expect(page.contains("Not set (group licensing uses the directory&#39;s location, US)"))
        #expect(page.contains("name=\"usageLocation\""))
    }

    @Test func auditLogShowsGroupProcessingWithTheServicesResultText() throws {
        let h = try PortalHarness()
        try h.signIn()
        _ = h.post("/portal/groups/\(DemoTenant.Groups.e3Users.lowercasedString)/reprocess", [])
        let page = h.get("/portal/audit").bodyText
        #expect(page.contains("Finish applying group based license to users"))
        #expect(page.contains("Start applying group based license to users"))
        #expect(page.contains("Users successfully assigned licenses: "))
        #expect(page.contains("Change user license"))
    }

    @Test func theChangeStampMovesWhenTheTenantChanges() throws {
        let h = try PortalHarness()
        try h.signIn()
        let before = h.get("/portal/changes").bodyText
        #expect(h.get("/portal/changes").bodyText == before)
        try h.tenant.setUsageLocation(userId: DemoTenant.users[0].objectId, "GB")
        #expect(h.get("/portal/changes").bodyText != before)
    }
}
