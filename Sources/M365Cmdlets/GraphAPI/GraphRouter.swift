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
    /// Query options given more than once (Graph refuses them), as written.
    public var repeatedOptions: [String] = []
    public var body: JsonValue?

    public init(method: String, uri: String, headers: [String: String] = [:], body: JsonValue? = nil) {
        self.method = method.uppercased()
        self.uri = uri
        self.headers = Dictionary(headers.map { ($0.key.lowercased(), $0.value) }, uniquingKeysWith: { _, last in last })
        self.body = body
        var text = Substring(uri)
        // an absolute address: Graph's, or the lab server's own (`http://127.0.0.1:8080/v1.0/...`)
        if let rest = Self.afterScheme(text) {
            text = rest.utf8.firstIndex(where: { $0 == 0x2F || $0 == 0x3F }).map { rest[$0...] } ?? ""
        }
        // split on the bytes of `/`, `?`, `&` and `=` (ASCII, so never inside a character)
        var query: [String: String] = [:]
        if let q = text.utf8.firstIndex(of: 0x3F) {
            for pair in Self.pieces(text[text.utf8.index(after: q)...], 0x26) {
                let equals = pair.utf8.firstIndex(of: 0x3D)
                let name = Self.decoded(equals.map { pair[..<$0] } ?? pair, plusIsSpace: true)
                let value = equals.map { Self.decoded(pair[pair.utf8.index(after: $0)...], plusIsSpace: true) } ?? ""
                if query.updateValue(value, forKey: name.lowercased()) != nil { repeatedOptions.append(name) }
            }
            text = text[..<q]
        }
        var segments = Self.pieces(text, 0x2F).map { GraphHTTPRequest.decoded($0, plusIsSpace: false) }
        if let first = segments.first?.lowercased(), first == "v1.0" || first == "beta" { segments.removeFirst() }
        self.segments = segments
        self.query = query
    }

    /// The non-empty pieces of `text` between the bytes `separator` (an ASCII character).
    static func pieces(_ text: Substring, _ separator: UInt8) -> [Substring] {
        var result: [Substring] = []
        let utf8 = text.utf8
        var start = utf8.startIndex
        var i = start
        while i < utf8.endIndex {
            if utf8[i] == separator {
                if i > start { result.append(text[start..<i]) }
                start = utf8.index(after: i)
            }
            i = utf8.index(after: i)
        }
        if i > start { result.append(text[start..<i]) }
        return result
    }

    /// What follows `https://` or `http://` (in any case), or nil for a relative address.
    static func afterScheme(_ text: Substring) -> Substring? {
        for scheme in ["https://", "http://"] {
            var i = text.utf8.startIndex
            var matched = true
            for expected in scheme.utf8 {
                let found = i < text.utf8.endIndex ? text.utf8[i] : 0
                guard found == expected || (expected >= 0x61 && found == expected - 0x20) else { matched = false; break }
                i = text.utf8.index(after: i)
            }
            if matched { return text[i...] }
        }
        return nil
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
        try Self.checkQueryOptions(request, path: path)
        let t = api.tenant
        func action(_ i: Int, _ name: String) -> Bool { path.count > i && (path[i] == name.lowercased() || path[i] == "microsoft.graph." + name.lowercased()) }
        switch (request.method, path.count, path.first ?? "") {
        case ("GET", 1, "organization"):
            return try page([try api.organization()], request, entitySet: "organization") { GraphResources.organization($0, displayName: api.organizationName, select(request, defaults: nil)) }
        case ("GET", 2, "organization"):
            return ok(GraphResources.organization(try api.organization(s[1]), displayName: api.organizationName, select(request, defaults: nil)))
        case ("GET", 1, "subscribedskus"):
            let selection = select(request)
            return try page(try api.subscribedSkus(), request, entitySet: "subscribedSkus") { GraphResources.subscribedSku(t, $0, selection) }
        case ("GET", 2, "subscribedskus"):
            return ok(GraphResources.subscribedSku(t, try api.subscribedSku(s[1]), select(request)))

        case ("GET", 1, "users"):
            let selection = select(request, defaults: GraphSelection.userDefaultNames)
            return try page(request, entitySet: "users", list: { () throws(GraphError) in try api.users(listQuery(request)) },
                            id: \.objectId, resolve: { t.user(id: $0).flatMap { $0.isDeleted ? nil : $0 } }) { GraphResources.user(t, $0, selection) }
        case ("POST", 1, "users"):
            try GraphSchema.checkResource(request.body, declared: GraphSchema.user, readOnly: GraphSchema.userReadOnly)
            return ok(GraphResources.user(t, try api.createUser(try GraphBodyDecoding.newUser(request.body))), status: 201)
        case ("GET", 2, "users"):
            return ok(GraphResources.user(t, try api.user(s[1]), select(request, defaults: GraphSelection.userDefaultNames)))
        case ("PATCH", 2, "users"):
            try GraphSchema.checkResource(request.body, declared: GraphSchema.user, readOnly: GraphSchema.userReadOnly)
            try api.updateUser(s[1], try GraphBodyDecoding.userChanges(request.body))
            return GraphHTTPResponse(status: 204)
        case ("DELETE", 2, "users"):
            try api.deleteUser(s[1])
            return GraphHTTPResponse(status: 204)
        case ("GET", 3, "users") where path[2] == "licensedetails":
            let (user, licenses) = try api.licenseDetails(ofUser: s[1])
            let selection = select(request)
            return try page(licenses, request, entitySet: "users('\(user.objectId.lowercasedString)')/licenseDetails") {
                GraphResources.licenseDetails(userId: user.objectId, $0, selection)
            }
        case ("POST", 3, "users") where action(2, "assignLicense"):
            try GraphSchema.checkAssignLicense(request.body)
            let body = try GraphBodyDecoding.assignLicense(request.body, resource: "User")
            return ok(GraphResources.user(t, try api.assignLicense(toUser: s[1], body)))
        case ("POST", 3, "users") where action(2, "reprocessLicenseAssignment"):
            return ok(GraphResources.user(t, try api.reprocessLicenseAssignment(ofUser: s[1])))
        case ("POST", 3, "users") where action(2, "sendMail"):
            _ = try api.sendMail(fromUser: s[1], try GraphBodyDecoding.sendMail(request.body))
            return GraphHTTPResponse(status: 202)

        case ("GET", 1, "groups"):
            let selection = select(request, defaults: GraphSelection.groupDefaultNames)
            return try page(request, entitySet: "groups", list: { () throws(GraphError) in try api.groups(listQuery(request)) },
                            id: \.objectId, resolve: { t.group(id: $0) }) { GraphResources.group(t, $0, selection) }
        case ("POST", 1, "groups"):
            try GraphSchema.checkResource(request.body, declared: GraphSchema.group, readOnly: GraphSchema.groupReadOnly)
            return ok(GraphResources.group(t, try api.createGroup(try GraphBodyDecoding.newGroup(request.body))), status: 201)
        case ("GET", 2, "groups"):
            return ok(GraphResources.group(t, try api.group(s[1]), select(request, defaults: GraphSelection.groupDefaultNames)))
        case ("PATCH", 2, "groups"):
            try GraphSchema.checkResource(request.body, declared: GraphSchema.group, readOnly: GraphSchema.groupReadOnly)
            try api.updateGroup(s[1], try GraphBodyDecoding.groupChanges(request.body))
            return GraphHTTPResponse(status: 204)
        case ("DELETE", 2, "groups"):
            try api.deleteGroup(s[1])
            return GraphHTTPResponse(status: 204)
        case ("GET", 3, "groups") where path[2] == "members":
            let selection = memberSelection(request)
            return try page(request, entitySet: "directoryObjects", list: { () throws(GraphError) in try api.members(ofGroup: s[1]) },
                            id: \.objectId, resolve: { t.user(id: $0).flatMap { $0.isDeleted ? nil : $0 } }) { GraphResources.directoryObject($0, selection) }
        case ("GET", 3, "groups") where path[2] == "memberswithlicenseerrors":
            let selection = memberSelection(request)
            return try page(request, entitySet: "directoryObjects", list: { () throws(GraphError) in try api.membersWithLicenseErrors(ofGroup: s[1]) },
                            id: \.objectId, resolve: { t.user(id: $0).flatMap { $0.isDeleted ? nil : $0 } }) { GraphResources.directoryObject($0, selection) }
        case ("POST", 4, "groups") where path[2] == "members" && path[3] == "$ref":
            try api.addMember(toGroup: s[1], try GraphBodyDecoding.memberReference(request.body))
            return GraphHTTPResponse(status: 204)
        case ("DELETE", 5, "groups") where path[2] == "members" && path[4] == "$ref":
            try api.removeMember(s[3], fromGroup: s[1])
            return GraphHTTPResponse(status: 204)
        case ("POST", 3, "groups") where action(2, "assignLicense"):
            try GraphSchema.checkAssignLicense(request.body)
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
            case .user(let u): resource = GraphResources.user(t, u, select(request, defaults: GraphSelection.userDefaultNames))
            case .group(let g): resource = GraphResources.group(t, g, select(request, defaults: GraphSelection.groupDefaultNames))
            }
            resource.additional.insert(("@odata.type", .string(resource.type.odataType)), at: 0)
            return ok(resource)
        default:
            // a path the lab serves, asked with another method: 405 (Graph's answer)
            if Self.servedMethods(path).map({ !$0.contains(request.method) }) ?? false { throw GraphError.methodNotAllowed }
            // Graph names the first segment it cannot resolve: an unknown entity set itself (as
            // for an absolute address inside a $batch request, `https:`), else the last one
            let entitySets: Set<String> = ["users", "groups", "subscribedskus", "directoryobjects", "organization", "auditlogs"]
            let first = s.first ?? ""
            throw GraphError.segmentNotFound(entitySets.contains(first.lowercased()) ? s.last ?? "" : first)
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
    private func select(_ request: GraphHTTPRequest, defaults: GraphSelection.NameList? = nil) -> GraphSelection {
        let selected = request.query["$select"].map { [$0] } ?? []
        guard let defaults else { return selected.isEmpty ? .everything : GraphSelection(selected, defaults: GraphSelection.NameList([])) }
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

    /// The methods the lab serves on a path (lower-cased segments), or nil for a path it does not serve.
    static func servedMethods(_ path: [String]) -> Set<String>? {
        func action(_ segment: String, _ name: String) -> Bool { segment == name || segment == "microsoft.graph." + name }
        switch (path.count, path.first ?? "") {
        case (1, "users"), (1, "groups"): return ["GET", "POST"]
        case (2, "users"), (2, "groups"): return ["GET", "PATCH", "DELETE"]
        case (1, "subscribedskus"), (2, "subscribedskus"), (1, "organization"), (2, "organization"), (2, "directoryobjects"): return ["GET"]
        case (2, "auditlogs") where path[1] == "directoryaudits": return ["GET"]
        case (3, "users") where path[2] == "licensedetails": return ["GET"]
        case (3, "users") where ["assignlicense", "reprocesslicenseassignment", "sendmail"].contains { action(path[2], $0) }: return ["POST"]
        case (3, "groups") where path[2] == "members" || path[2] == "memberswithlicenseerrors": return ["GET"]
        case (3, "groups") where action(path[2], "assignlicense"): return ["POST"]
        case (4, "groups") where path[2] == "members" && path[3] == "$ref": return ["POST"]
        case (5, "groups") where path[2] == "members" && path[4] == "$ref": return ["DELETE"]
        default: return nil
        }
    }

    /// The query options Graph knows; `$skip` is one the directory refuses, and a name without
    /// its `$` (`select=id`) is not an option at all (Graph: 400 for each).
    static let queryOptions: Set<String> = ["$select", "$filter", "$top", "$count", "$search", "$orderby", "$expand", "$skiptoken", "$format"]

    static func checkQueryOptions(_ request: GraphHTTPRequest, path: [String]) throws(GraphError) {
        if let repeated = request.repeatedOptions.first { throw GraphError.optionRepeated(repeated) }
        for name in request.query.keys.sorted() {
            if name == "$skip" { throw GraphError.skipNotSupported }
            if !queryOptions.contains(name) { throw GraphError.unrecognizedQueryArgument(name) }
        }
        // $select names the resource's properties (users and groups: Graph's schema)
        guard request.method == "GET", let selected = request.query["$select"], path.count <= 2 else { return }
        let declared: Set<String>, type: String
        switch path.first ?? "" {
        case "users": declared = GraphSchema.user; type = "microsoft.graph.user"
        case "groups": declared = GraphSchema.group; type = "microsoft.graph.group"
        default: return
        }
        for name in GraphHTTPRequest.pieces(Substring(selected), 0x2C).map({ String($0).trimmedSpaces })
        where name != "*" && !name.contains("_") && !declared.contains(name.lowercased()) {
            throw GraphError.unknownProperty(name, type: type)
        }
    }

    /// One page of a short collection (SKUs, license details, the organization): `$top` items
    /// (100 by default) from the position a `$skiptoken` names.
    private func page<Item>(_ items: [Item], _ request: GraphHTTPRequest, entitySet: String,
                            _ render: (Item) -> GraphResource) throws(GraphError) -> GraphHTTPResponse {
        let start = try skipToken(request).map { min(items.count, $0.offset) } ?? 0
        let end = min(items.count, start + pageSize(request))
        let next = end < items.count ? nextLink(request, GraphCursors.shared.token(for: nil, listId: 0, offset: end).token) : nil
        return GraphHTTPResponse(status: 200, body: GraphJSON.collection(items[start..<end].map(render), entitySet: entitySet,
                                                                        count: counted(request) ? items.count : nil, nextLink: next))
    }

    /// One page of users, groups or members: the first page reads the listing (`list`) and keeps
    /// its ids; a `$skiptoken` page takes the next ids of that listing as they are now
    /// (`resolve`; one deleted since is left out), so the pages continue where they ended
    /// whatever the client changed in between (GraphCursors).
    private func page<Item>(_ request: GraphHTTPRequest, entitySet: String, list: () throws(GraphError) -> [Item],
                            id: (Item) -> UUID, resolve: (UUID) -> Item?,
                            _ render: (Item) -> GraphResource) throws(GraphError) -> GraphHTTPResponse {
        let size = pageSize(request)
        var pageItems: [Item] = []
        var next: String?
        var count: Int?
        if let token = try skipToken(request) {
            guard let ids = token.ids else { throw GraphError.invalidSkipToken }
            let start = min(ids.count, token.offset), end = min(ids.count, start + size)
            pageItems = ids[start..<end].compactMap(resolve)
            if end < ids.count { next = nextLink(request, GraphCursors.shared.token(for: ids, listId: token.listId, offset: end).token) }
        } else {
            let items = try list()
            let end = min(items.count, size)
            pageItems = Array(items[..<end])
            if end < items.count { next = nextLink(request, GraphCursors.shared.token(for: items.map(id), listId: nil, offset: end).token) }
            if counted(request) { count = items.count }
        }
        return GraphHTTPResponse(status: 200, body: GraphJSON.collection(pageItems.map(render), entitySet: entitySet, count: count, nextLink: next))
    }

    private func pageSize(_ request: GraphHTTPRequest) -> Int {
        request.query["$top"].flatMap { Int($0.trimmedSpaces) } ?? 100   // checked by respond(to:)
    }

    /// The `$skiptoken` the request carries, if any; one this process did not make is refused.
    private func skipToken(_ request: GraphHTTPRequest) throws(GraphError) -> (ids: [UUID]?, listId: UInt64, offset: Int)? {
        guard let text = request.query["$skiptoken"] else { return nil }
        guard let token = GraphCursors.shared.resolve(text) else { throw GraphError.invalidSkipToken }
        return token
    }

    /// `@odata.nextLink`: this request's address and query options with the next `$skiptoken`.
    private func nextLink(_ request: GraphHTTPRequest, _ token: String) -> String {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~$,/:()@")
        var options = request.query.filter { $0.key != "$skiptoken" }.sorted { $0.key < $1.key }
            .map { "\($0.key)=\($0.value.addingPercentEncoding(withAllowedCharacters: allowed) ?? $0.value)" }
        options.append("$skiptoken=" + (token.addingPercentEncoding(withAllowedCharacters: allowed) ?? token))
        let base = request.absoluteURI.split(separator: "?", maxSplits: 1).first.map(String.init) ?? request.absoluteURI
        return base + "?" + options.joined(separator: "&")
    }

    /// `$count=true` is answered only with ConsistencyLevel: eventual; without it Graph leaves
    /// the count out, silently (aad-advanced-queries.md).
    private func counted(_ request: GraphHTTPRequest) -> Bool {
        request.query["$count"]?.lowercased() == "true" && request.headers["consistencylevel"]?.lowercased() == "eventual"
    }
}
