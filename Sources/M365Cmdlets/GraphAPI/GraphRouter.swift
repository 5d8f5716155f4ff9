import Foundation
import Licensing
import PowerShellRuntime   // JsonValue only

/// A Graph REST request, as the REST server receives it and as Invoke-MgGraphRequest sends it.
public struct GraphHTTPRequest {
    public var method: String
    /// The address as given: absolute (`https://graph.microsoft.com/v1.0/users`) or relative (`v1.0/users`).
    public var uri: String
    /// Path segments after the version, percent-decoded.
    public var segments: [String]
    /// Query options by lower-cased name, decoded.
    public var query: [String: String]
    /// Header values by lower-cased name.
    public var headers: [String: String]
    public var body: JsonValue?

    public init(method: String, uri: String, headers: [String: String] = [:], body: JsonValue? = nil) {
        self.method = method.uppercased()
        self.uri = uri
        self.headers = Dictionary(headers.map { ($0.key.lowercased(), $0.value) }, uniquingKeysWith: { _, last in last })
        self.body = body
        var text = uri
        // an absolute address: Graph's, or the lab server's own (`http://127.0.0.1:8080/v1.0/...`)
        for scheme in ["https://", "http://"] where text.lowercased().hasPrefix(scheme) {
            let rest = text.dropFirst(scheme.count)
            text = rest.firstIndex(where: { $0 == "/" || $0 == "?" }).map { String(rest[$0...]) } ?? ""
        }
        var query: [String: String] = [:]
        if let q = text.firstIndex(of: "?") {
            for pair in text[text.index(after: q)...].split(separator: "&") {
                let kv = pair.split(separator: "=", maxSplits: 1).map { GraphHTTPRequest.decoded($0, plusIsSpace: true) }
                if let k = kv.first { query[k.lowercased()] = kv.count > 1 ? kv[1] : "" }
            }
            text = String(text[..<q])
        }
        var segments = text.split(separator: "/").map { GraphHTTPRequest.decoded($0, plusIsSpace: false) }
        if let first = segments.first?.lowercased(), first == "v1.0" || first == "beta" { segments.removeFirst() }
        self.segments = segments
        self.query = query
    }

    /// A URI component percent-decoded (and `+` as a space in a query), without Foundation's
    /// string bridging when there is nothing to decode (every request of a server goes through
    /// here). A `%` not followed by two hex digits, or an escape that does not decode to UTF-8,
    /// leaves the text as it was, as `removingPercentEncoding` does.
    static func decoded(_ text: Substring, plusIsSpace: Bool) -> String {
        let utf8 = text.utf8
        guard utf8.contains(where: { $0 == 0x25 || (plusIsSpace && $0 == 0x2B) }) else { return String(text) }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(utf8.count)
        var i = utf8.startIndex
        func hex(_ b: UInt8) -> UInt8? {
            switch b {
            case 0x30...0x39: return b - 0x30
            case 0x41...0x46: return b - 0x37
            case 0x61...0x66: return b - 0x57
            default: return nil
            }
        }
        while i < utf8.endIndex {
            let b = utf8[i]
            if b == 0x25 {
                let j = utf8.index(after: i)
                guard j < utf8.endIndex, utf8.index(after: j) < utf8.endIndex, let h = hex(utf8[j]), let l = hex(utf8[utf8.index(after: j)]) else {
                    return String(text)
                }
                bytes.append(h << 4 | l)
                i = utf8.index(j, offsetBy: 2)
                continue
            }
            bytes.append(plusIsSpace && b == 0x2B ? 0x20 : b)
            i = utf8.index(after: i)
        }
        return String(validating: bytes, as: UTF8.self) ?? String(text)
    }

    /// The absolute address, for the HTTP response text and `@odata.nextLink`.
    public var absoluteURI: String {
        if uri.lowercased().hasPrefix("http") { return uri }
        let path = uri.hasPrefix("/") ? String(uri.dropFirst()) : uri
        let versioned = path.lowercased().hasPrefix("v1.0/") || path.lowercased().hasPrefix("beta/")
        return "https://graph.microsoft.com/" + (versioned ? path : "v1.0/" + path)
    }
}

public struct GraphHTTPResponse {
    public var status: Int
    public var headers: [(name: String, value: String)] = []
    public var body: JsonValue?
}

