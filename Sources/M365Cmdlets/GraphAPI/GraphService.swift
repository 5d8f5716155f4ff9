import Foundation
import Licensing
import PowerShellRuntime   // JsonValue, JsonCodec
import TenantStore

/// One HTTP request as `licenselab serve` received it: the method, the request target
/// (`/v1.0/users?$top=5`), the headers and the body bytes.
public struct GraphServerRequest: Sendable {
    public var method: String
    public var target: String
    public var headers: [(name: String, value: String)]
    public var body: [UInt8]

    public init(method: String, target: String, headers: [(name: String, value: String)] = [], body: [UInt8] = []) {
        self.method = method
        self.target = target
        self.headers = headers
        self.body = body
    }

    /// The first value of a header, by name in any case.
    public func header(_ name: String) -> String? {
        headers.first { GraphServerRequest.sameName($0.name, name) }?.value
    }

    /// Header names compare without regard to ASCII case.
    static func sameName(_ a: String, _ b: String) -> Bool {
        let x = a.utf8, y = b.utf8
        guard x.count == y.count else { return false }
        return zip(x, y).allSatisfy { p, q in p == q || (p | 0x20 == q | 0x20 && (p | 0x20) >= 0x61 && (p | 0x20) <= 0x7A) }
    }
}

/// The answer: status, headers (besides `Content-Length` and `Date`, which the HTTP layer adds)
/// and the body.
public struct GraphServerResponse: Sendable {
    public var status: Int
    public var headers: [(name: String, value: String)]
    public var body: [UInt8]

    public var bodyText: String { String(decoding: body, as: UTF8.self) }

    public init(status: Int, headers: [(name: String, value: String)], body: [UInt8]) {
        self.status = status
        self.headers = headers
        self.body = body
    }
}

/// Microsoft Graph v1.0 over HTTP on a tenant store, without the network (docs/graph-server.md):
/// checks the bearer token, reads the JSON body, runs queued group work as the shell does before
/// a command reaches the tenant, asks `GraphRouter` (the same operations the shell's Graph
/// cmdlets call), and writes Graph's answer or its error envelope with `request-id` and
/// `client-request-id`. Requests are handled one at a time (the tenant is one object); each
/// mutating one is committed to the tenant file by the store, as a cmdlet call is, and other
/// processes' changes are read first. The HTTP server (`GraphServer`) only moves bytes.
public final class GraphService: @unchecked Sendable {
    let lock = NSLock()
    let store: TenantStore
    let key: [UInt8]
    /// `http://127.0.0.1:8080`: what `@odata.nextLink` addresses start with.
    private var base: String
    public var baseURL: String {
        get { lock.lock(); defer { lock.unlock() }; return base }
        set { lock.lock(); base = newValue; lock.unlock() }
    }
    let requestIds: RequestIds
    let clock: @Sendable () -> Date
    /// Why the store could not save the change the current request made (it undid it).
    var commitFailure: TenantStoreError?
    /// `Set-LabTenant -GraphThrottling Documented`: the budgets used so far.
    var throttle = GraphThrottle()
    /// Requests answered but not yet written to the tenant file's request log, and when it was
    /// last written: the log is written in batches (`flushLog`), at least once a second.
    var pendingLog: [GraphRequestRecord] = []
    var lastLogWrite = Date.distantPast
    /// Told once when the request log cannot be written (the requests are still answered).
    public var onLogFailure: (@Sendable (String) -> Void)?
    var logFailureReported = false
    /// When the server last looked for other processes' changes (`DispatchTime` nanoseconds).
    var lastRefresh: UInt64 = 0
    static let refreshInterval: UInt64 = 2_000_000
    /// Tokens verified lately, by their `Authorization` header (`bearer`).
    var verifiedTokens: [String: GraphToken] = [:]
    /// What Graph's JSON answers are.
    static let jsonContentType = "application/json;odata.metadata=minimal;odata.streaming=true;IEEE754Compatible=false;charset=utf-8"
    /// The largest body accepted (Graph's front end refuses larger ones with 413).
    public static let maxBodySize = 4 << 20

