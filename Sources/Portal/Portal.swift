import Foundation
import Licensing
import M365Cmdlets
import Mustache
import TenantStore

/// The portal (docs/portal.md): the classic license panes of the group-licensing article as
/// server-rendered pages over the Graph server's tenant, in the same process and under the same
/// request lock. Answers requests without the network (`handle`), so tests drive it directly;
/// GraphServer hands it every request for `/` and `/portal/...`.
///
/// Security: a session cookie (HttpOnly, SameSite=Strict) made from a token of this tenant file,
/// or the same `Authorization: Bearer` header the Graph API takes; every change is a POST that
/// carries the session's CSRF token and an `Origin` (or `Referer`) of the portal itself; the
/// `Host` header must be `localhost` or an IP address with the server's port, so a DNS name an
/// attacker controls (DNS rebinding) is refused; every tenant value is escaped.
public final class Portal: @unchecked Sendable {
    let service: GraphService
    let lock = NSLock()
    var sessions: [String: Session] = [:]
    var boundPort: Int

    struct Session {
        var csrf: String
        var created: Date
        var flash: Flash?
    }

    struct Flash {
        var label: String
        var text: String
        var kind: String
    }

    public static let cookieName = "licenselab_portal"
    static let maxSessions = 256
    static let maxFormBytes = 64 * 1024

    public init(service: GraphService, port: Int) {
        self.service = service
        boundPort = port
    }

    /// The port the server bound (`--port 0` picks one): Host headers must name it.
    public var port: Int {
        get { lock.lock(); defer { lock.unlock() }; return boundPort }
        set { lock.lock(); boundPort = newValue; lock.unlock() }
    }

    /// Whether a request target is the portal's (`/`, `/portal/...`) rather than Graph's.
    public static func serves(_ target: String) -> Bool {
        let path = target.prefix { $0 != "?" && $0 != "#" }
        return path == "/" || path == "/portal" || path.hasPrefix("/portal/") || path == "/favicon.ico"
    }

    /// The address that signs a browser in with a token (the server prints it at start).
    public static func signInPath(token: String) -> String { "/portal/signin?token=\(PortalText.query(token))" }

    // MARK: Requests