/// The Graph v1.0 paths the lab serves, each mapped to its `GraphAPI` operation: decodes the
/// body and the query options, calls the operation, renders the result as Graph's JSON. The REST
/// server and Invoke-MgGraphRequest both go through here.
public struct GraphRouter {
    let api: GraphAPI

    public init(api: GraphAPI) { self.api = api }

    /// The answer to a request; a refusal is thrown (the caller renders it: the server as the
    /// error envelope, Invoke-MgGraphRequest as an HttpResponseException).
    public func respond(to request: GraphHTTPRequest) throws(GraphError) -> GraphHTTPResponse {
        let s = request.segments
        let path = s.map { $0.lowercased() }
        // $top: Graph's page sizes for directory objects
        if let top = request.query["$top"] {
            guard let n = Int(top.trimmingCharacters(in: .whitespaces)), (1...999).contains(n) else { throw GraphError.invalidPageSize(top) }
        }
        let t = api.tenant
        func action(_ i: Int, _ name: String) -> Bool { path.count > i && (path[i] == name.lowercased() || path[i] == "microsoft.graph." + name.lowercased()) }
        switch (request.method, path.count, path.first ?? "") {
        case ("GET", 1, "organization"):
            return page([try api.organization()], request, entitySet: "organization") { GraphResources.organization($0, displayName: api.organizationName, select(request, defaults: nil)) }
        case ("GET", 2, "organization"):
            return ok(GraphResources.organization(try api.organization(s[1]), displayName: api.organizationName, select(request, defaults: nil)))
        case ("GET", 1, "subscribedskus"):
            let selection = select(request)
            return page(try api.subscribedSkus(), request, entitySet: "subscribedSkus") { GraphResources.subscribedSku(t, $0, selection) }
        case ("GET", 2, "subscribedskus"):
            return ok(GraphResources.subscribedSku(t, try api.subscribedSku(s[1]), select(request)))

        case ("GET", 1, "users"):
            let selection = select(request, defaults: GraphSelection.userDefaults)
            return page(try api.users(listQuery(request)), request, entitySet: "users") { GraphResources.user(t, $0, selection) }
        case ("POST", 1, "users"):
            return ok(GraphResources.user(t, try api.createUser(try GraphBodyDecoding.newUser(request.body))), status: 201)
        case ("GET", 2, "users"):
            return ok(GraphResources.user(t, try api.user(s[1]), select(request, defaults: GraphSelection.userDefaults)))
        case ("PATCH", 2, "users"):
            try api.updateUser(s[1], try GraphBodyDecoding.userChanges(request.body))
            return GraphHTTPResponse(status: 204)
        case ("DELETE", 2, "users"):
            try api.deleteUser(s[1])
            return GraphHTTPResponse(status: 204)
        case ("GET", 3, "users") where path[2] == "licensedetails":
            let (user, licenses) = try api.licenseDetails(ofUser: s[1])
            let selection = select(request)
            return page(licenses, request, entitySet: "users('\(user.objectId.lowercasedString)')/licenseDetails") {
                GraphResources.licenseDetails(userId: user.objectId, $0, selection)
            }
        case ("POST", 3, "users") where action(2, "assignLicense"):
            let body = try GraphBodyDecoding.assignLicense(request.body, resource: "User")
            return ok(GraphResources.user(t, try api.assignLicense(toUser: s[1], body)))
        case ("POST", 3, "users") where action(2, "reprocessLicenseAssignment"):
            return ok(GraphResources.user(t, try api.reprocessLicenseAssignment(ofUser: s[1])))
        case ("POST", 3, "users") where action(2, "sendMail"):
            _ = try api.sendMail(fromUser: s[1], try GraphBodyDecoding.sendMail(request.body))
            return GraphHTTPResponse(status: 202)

        case ("GET", 1, "groups"):
            let selection = select(request, defaults: GraphSelection.groupDefaults)
            return page(try api.groups(listQuery(request)), request, entitySet: "groups") { GraphResources.group(t, $0, selection) }
        case ("POST", 1, "groups"):
            return ok(GraphResources.group(t, try api.createGroup(try GraphBodyDecoding.newGroup(request.body))), status: 201)
        case ("GET", 2, "groups"):
            return ok(GraphResources.group(t, try api.group(s[1]), select(request, defaults: GraphSelection.groupDefaults)))
        case ("PATCH", 2, "groups"):
            try api.updateGroup(s[1], try GraphBodyDecoding.groupChanges(request.body))
            return GraphHTTPResponse(status: 204)
        case ("DELETE", 2, "groups"):
            try api.deleteGroup(s[1])
            return GraphHTTPResponse(status: 204)
        case ("GET", 3, "groups") where path[2] == "members":
            let selection = memberSelection(request)
            return page(try api.members(ofGroup: s[1]), request, entitySet: "directoryObjects") { GraphResources.directoryObject($0, selection) }
        case ("GET", 3, "groups") where path[2] == "memberswithlicenseerrors":
            let selection = memberSelection(request)
            return page(try api.membersWithLicenseErrors(ofGroup: s[1]), request, entitySet: "directoryObjects") { GraphResources.directoryObject($0, selection) }
        case ("POST", 4, "groups") where path[2] == "members" && path[3] == "$ref":
            try api.addMember(toGroup: s[1], try GraphBodyDecoding.memberReference(request.body))
            return GraphHTTPResponse(status: 204)
        case ("DELETE", 5, "groups") where path[2] == "members" && path[4] == "$ref":
            try api.removeMember(s[3], fromGroup: s[1])
            return GraphHTTPResponse(status: 204)
        case ("POST", 3, "groups") where action(2, "assignLicense"):
            let body = try GraphBodyDecoding.assignLicense(request.body, resource: "Group")
            let g = try api.assignLicense(toGroup: s[1], body)
            // 202 Accepted, with where the group can be read back (group-assignlicense.md)
            let location = "https://graph.microsoft.com/v2/\(t.tenantId.lowercasedString)/directoryObjects/\(g.objectId.lowercasedString)/Microsoft.DirectoryServices.Group"
            return GraphHTTPResponse(status: 202, headers: [("Location", location)], body: GraphJSON.encode(GraphResources.group(t, g)))
        case ("GET", 2, "auditlogs") where path[1] == "directoryaudits":
            return GraphHTTPResponse(status: 200, body: GraphRouter.directoryAudits(api.auditLog?() ?? t.auditRecords, request: request))
        case ("GET", 2, "directoryobjects"):
            // the derived type's resource, named by @odata.type
            var resource: GraphResource
            switch try api.directoryObject(s[1]) {
            case .user(let u): resource = GraphResources.user(t, u, select(request, defaults: GraphSelection.userDefaults))
            case .group(let g): resource = GraphResources.group(t, g, select(request, defaults: GraphSelection.groupDefaults))
            }
            resource.additional.insert(("@odata.type", .string(resource.type.odataType)), at: 0)
            return ok(resource)
        default:
            throw GraphError.segmentNotFound(s.last ?? "")
        }
    }