    public init(store: TenantStore, baseURL: String, requestIds: RequestIds = .random(),
                clock: @escaping @Sendable () -> Date = { Date() }) throws(TenantStoreError) {
        self.store = store
        base = baseURL
        self.requestIds = requestIds
        self.clock = clock
        key = try store.secret(named: GraphToken.keyName)
        store.onError = { [unowned self] error in self.commitFailure = error }
    }

    /// A token for this tenant file (what `licenselab serve` prints at start): app-only, with
    /// what an app-only Graph connection is granted in the lab.
    public func makeToken(scopes: [String] = [], roles: [String]? = nil, validFor: TimeInterval = 3600) -> String {
        lock.lock()
        defer { lock.unlock() }
        let now = clock()
        return GraphToken(scopes: scopes, roles: roles ?? (scopes.isEmpty ? GraphPermissions.appOnly : []), tenantId: store.tenant.tenantId,
                          issuedAt: now, expiresAt: now.addingTimeInterval(validFor)).encoded(key: key)
    }

    public var tenantName: String {
        lock.lock()
        defer { lock.unlock() }
        return store.tenant.name
    }

    public func handle(_ request: GraphServerRequest) -> GraphServerResponse {
        lock.lock()
        defer { lock.unlock() }
        let started = DispatchTime.now().uptimeNanoseconds
        var caller = "(no valid token)"
        let now = clock()
        let response = answer(request, now: now, caller: &caller)
        let elapsed = Double(DispatchTime.now().uptimeNanoseconds - started) / 1_000_000
        pendingLog.append(GraphRequestRecord(time: now, method: request.method, target: request.target, status: response.status,
                                             durationMilliseconds: elapsed, caller: caller,
                                             requestId: Self.header(response, "request-id") ?? "",
                                             clientRequestId: Self.header(response, "client-request-id") ?? ""))
        if pendingLog.count >= 256 || now.timeIntervalSince(lastLogWrite) >= 1 { writeLog(now: now) }
        return response
    }

    /// Writes the requests answered since the last write to the tenant file's request log.
    public func flushLog() {
        lock.lock()
        defer { lock.unlock() }
        writeLog(now: clock())
    }

    func writeLog(now: Date) {
        lastLogWrite = now
        guard !pendingLog.isEmpty else { return }
        do {
            try store.appendGraphRequests(pendingLog, keep: store.tenant.settings.graphRequestLogSize)
        } catch {
            if !logFailureReported { onLogFailure?(error.message) }
            logFailureReported = true
        }
        pendingLog.removeAll(keepingCapacity: true)
    }

    static func header(_ r: GraphServerResponse, _ name: String) -> String? {
        r.headers.first { GraphServerRequest.sameName($0.name, name) }?.value
    }

    /// Who a token speaks for, as the request log names it.
    static func caller(_ token: GraphToken) -> String {
        token.userPrincipalName ?? "app:\(token.appDisplayName) (\(token.appId.lowercasedString))"
    }

