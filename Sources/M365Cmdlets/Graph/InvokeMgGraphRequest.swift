import Foundation
import Licensing
import PowerShellRuntime

/// Invoke-MgGraphRequest for the licensing REST paths (v1.0 and beta): subscribedSkus, users
/// (get, list with $filter/$select, licenseDetails, assignLicense, reprocessLicenseAssignment),
/// groups (get, list, members, membersWithLicenseErrors, assignLicense). Responses are
/// hashtables with Graph's camelCase names, as with the default `-OutputType HashTable`.
final class InvokeMgGraphRequestCommand: Cmdlet {
    static let metadata = CommandMetadata(
        name: "Invoke-MgGraphRequest",
        parameters: [
            ParameterMetadata(name: "Method", type: "string", position: 0, validateSet: ["GET", "POST", "PATCH", "PUT", "DELETE"],
                              helpMessage: "HTTP method (GET by default).", defaultValueText: "GET"),
            ParameterMetadata(name: "Uri", type: "string", position: 1, mandatory: true, helpMessage: "Absolute or relative (v1.0/...) Graph URI."),
            ParameterMetadata(name: "Body", type: "object", position: 2, helpMessage: "A hashtable or JSON text."),
            ParameterMetadata(name: "Headers", type: "object", helpMessage: "Extra headers (ConsistencyLevel honoured)."),
            ParameterMetadata(name: "OutputType", type: "string", validateSet: ["HashTable", "PSObject", "HttpResponseMessage", "Json"], helpMessage: "Response shape."),
            ParameterMetadata(name: "ContentType", type: "string", helpMessage: "Request content type."),
            ParameterMetadata(name: "StatusCodeVariable", type: "string", helpMessage: "Variable for the HTTP status code."),
        ],
        moduleName: Graph.authModule,
        synopsis: "Sends a request to Microsoft Graph (the lab tenant's licensing paths).",
        examples: [CommandExample(code: "Invoke-MgGraphRequest -Method POST -Uri \"v1.0/groups/$($g.Id)/assignLicense\" -Body @{ addLicenses = @(@{ skuId = $sku }); removeLicenses = @() }",
                                  remarks: "Group license assignment through REST (202 Accepted).")])

    init() {}

    struct Failure: Error { let status: Int; let phrase: String; let code: String; let message: String }

    func process(_ context: CommandContext) throws {
        guard let state = try Graph.connect(context, needs: []) else { return }
        let method = (context.string("Method") ?? "GET").uppercased()
        let uri = context.string("Uri") ?? ""
        let (segments, query) = InvokeMgGraphRequestCommand.split(uri)
        do {
            let body = try InvokeMgGraphRequestCommand.body(context)
            let (status, result) = try route(method, segments, query, body, state, context)
            if let name = context.string("StatusCodeVariable") { context.session.setGlobalVariable(name, .int(status)) }
            if let result {
                if (context.string("OutputType") ?? "").lowercased() == "json" {
                    try context.writeObject(.string(JsonCodec.serialize(InvokeMgGraphRequestCommand.json(result), compress: true)))
                } else {
                    try context.writeObject(result)
                }
            }
        } catch let f as Failure {
            try context.writeError(M365Errors.graph(message: f.message, status: f.status, phrase: f.phrase, graphCode: f.code, context))
        } catch let e as LicensingError {
            try context.writeError(M365Errors.graph(e, context, message: Graph.message(for: e)))
        }
    }

    /// Path segments after the version, and the decoded query.
    static func split(_ uri: String) -> ([String], [String: String]) {
        var text = uri
        for prefix in ["https://graph.microsoft.com", "http://graph.microsoft.com"] where text.lowercased().hasPrefix(prefix) { text = String(text.dropFirst(prefix.count)) }
        var query: [String: String] = [:]
        if let q = text.firstIndex(of: "?") {
            for pair in text[text.index(after: q)...].split(separator: "&") {
                let kv = pair.split(separator: "=", maxSplits: 1).map { String($0).removingPercentEncoding ?? String($0) }
                if let k = kv.first { query[k.lowercased()] = kv.count > 1 ? kv[1].replacingOccurrences(of: "+", with: " ") : "" }
            }
            text = String(text[..<q])
        }
        var segments = text.split(separator: "/").map { String($0).removingPercentEncoding ?? String($0) }
        if let first = segments.first?.lowercased(), first == "v1.0" || first == "beta" { segments.removeFirst() }
        return (segments, query)
    }

    static func body(_ context: CommandContext) throws -> Value {
        guard let v = context.value("Body"), !v.isNull else { return .null }
        if case .string(let text) = v {
            do { return fromJson(try JsonCodec.parse(text)) } catch {
                throw Failure(status: 400, phrase: "BadRequest", code: "BadRequest", message: "Unable to read JSON request payload. Please ensure Content-Type header is set and payload is of valid JSON format.")
            }
        }
        return v
    }