    public func handle(_ request: GraphServerRequest) -> GraphServerResponse {
        let target = request.target
        let pathEnd = target.firstIndex(where: { $0 == "?" || $0 == "#" }) ?? target.endIndex
        let rawPath = target[..<pathEnd]
        let queryText = pathEnd < target.endIndex && target[pathEnd] == "?" ? target[target.index(after: pathEnd)...] : ""
        guard hostAllowed(request.header("Host")) else {
            return page(status: 403, problem: "Wrong address", reason: "The portal answers only at localhost or an IP address with the server's port (the Host header was '\(request.header("Host") ?? "")'). This protects the tenant from DNS rebinding.", session: nil)
        }
        guard let segments = Optional(rawPath.split(separator: "/").map { PortalText.decode($0) }), segments.allSatisfy({ $0 != nil }) else {
            return page(status: 400, problem: "Bad request", reason: "The address is not valid percent-encoded UTF-8.", session: nil)
        }
        let path = segments.compactMap { $0 }
        guard let query = PortalText.form(queryText) else {
            return page(status: 400, problem: "Bad request", reason: "The query is not valid percent-encoded UTF-8.", session: nil)
        }
        let method = request.method.uppercased()
        // static files carry no tenant data
        if method == "GET", path.count == 3, path[0] == "portal", path[1] == "static" {
            switch path[2] {
            case "portal.css": return asset(Assets.css, type: "text/css; charset=utf-8")
            case "live.js": return asset(Assets.js, type: "text/javascript; charset=utf-8")
            default: break
            }
        }
        if path == ["favicon.ico"] { return GraphServerResponse(status: 204, headers: securityHeaders, body: []) }
        guard method == "GET" || method == "POST" else {
            var r = page(status: 405, problem: "Method not allowed", reason: "The portal takes GET and POST only (\(method) was sent).", session: nil)
            r.headers.append(("Allow", "GET, POST"))
            return r
        }
        if method == "POST" && !sameOrigin(request) {
            return page(status: 403, problem: "Refused", reason: "A change must come from the portal's own pages (the request's Origin was missing or another site's).", session: nil)
        }
        // sign-in, before any session
        if path == ["portal", "signin"] {
            var token: String?
            if method == "GET" { token = query.first { $0.0 == "token" }?.1 } else {
                switch formFields(request) {
                case .failure(let reason): return page(status: 400, problem: "Bad request", reason: reason, session: nil)
                case .success(let fields): token = fields.first { $0.0 == "token" }?.1 ?? ""
                }
            }
            guard let token else { return signInPage(status: 200, flash: nil) }
            guard service.acceptsToken(token.trimmingCharacters(in: .whitespaces)) else {
                return signInPage(status: 401, flash: Flash(label: "Error", text: "That token was not accepted: it is not a token of this tenant file, or it has expired.", kind: "error"))
            }
            let id = newSession()
            return redirect("/", cookie: "\(Self.cookieName)=\(id); Path=/; HttpOnly; SameSite=Strict")
        }
        // who is asking: the session's cookie, or a bearer token (tools)
        var sessionId: String?
        if let id = cookie(request), sessionExists(id) { sessionId = id }
        let bearer = sessionId == nil ? request.header("Authorization").flatMap(bearerToken) : nil
        guard sessionId != nil || (bearer.map(service.acceptsToken) ?? false) else {
            return signInPage(status: 401, flash: Flash(label: "Sign in", text: "Sign in with the token licenselab serve printed to see the portal.", kind: "info"))
        }
        if method == "POST", let id = sessionId {
            // the session's CSRF token, in the form
            let fields: [(String, String)]
            switch formFields(request) {
            case .failure(let reason): return page(status: 400, problem: "Bad request", reason: reason, session: id)
            case .success(let f): fields = f
            }
            guard let sent = fields.first(where: { $0.0 == "csrf" })?.1, let expected = csrf(id), PortalText.sameSecret(sent, expected) else {
                return page(status: 403, problem: "Refused", reason: "The form's security token is missing or out of date. Reload the page and try again.", session: id)
            }
            if path == ["portal", "signout"] {
                endSession(id)
                return redirect("/portal/signin", cookie: "\(Self.cookieName)=; Path=/; HttpOnly; SameSite=Strict; Max-Age=0")
            }
            return change(path: path, fields: fields, session: id)
        }
        if method == "POST" {
            switch formFields(request) {
            case .failure(let reason): return page(status: 400, problem: "Bad request", reason: reason, session: nil)
            case .success(let fields): return change(path: path, fields: fields, session: nil)
            }
        }
        return view(path: path, query: query, session: sessionId)
    }

    // MARK: Pages (GET)

    func view(path: [String], query: [(String, String)], session: String?) -> GraphServerResponse {
        func q(_ name: String) -> String? { query.first { $0.0 == name }?.1 }
        var pageNumber = 0
        if let p = q("page") {
            guard let n = Int(p), n >= 1, n <= 1_000_000 else {
                return page(status: 400, problem: "Bad request", reason: "The page number must be a whole number from 1 ('\(PortalText.visible(p))' was given).", session: session)
            }
            pageNumber = n - 1
        }
        if path == ["portal", "changes"] {
            let stamp = service.withTenant { $0.changeStamp }.value
            return GraphServerResponse(status: 200, headers: securityHeaders + [("Content-Type", "text/plain; charset=utf-8")], body: Array(stamp.utf8))
        }
        let found: (template: String, context: Pages.Context)? = service.withTenant { store -> (String, Pages.Context)? in
            let t = store.tenant
            switch path.count {
            case 0: return ("overview", Pages.overview(t))
            case 1 where path[0] == "portal": return ("overview", Pages.overview(t))
            case 2 where path == ["portal", "products"]: return ("products", Pages.products(t))
            case 2 where path == ["portal", "audit"]: return ("audit", Pages.audit(t, records: store.auditRecords(last: Pages.auditRows)))
            case 3 where path[0] == "portal" && path[1] == "groups" && path[2] == "errors": return ("groupsWithErrors", Pages.groupsWithErrors(t))
            case 3 where path[0] == "portal" && path[1] == "products":
                return UUID(uuidString: path[2]).flatMap { Pages.product(t, skuId: $0, tab: q("tab") ?? "users", query: q("q") ?? "", page: pageNumber) }
                    .map { ("product", $0) }
            case 3 where path[0] == "portal" && path[1] == "groups":
                return UUID(uuidString: path[2]).flatMap { Pages.group(t, groupId: $0, page: pageNumber) }.map { ("group", $0) }
            case 3 where path[0] == "portal" && path[1] == "users":
                return UUID(uuidString: path[2]).flatMap { Pages.user(t, userId: $0) }.map { ("user", $0) }
            case 4 where path[0] == "portal" && path[1] == "users" && path[3] == "why":
                return UUID(uuidString: path[2]).flatMap { Pages.why(t, userId: $0) }.map { ("why", $0) }
            default: return nil
            }
        }.value
        guard let found else {
            return page(status: 404, problem: "Not found", reason: "There is no such page, or no user, group or product with that id in this tenant.", session: session)
        }
        return render(found.template, found.context, status: 200, session: session)
    }