    /// `GET /auditLogs/directoryAudits`: the audit log newest first, as directoryAudit resources
    /// (category, activityDisplayName, result, initiatedBy, targetResources with the detail as a
    /// modified property); `$top` items (100 by default).
    static func directoryAudits(_ records: [AuditRecord], request: GraphHTTPRequest) -> JsonValue {
        let size = request.query["$top"].flatMap { Int($0.trimmingCharacters(in: .whitespaces)) } ?? 100
        let newest = records.enumerated().reversed().prefix(size)
        let items: [JsonValue] = newest.map { seq, r in
            let initiator: JsonValue = r.initiatedBy == AuditRecord.groupLicensingActor
                ? .object([("app", .object([("displayName", .string(r.initiatedBy))])), ("user", .null)])
                : .object([("app", .null), ("user", .object([("displayName", .string(r.initiatedBy))]))])
            return .object([
                ("id", .string("Directory_LicenseLab_\(seq)")),
                ("category", .string(r.category)),
                ("correlationId", .string(UUID(uuid: (0, 0, 0, 0, 0, 0, 0x40, 0, 0x80, 0, 0, 0, UInt8(truncatingIfNeeded: seq >> 24), UInt8(truncatingIfNeeded: seq >> 16),
                                                      UInt8(truncatingIfNeeded: seq >> 8), UInt8(truncatingIfNeeded: seq))).lowercasedString)),
                ("result", .string(r.result)),
                ("resultReason", .string(r.result == "failure" ? r.detail : "")),
                ("activityDisplayName", .string(r.activity)),
                ("activityDateTime", .string(GraphJSON.dateText(r.time))),
                ("loggedByService", .string("Core Directory")),
                ("operationType", .string(r.activity.hasPrefix("Set") ? "Assign" : "Update")),
                ("initiatedBy", initiator),
                ("targetResources", .array([.object([
                    ("id", r.targetId.map { .string($0.lowercasedString) } ?? .null),
                    ("displayName", .string(r.targetName)),
                    ("type", .string(r.category == "GroupManagement" ? "Group" : "User")),
                    ("modifiedProperties", .array(r.detail.isEmpty ? [] : [.object([
                        ("displayName", .string(r.activity.hasPrefix("Finish") ? "Result" : "Detail")),
                        ("oldValue", .null), ("newValue", .string("[\(r.detail)]")),
                    ])])),
                ])])),
                ("additionalDetails", .array([])),
            ])
        }
        return .object([("@odata.context", .string(GraphJSON.serviceRoot + "/$metadata#auditLogs/directoryAudits")), ("value", .array(items))])
    }