    static func fromJson(_ j: JsonValue) -> Value {
        switch j {
        case .null: return .null
        case .bool(let b): return .bool(b)
        case .number(let n): return LanguagePrimitives.parseNumber(n) ?? .string(n)
        case .string(let s): return .string(s)
        case .array(let a): return .array(PSArray(a.map(fromJson)))
        case .object(let pairs):
            let h = PSHashtable()
            for (k, v) in pairs { h[k] = fromJson(v) }
            return .hashtable(h)
        }
    }

    static func json(_ v: Value) -> JsonValue {
        switch v {
        case .null, .automationNull: return .null
        case .bool(let b): return .bool(b)
        case .int(let i): return .number(String(i))
        case .long(let l): return .number(String(l))
        case .hashtable(let h): return .object(h.entries.map { (LanguagePrimitives.toString($0.key), json($0.value)) })
        case .array(let a): return .array(a.items.map(json))
        default: return .string(LanguagePrimitives.toString(v))
        }
    }

    /// A Graph PSObject as the REST response's hashtable (camelCase names, AdditionalProperties merged).
    static func hashtable(_ v: Value, select: Set<String>? = nil, depth: Int = 0) -> Value {
        guard depth < 16 else { return .null }
        switch v {
        case .object(let o):
            let h = PSHashtable()
            for m in o.properties {
                guard case .noteProperty(let value) = m.kind else { continue }
                if m.name == "AdditionalProperties", case .hashtable(let extra) = value {
                    for (k, x) in extra.entries { h[k] = x }
                    continue
                }
                let name = m.name.prefix(1).lowercased() + m.name.dropFirst()
                if let select, !select.contains(name.lowercased()) { continue }
                h[name] = hashtable(value, depth: depth + 1)
            }
            return .hashtable(h)
        case .array, .native:
            guard let items = v.enumerated() else { return v }
            return .array(PSArray(items.map { hashtable($0, depth: depth + 1) }))
        case .guid(let g): return .string(g.lowercasedGraphString)
        default: return v
        }
    }

    static func collection(_ items: [Value]) -> Value {
        let h = PSHashtable()
        h["@odata.context"] = .string("https://graph.microsoft.com/v1.0/$metadata")
        h["value"] = .array(PSArray(items))
        return .hashtable(h)
    }