    // MARK: Changes (POST)

    enum Outcome {
        case done(String)
        case refused(String)
        case badRequest(String)
        case notFound
    }

    /// One change, validated whole before the tenant is touched, then made in one call of the
    /// licensing core (which is atomic): nothing is ever half applied.
    func change(path: [String], fields: [(String, String)], session: String?) -> GraphServerResponse {
        func field(_ name: String) -> String? { fields.first { $0.0 == name }?.1 }
        guard path.count == 4, path[0] == "portal", path[1] == "groups" || path[1] == "users" else {
            return page(status: 404, problem: "Not found", reason: "There is no such form.", session: session)
        }
        guard let id = UUID(uuidString: path[2]) else {
            return page(status: 404, problem: "Not found", reason: "There is no user or group with that id in this tenant.", session: session)
        }
        let back = path[1] == "groups" ? Pages.groupHref(id) : Pages.userHref(id)
        let (outcome, notSaved) = service.withTenant { store -> Outcome in
            let t = store.tenant
            switch (path[1], path[3]) {
            case ("groups", "reprocess"):
                guard t.group(id: id) != nil else { return .notFound }
                if let m = Self.attempt({ () throws(LicensingError) in try t.reprocessGroup(groupId: id) }) { return .refused(m) }
                return .done("The group's members were processed again.")
            case ("groups", "licenses"):
                guard let g = t.group(id: id) else { return .notFound }
                return Self.changeGroupLicenses(t, g, action: field("action"), sku: field("sku"), plans: fields.filter { $0.0 == "plan" }.map(\.1))
            case ("users", "reprocess"):
                guard let u = t.user(id: id), !u.isDeleted else { return .notFound }
                if let m = Self.attempt({ () throws(LicensingError) in _ = try t.reprocessUser(userId: id) }) { return .refused(m) }
                return .done("The user's group licenses were processed again.")
            case ("users", "usage-location"):
                guard let u = t.user(id: id), !u.isDeleted else { return .notFound }
                guard let raw = field("usageLocation") else { return .badRequest("The form has no usageLocation field.") }
                let text = raw.trimmingCharacters(in: .whitespaces).uppercased()
                guard text.isEmpty || (text.count == 2 && text.allSatisfy { $0.isASCII && $0.isLetter }) else {
                    return .badRequest("A usage location is a two-letter country code such as US or GB ('\(PortalText.visible(raw))' was given).")
                }
                if let m = Self.attempt({ () throws(LicensingError) in try t.setUsageLocation(userId: id, text.isEmpty ? nil : text) }) { return .refused(m) }
                return .done(text.isEmpty ? "The usage location was cleared." : "The usage location is now \(text).")
            default:
                return .badRequest("There is no such form.")
            }
        }
        if let notSaved {
            return page(status: 503, problem: "Not saved", reason: "The change could not be saved, and nothing was changed: \(notSaved)", session: session)
        }
        switch outcome {
        case .notFound:
            return page(status: 404, problem: "Not found", reason: "There is no user or group with that id in this tenant.", session: session)
        case .badRequest(let reason):
            return page(status: 400, problem: "Bad request", reason: reason, session: session)
        case .done(let text):
            setFlash(session, Flash(label: "Done", text: text, kind: "ok"))
            return redirect(back, cookie: nil)
        case .refused(let text):
            setFlash(session, Flash(label: "Error", text: text, kind: "error"))
            return redirect(back, cookie: nil)
        }
    }