    func answer(_ request: GraphServerRequest, now: Date, caller: inout String) -> GraphServerResponse {
        let ids = requestIds.next()
        // without the client's own, Graph repeats the request-id
        let clientRequestId = request.header("client-request-id").flatMap { $0.isEmpty ? nil : $0 } ?? ids.requestId
        var headers: [(name: String, value: String)] = [
            ("Cache-Control", "no-cache"),
            ("request-id", ids.requestId),
            ("client-request-id", clientRequestId),
            ("x-ms-ags-diagnostic", #"{"ServerInfo":{"DataCenter":"LicenseLab","Slice":"E","Ring":"0","ScaleUnit":"000","RoleInstance":"licenselab"}}"#),
        ]
        func answer(_ status: Int, _ json: JsonValue?, extra: [(name: String, value: String)] = []) -> GraphServerResponse {
            var all = headers + extra
            var body: [UInt8] = []
            if let json {
                all.append(("Content-Type", Self.jsonContentType))
                body = Array(JsonCodec.serialize(json, compress: true).utf8)
            }
            return GraphServerResponse(status: status, headers: all, body: body)
        }
        func refuse(_ error: GraphError, extra: [(name: String, value: String)] = []) -> GraphServerResponse {
            answer(error.status, GraphJSON.error(error, date: now, ids: (ids.requestId, clientRequestId)), extra: extra)
        }

        // the version segment first, as Graph's front end reads it
        let pathEnd = request.target.utf8.firstIndex(of: 0x3F) ?? request.target.endIndex
        let version = GraphHTTPRequest.pieces(request.target[..<pathEnd], 0x2F).first.map(String.init) ?? ""
        guard version == "v1.0" || version.lowercased() == "v1.0" else {
            return refuse(version.lowercased() == "beta" ? GraphError.betaNotServed : GraphError.invalidVersion(version))
        }
        // the caller: a bearer token this tenant file signed
        let token: GraphToken
        do {
            token = try bearer(request.header("Authorization"), tenantId: store.tenant.tenantId, now: now)
        } catch {
            return refuse(GraphError.unauthenticated(error.message), extra: [
                ("WWW-Authenticate", #"Bearer realm="", authorization_uri="https://login.microsoftonline.com/common/oauth2/authorize", client_id="00000003-0000-0000-c000-000000000000""#),
            ])
        }
        caller = Self.caller(token)
        // other processes' changes, then queued group work, as before a shell command. The look
        // at the file (a stat of its call log) is made at most every 2 ms: under load that is one
        // request in forty, and a change another process made is seen 2 ms later at worst. A
        // write catches up under the file's lock anyway, before it changes anything.
        let uptime = DispatchTime.now().uptimeNanoseconds
        if uptime &- lastRefresh >= Self.refreshInterval || request.method != "GET" {
            store.refresh()
            lastRefresh = uptime
        }
        let tenant = store.tenant
        tenant.processQueueIfImmediate()
        commitFailure = nil
        var graphRequest = GraphHTTPRequest(method: request.method, uri: base + request.target,
                                            headers: Dictionary(request.headers.map { ($0.name, $0.value) }, uniquingKeysWith: { first, _ in first }))
        // JSON batching: each request of the batch is answered as if sent alone
        if graphRequest.segments.count == 1, graphRequest.segments[0] == "$batch" {
            guard graphRequest.method == "POST" else { return refuse(GraphError.segmentNotFound("$batch")) }
            var body: JsonValue?
            if let text = String(validating: request.body, as: UTF8.self), let parsed = try? JsonCodec.parse(text) { body = parsed }
            guard let body else { return refuse(GraphError.unreadableBody) }
            do {
                return answer(200, try batch(body, authorization: request.header("Authorization"), now: now, caller: &caller))
            } catch {
                return refuse(error)
            }
        }
        // Graph's budgets, when the tenant asks for them
        if case .documented = tenant.settings.graphThrottling {
            let cost = GraphThrottle.cost(method: graphRequest.method, segments: graphRequest.segments, query: graphRequest.query)
            switch throttle.admit(app: token.appId, tenantId: tenant.tenantId, users: tenant.users.count, cost: cost, now: now) {
            case .throttled(let retryAfter, let scope, let information):
                let json = GraphJSON.throttled(date: now, ids: (ids.requestId, clientRequestId))
                return answer(429, json, extra: [("Retry-After", String(retryAfter)), ("x-ms-throttle-scope", scope),
                                                 ("x-ms-throttle-information", information)])
            case .allowed(let units, let percentage):
                headers.append(("x-ms-resource-unit", String(units)))
                if let percentage { headers.append(("x-ms-throttle-limit-percentage", String(format: "%.1f", percentage))) }
            }
        }
        let response: GraphHTTPResponse
        do throws(GraphError) {
            if !request.body.isEmpty, graphRequest.method != "GET", graphRequest.method != "DELETE" {
                guard let text = String(validating: request.body, as: UTF8.self) else { throw GraphError.unreadableBody }
                if !text.allSatisfy(\.isWhitespace) { graphRequest.body = try GraphBodyDecoding.parse(text) }
            }
            var api = GraphAPI(tenant: tenant, grantedScopes: tenant.settings.enforceGraphScopes ? token.permissions : nil)
            api.auditLog = { [store] in store.auditRecords() }
            response = try GraphRouter(api: api).respond(to: graphRequest)
        } catch {
            if let failure = commitFailure { return refuse(GraphError.notSaved(failure.message), extra: [("Retry-After", "1")]) }
            return refuse(error)
        }
        if let failure = commitFailure { return refuse(GraphError.notSaved(failure.message), extra: [("Retry-After", "1")]) }
        // what the request queued is done before the answer goes out in Immediate mode, so the
        // file holds it for the shells at once (the next request would do it anyway)
        tenant.processQueueIfImmediate()
        return answer(response.status, response.body, extra: response.headers)
    }

    /// The portal's way to the tenant (docs/portal.md): runs `body` under the request lock on the
    /// tenant as a request sees it (other processes' changes read, queued group work done), then
    /// does the group work `body` queued, as after a Graph request. `notSaved` is the store's
    /// reason when a change could not be saved (the store undid it).
    public func withTenant<T>(_ body: (TenantStore) -> T) -> (value: T, notSaved: String?) {
        lock.lock()
        defer { lock.unlock() }
        store.refresh()
        store.tenant.processQueueIfImmediate()
        commitFailure = nil
        let value = body(store)
        store.tenant.processQueueIfImmediate()
        let failure = commitFailure?.message
        commitFailure = nil
        return (value, failure)
    }

    /// Whether `token` is a valid token of this tenant file (the portal's sign-in and its
    /// `Authorization: Bearer` header).
    public func acceptsToken(_ token: String) -> Bool {
        lock.lock()
        defer { lock.unlock() }
        guard !token.isEmpty else { return false }
        return (try? bearer("Bearer " + token, tenantId: store.tenant.tenantId, now: clock())) != nil
    }

    /// 413 for a body over `maxBodySize` (the HTTP layer stops reading it).
    public func tooLarge(_ request: GraphServerRequest) -> GraphServerResponse {
        refusedBeforeReading(request, GraphError.bodyTooLarge)
    }

    /// 400 for a body that did not arrive whole (a broken chunked encoding).
    public func unreadable(_ request: GraphServerRequest) -> GraphServerResponse {
        refusedBeforeReading(request, GraphError.unreadableBody)
    }

    /// The answer to a request whose body the HTTP layer gave up on; the connection is closed.
    private func refusedBeforeReading(_ request: GraphServerRequest, _ error: GraphError) -> GraphServerResponse {
        lock.lock()
        defer { lock.unlock() }
        let ids = requestIds.next()
        let clientRequestId = request.header("client-request-id") ?? ids.requestId
        let json = GraphJSON.error(error, date: clock(), ids: (ids.requestId, clientRequestId))
        return GraphServerResponse(status: error.status, headers: [("request-id", ids.requestId), ("client-request-id", clientRequestId),
                                                                   ("Content-Type", Self.jsonContentType), ("Connection", "close")],
                                   body: Array(JsonCodec.serialize(json, compress: true).utf8))
    }

    /// `Authorization: Bearer <token>` checked against the tenant file's key. A client sends the
    /// same token with every request: the tokens verified lately are remembered (their lifetime is
    /// still checked each time), so a request does not parse and sign its token again.
    func bearer(_ header: String?, tenantId: UUID, now: Date) throws(GraphToken.Refusal) -> GraphToken {
        guard let header else { throw .empty }
        if let known = verifiedTokens[header], known.tenantId == tenantId {
            if now.timeIntervalSince1970 > known.expiresAt.timeIntervalSince1970 + GraphToken.clockSkew { throw .expired }
            return known
        }
        let trimmed = header.trimmingCharacters(in: .whitespaces)
        guard trimmed.lowercased().hasPrefix("bearer") else { throw .empty }
        let token = try GraphToken.verify(String(trimmed.dropFirst(6)), key: key, tenantId: tenantId, now: now)
        if verifiedTokens.count >= 64 { verifiedTokens.removeAll() }
        verifiedTokens[header] = token
        return token
    }
}