    func route(_ method: String, _ s: [String], _ query: [String: String], _ body: Value, _ state: M365State, _ context: CommandContext) throws -> (Int, Value?) {
        let t = state.tenant
        let select: Set<String>? = query["$select"].map { Set($0.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces).lowercased() } + ["id"]) }
        let filter = try query["$filter"].map { text -> ODataFilter in
            do { return try ODataFilter.parse(text) } catch let e as ODataFilter.ParseError {
                throw Failure(status: 400, phrase: "BadRequest", code: "BadRequest", message: e.message)
            }
        }
        let all = GraphObjects.Selection(["*"], defaults: [])
        func notFound(_ id: String) -> Failure {
            Failure(status: 404, phrase: "NotFound", code: "Request_ResourceNotFound", message: "Resource '\(id)' does not exist or one of its queried reference-property objects are not present.")
        }
        func user(_ id: String) throws -> Licensing.User {
            if let u = UUID(uuidString: id).flatMap({ t.user(id: $0) }) ?? t.user(userPrincipalName: id), !u.isDeleted { return u }
            throw notFound(id)
        }
        func group(_ id: String) throws -> Licensing.Group {
            if let g = UUID(uuidString: id).flatMap({ t.group(id: $0) }) { return g }
            throw notFound(id)
        }
        func licenses() throws -> ([LicenseRequest], [SkuReference]) {
            var add: [LicenseRequest] = [], remove: [SkuReference] = []
            for item in ValueAccess.items(ValueAccess.property(body, "addLicenses", session: context.session)) {
                guard let sku = ValueAccess.property(item, "skuId", session: context.session).flatMap(ValueAccess.guid) else {
                    throw Failure(status: 400, phrase: "BadRequest", code: "Request_BadRequest", message: "Invalid value specified for property 'skuId' of resource 'AssignedLicense'.")
                }
                let disabled = ValueAccess.items(ValueAccess.property(item, "disabledPlans", session: context.session)).compactMap(ValueAccess.guid).map { PlanReference.id($0) }
                add.append(LicenseRequest(.skuId(sku), disabledPlans: disabled))
            }
            for item in ValueAccess.items(ValueAccess.property(body, "removeLicenses", session: context.session)) {
                guard let id = ValueAccess.guid(item) else {
                    throw Failure(status: 400, phrase: "BadRequest", code: "Request_BadRequest", message: "Invalid value specified for property 'removeLicenses' of resource 'User'.")
                }
                remove.append(.skuId(id))
            }
            return (add, remove)
        }
        let path = s.map { $0.lowercased() }
        switch (method, path.count, path.first ?? "") {
        case ("GET", 1, "subscribedskus"):
            return (200, InvokeMgGraphRequestCommand.collection(t.subscribedSkus.map { InvokeMgGraphRequestCommand.hashtable(GraphObjects.subscribedSku(t, $0), select: select) }))
        case ("GET", 1, "users"):
            var users = t.activeUsers
            if let filter { users = users.filter { filter.matches(GraphObjects.userEntity(state, $0)) } }
            return (200, InvokeMgGraphRequestCommand.collection(users.map { InvokeMgGraphRequestCommand.hashtable(GraphObjects.user(state, $0, selection: all), select: select) }))
        case ("GET", 2, "users"):
            let u = try user(s[1])
            return (200, InvokeMgGraphRequestCommand.hashtable(GraphObjects.user(state, u, selection: all), select: select))
        case ("GET", 3, "users") where path[2] == "licensedetails":
            let u = try user(s[1])
            return (200, InvokeMgGraphRequestCommand.collection(t.licenses(ofUser: u.objectId).map { InvokeMgGraphRequestCommand.hashtable(GraphObjects.licenseDetails(t, userId: u.objectId, $0)) }))
        case ("POST", 3, "users") where path[2] == "assignlicense":
            guard Graph.hasScope(state, Graph.assignUserLicenses) else { throw Graph.forbidden }
            let u = try user(s[1])
            let (add, remove) = try licenses()
            try t.graphAssignLicense(userId: u.objectId, add: add, remove: remove)
            return (200, InvokeMgGraphRequestCommand.hashtable(GraphObjects.user(state, try user(s[1]), selection: nil)))
        case ("POST", 3, "users") where path[2] == "reprocesslicenseassignment":
            guard Graph.hasScope(state, Graph.assignUserLicenses) else { throw Graph.forbidden }
            let u = try user(s[1])
            _ = try t.reprocessUser(userId: u.objectId)
            return (200, InvokeMgGraphRequestCommand.hashtable(GraphObjects.user(state, try user(s[1]), selection: nil)))
        case ("GET", 1, "groups"):
            var groups = t.groups
            if let filter { groups = groups.filter { filter.matches(GraphObjects.groupEntity(t, $0)) } }
            return (200, InvokeMgGraphRequestCommand.collection(groups.map { InvokeMgGraphRequestCommand.hashtable(GraphObjects.group(t, $0, selection: all), select: select) }))
        case ("GET", 2, "groups"):
            return (200, InvokeMgGraphRequestCommand.hashtable(GraphObjects.group(t, try group(s[1]), selection: all), select: select))
        case ("GET", 3, "groups") where path[2] == "members" || path[2] == "memberswithlicenseerrors":
            let g = try group(s[1])
            let users = path[2] == "members" ? t.members(ofGroup: g.objectId) : t.membersWithLicenseErrors(groupId: g.objectId)
            return (200, InvokeMgGraphRequestCommand.collection(users.map { InvokeMgGraphRequestCommand.hashtable(GraphObjects.directoryObject($0)) }))
        case ("POST", 3, "groups") where path[2] == "assignlicense":
            guard Graph.hasScope(state, Graph.assignGroupLicenses) else { throw Graph.forbidden }
            let g = try group(s[1])
            let (add, remove) = try licenses()
            try t.setGroupLicenses(groupId: g.objectId, add: add, remove: remove)
            return (202, InvokeMgGraphRequestCommand.hashtable(GraphObjects.group(t, try group(s[1]), selection: nil)))
        default:
            throw Failure(status: 400, phrase: "BadRequest", code: "BadRequest",
                          message: "Resource not found for the segment '\(s.last ?? "")'. LicenseLab serves the licensing paths only (docs/cmdlets.md).")
        }
    }
}

extension Graph {
    static var forbidden: InvokeMgGraphRequestCommand.Failure {
        InvokeMgGraphRequestCommand.Failure(status: 403, phrase: "Forbidden", code: "Authorization_RequestDenied", message: "Insufficient privileges to complete the operation.")
    }

    /// True unless scopes are enforced and none of `scopes` was requested.
    static func hasScope(_ state: M365State, _ scopes: [String]) -> Bool {
        guard state.tenant.settings.enforceGraphScopes, let c = state.graph else { return true }
        let held = Set(c.scopes.map { $0.lowercased() })
        return scopes.contains { held.contains($0.lowercased()) }
    }
}