    /// The group license blade's three changes: assign a product, remove one, or set which of a
    /// product's services are enabled (`plan` lists the enabled ones).
    static func changeGroupLicenses(_ t: Tenant, _ g: Licensing.Group, action: String?, sku: String?, plans: [String]) -> Outcome {
        guard let action, ["add", "remove", "plans"].contains(action) else { return .badRequest("The form's action must be add, remove or plans.") }
        guard let skuText = sku, let skuId = UUID(uuidString: skuText.trimmingCharacters(in: .whitespaces)) else {
            return .badRequest("The form's sku must be a product's SkuId (a GUID).")
        }
        switch action {
            case "add":
                if let m = attempt({ () throws(LicensingError) in try t.setGroupLicenses(groupId: g.objectId, add: [LicenseRequest(.skuId(skuId))]) }) { return .refused(m) }
                return .done("\(Pages.productName(t, skuId).part) was assigned to the group.")
            case "remove":
                if let m = attempt({ () throws(LicensingError) in try t.setGroupLicenses(groupId: g.objectId, remove: [.skuId(skuId)]) }) { return .refused(m) }
                return .done("\(Pages.productName(t, skuId).part) was removed from the group.")
            default:
                guard let product = t.catalog.product(skuId: skuId), g.licenses.contains(where: { $0.skuId == skuId }) else {
                    return .badRequest("The group does not carry that product.")
                }
                var enabled: Set<UUID> = []
                for p in plans {
                    guard let id = UUID(uuidString: p), product.planIndices.contains(where: { t.catalog.plans[$0].id == id }) else {
                        return .badRequest("'\(PortalText.visible(p))' is not a service plan of \(product.partNumber).")
                    }
                    enabled.insert(id)
                }
                let disabled = product.planIndices.map { t.catalog.plans[$0].id }.filter { !enabled.contains($0) }
                if let m = attempt({ () throws(LicensingError) in try t.setGroupLicenses(groupId: g.objectId, update: [LicenseRequest(.skuId(skuId), disabledPlans: disabled.map { .id($0) })]) }) {
                    return .refused(m)
                }
                return .done("The services of \(product.partNumber) were saved.")
        }
    }

    /// Runs one call of the licensing core; its refusal's message, or nil when it was made.
    static func attempt(_ body: () throws(LicensingError) -> Void) -> String? {
        do { try body() } catch { return error.message }
        return nil
    }

    // MARK: Rendering

    static let securityHeadersList: [(name: String, value: String)] = [
        ("Cache-Control", "no-store"),
        ("X-Content-Type-Options", "nosniff"),
        ("X-Frame-Options", "DENY"),
        ("Referrer-Policy", "same-origin"),
        ("Content-Security-Policy", "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'"),
    ]
    var securityHeaders: [(name: String, value: String)] { Self.securityHeadersList }

    func render(_ template: String, _ context: Pages.Context, status: Int, session: String?, flash extra: Flash? = nil) -> GraphServerResponse {
        var c = context
        let (name, stamp) = service.withTenant { ($0.tenant.name, $0.changeStamp) }.value
        if let session {
            c["tenantName"] = PortalText.visible(name)
            c["signedIn"] = true
            c["csrf"] = csrf(session) ?? ""
            c["stamp"] = stamp
        }
        if let f = extra ?? takeFlash(session) { c["flash"] = ["label": f.label, "text": PortalText.visible(f.text), "kind": f.kind] }
        if c["helpText"] == nil { c["helpText"] = "see docs/portal.md." }
        let html = Templates.library.render(c, withTemplate: template) ?? "<!DOCTYPE html><title>Error</title><p>The page could not be rendered.</p>"
        return GraphServerResponse(status: status, headers: securityHeaders + [("Content-Type", "text/html; charset=utf-8")], body: Array(html.utf8))
    }

    func page(status: Int, problem: String, reason: String, session: String?) -> GraphServerResponse {
        render("problem", ["title": problem, "reason": reason], status: status, session: session)
    }

    func signInPage(status: Int, flash: Flash?) -> GraphServerResponse {
        render("signin", ["title": "Sign in"], status: status, session: nil, flash: flash)
    }

    func redirect(_ location: String, cookie: String?) -> GraphServerResponse {
        var headers = securityHeaders + [("Location", location)]
        if let cookie { headers.append(("Set-Cookie", cookie)) }
        return GraphServerResponse(status: 303, headers: headers, body: [])
    }

    func asset(_ text: String, type: String) -> GraphServerResponse {
        GraphServerResponse(status: 200, headers: [("Content-Type", type), ("Cache-Control", "no-cache"), ("X-Content-Type-Options", "nosniff")],
                            body: Array(text.utf8))
    }