    private func ok(_ resource: GraphResource, status: Int = 200) -> GraphHTTPResponse {
        GraphHTTPResponse(status: status, body: GraphJSON.encode(resource))
    }

    /// `$select`; without one, `defaults` (nil: every property).
    private func select(_ request: GraphHTTPRequest, defaults: Set<String>? = nil) -> GraphSelection {
        let selected = request.query["$select"].map { [$0] } ?? []
        guard let defaults else { return selected.isEmpty ? .everything : GraphSelection(selected, defaults: []) }
        return GraphSelection(selected, defaults: defaults)
    }

    /// A member list's `$select` (without one: the members' usual properties).
    private func memberSelection(_ request: GraphHTTPRequest) -> GraphSelection {
        GraphResources.memberSelection(request.query["$select"].map { [$0] } ?? [])
    }

    private func listQuery(_ request: GraphHTTPRequest) -> GraphListQuery {
        GraphListQuery(filter: request.query["$filter"], search: request.query["$search"],
                       orderBy: request.query["$orderby"].map { [$0] } ?? [],
                       eventual: request.headers["consistencylevel"]?.lowercased() == "eventual")
    }

    /// One page of a collection: `$top` items (100 by default, Graph's page for directory
    /// objects) from `$skiptoken` (an offset in the lab), with `@odata.nextLink` when more
    /// remain and `@odata.count` when `$count=true`.
    private func page<Item>(_ items: [Item], _ request: GraphHTTPRequest, entitySet: String,
                            _ render: (Item) -> GraphResource) -> GraphHTTPResponse {
        let size = request.query["$top"].flatMap { Int($0.trimmingCharacters(in: .whitespaces)) } ?? 100   // checked by respond(to:)
        let start = min(items.count, max(0, Int(request.query["$skiptoken"] ?? "") ?? 0))
        let end = min(items.count, start + size)
        var next: String?
        if end < items.count {
            var allowed = CharacterSet.alphanumerics
            allowed.insert(charactersIn: "-._~$,/:'()@")
            var options = request.query.filter { $0.key != "$skiptoken" }.sorted { $0.key < $1.key }
                .map { "\($0.key)=\($0.value.addingPercentEncoding(withAllowedCharacters: allowed) ?? $0.value)" }
            options.append("$skiptoken=\(end)")
            let base = request.absoluteURI.split(separator: "?", maxSplits: 1).first.map(String.init) ?? request.absoluteURI
            next = base + "?" + options.joined(separator: "&")
        }
        // without ConsistencyLevel: eventual, $count=true is ignored, silently (aad-advanced-queries.md)
        let counted = request.query["$count"]?.lowercased() == "true" && request.headers["consistencylevel"]?.lowercased() == "eventual"
        return GraphHTTPResponse(status: 200, body: GraphJSON.collection(items[start..<end].map(render), entitySet: entitySet,
                                                                        count: counted ? items.count : nil, nextLink: next))
    }
}