    // MARK: Checks

    /// `localhost` or an IP literal, with the server's port: never a DNS name another party
    /// could point at this address (DNS rebinding).
    func hostAllowed(_ host: String?) -> Bool {
        guard let host = host?.trimmingCharacters(in: .whitespaces).lowercased(), !host.isEmpty else { return false }
        let name: Substring, portText: Substring
        if host.hasPrefix("[") {
            guard let close = host.firstIndex(of: "]") else { return false }
            name = host[host.index(after: host.startIndex)..<close]
            let rest = host[host.index(after: close)...]
            guard rest.hasPrefix(":") else { return false }
            portText = rest.dropFirst()
            var addr = in6_addr()
            guard inet_pton(AF_INET6, String(name), &addr) == 1 else { return false }
        } else {
            let parts = host.split(separator: ":", omittingEmptySubsequences: false)
            guard parts.count == 2 else { return false }
            name = parts[0]
            portText = parts[1]
            var addr = in_addr()
            guard name == "localhost" || inet_pton(AF_INET, String(name), &addr) == 1 else { return false }
        }
        return Int(portText) == port
    }

    /// A POST's `Origin` (or, without one, its `Referer`) must be the portal's own address.
    func sameOrigin(_ request: GraphServerRequest) -> Bool {
        guard let host = request.header("Host")?.trimmingCharacters(in: .whitespaces).lowercased() else { return false }
        let mine = "http://" + host
        if let origin = request.header("Origin") { return origin.lowercased() == mine }
        if let referer = request.header("Referer") { return referer.lowercased() == mine || referer.lowercased().hasPrefix(mine + "/") }
        return false
    }

    enum FormResult { case success([(String, String)]), failure(String) }

    func formFields(_ request: GraphServerRequest) -> FormResult {
        if let type = request.header("Content-Type"), !type.lowercased().hasPrefix("application/x-www-form-urlencoded") {
            return .failure("A form must be sent as application/x-www-form-urlencoded (it was \(PortalText.visible(type))).")
        }
        guard request.body.count <= Self.maxFormBytes else { return .failure("The form is larger than 64 KB.") }
        guard let text = String(validating: request.body, as: UTF8.self), let fields = PortalText.form(Substring(text)) else {
            return .failure("The form is not valid URL-encoded UTF-8.")
        }
        return .success(fields)
    }

    func cookie(_ request: GraphServerRequest) -> String? {
        if let header = request.header("Cookie") {
            for part in header.split(separator: ";") {
                let kv = part.trimmingCharacters(in: .whitespaces).split(separator: "=", maxSplits: 1)
                if kv.count == 2, kv[0] == Self.cookieName { return String(kv[1]) }
            }
        }
        return nil
    }

    func bearerToken(_ header: String) -> String? {
        let trimmed = header.trimmingCharacters(in: .whitespaces)
        guard trimmed.lowercased().hasPrefix("bearer ") else { return nil }
        return String(trimmed.dropFirst(7)).trimmingCharacters(in: .whitespaces)
    }

    // MARK: Sessions

    func newSession() -> String {
        lock.lock(); defer { lock.unlock() }
        if sessions.count >= Self.maxSessions, let oldest = sessions.min(by: { $0.value.created < $1.value.created })?.key {
            sessions.removeValue(forKey: oldest)
        }
        let id = PortalText.secret()
        sessions[id] = Session(csrf: PortalText.secret(), created: Date(), flash: nil)
        return id
    }

    func sessionExists(_ id: String) -> Bool { lock.lock(); defer { lock.unlock() }; return sessions[id] != nil }
    func csrf(_ id: String) -> String? { lock.lock(); defer { lock.unlock() }; return sessions[id]?.csrf }
    func endSession(_ id: String) { lock.lock(); sessions.removeValue(forKey: id); lock.unlock() }

    func setFlash(_ id: String?, _ flash: Flash) {
        guard let id else { return }
        lock.lock(); sessions[id]?.flash = flash; lock.unlock()
    }

    func takeFlash(_ id: String?) -> Flash? {
        guard let id else { return nil }
        lock.lock(); defer { lock.unlock() }
        let f = sessions[id]?.flash
        sessions[id]?.flash = nil
        return f
    }
}
