import Foundation
import PowerShellRuntime   // JsonValue, JsonCodec
import TenantStore

// JSON batching (`POST /v1.0/$batch`, microsoft-graph-docs-contrib: concepts/json-batching.md):
// up to 20 requests in one, each with an `id`, `method`, `url` (relative to the version), optional
// `headers` and `body`, and `dependsOn` (ids that must run first). The lab runs them in order,
// a request after those it depends on; one whose dependency failed gets 424 Failed Dependency.
// Each is answered, throttled and logged as if it had been sent alone, with the batch's token.
extension GraphService {
    static let batchLimit = 20

    struct BatchItem {
        var id: String
        var method: String
        var url: String
        var headers: [(name: String, value: String)]
        var body: JsonValue?
        var dependsOn: [String]
    }

    /// Graph's error envelope for one request of a batch that is refused before it runs.
    func refusal(_ error: GraphError, now: Date) -> GraphServerResponse {
        let ids = requestIds.next()
        let json = GraphJSON.error(error, date: now, ids: (ids.requestId, ids.requestId))
        return GraphServerResponse(status: error.status, headers: [("Content-Type", Self.jsonContentType), ("request-id", ids.requestId)],
                                   body: Array(JsonCodec.serialize(json, compress: true).utf8))
    }

    /// The batch's answer (`responses`, for a 200), or the refusal of the whole batch (400).
    func batch(_ body: JsonValue?, authorization: String?, now: Date, caller: inout String) throws(GraphError) -> JsonValue {
        let items = try Self.batchItems(body)
        var status: [String: Int] = [:]
        var responses: [JsonValue] = []
        var done = Set<String>()
        // in order, each after its dependencies (batchItems refused cycles and unknown ids)
        var pending = items
        while !pending.isEmpty {
            guard let next = pending.firstIndex(where: { $0.dependsOn.allSatisfy(done.contains) }) else { break }
            let item = pending.remove(at: next)
            done.insert(item.id)
            if let failed = item.dependsOn.first(where: { (status[$0] ?? 200) >= 400 }) {
                status[item.id] = 424
                let error = GraphError.failedDependency(failed)
                let ids = requestIds.next()
                responses.append(.object([("id", .string(item.id)), ("status", .number("424")),
                                          ("headers", .object([("Content-Type", .string(Self.jsonContentType))])),
                                          ("body", GraphJSON.error(error, date: now, ids: (ids.requestId, ids.requestId)))]))
                continue
            }
            var headers = item.headers
            if let authorization { headers.append(("Authorization", authorization)) }
            let bodyBytes = item.body.map { Array(JsonCodec.serialize($0, compress: true).utf8) } ?? []
            let path = item.url.hasPrefix("/") ? item.url : "/" + item.url
            let sub = GraphServerRequest(method: item.method, target: "/v1.0" + path, headers: headers, body: bodyBytes)
            var subCaller = caller
            let started = DispatchTime.now().uptimeNanoseconds
            // a batch is not a resource a batch can address: no batch inside a batch (which
            // would multiply the 20-request limit and hold the server for the whole tree)
            let nested = GraphHTTPRequest.pieces(Substring(path), 0x2F).first.map { $0.lowercased().hasPrefix("$batch") } ?? false
            let reply = nested ? refusal(GraphError.segmentNotFound("$batch"), now: now) : self.answer(sub, now: now, caller: &subCaller)
            let elapsed = Double(DispatchTime.now().uptimeNanoseconds - started) / 1_000_000
            let target: String = sub.target + " ($batch " + item.id + ")"
            let record = GraphRequestRecord(time: now, method: sub.method, target: target, status: reply.status,
                                            durationMilliseconds: elapsed, caller: subCaller,
                                            requestId: Self.header(reply, "request-id") ?? "",
                                            clientRequestId: Self.header(reply, "client-request-id") ?? "")
            pendingLog.append(record)
            caller = subCaller
            status[item.id] = reply.status
            var pairs: [(String, JsonValue)] = [("id", .string(item.id)), ("status", .number(String(reply.status)))]
            let shown = reply.headers.filter { ["content-type", "location", "retry-after", "x-ms-resource-unit"].contains($0.name.lowercased()) }
            if !shown.isEmpty { pairs.append(("headers", .object(shown.map { ($0.name, .string($0.value)) }))) }
            if !reply.body.isEmpty, let json = try? JsonCodec.parse(reply.bodyText) { pairs.append(("body", json)) }
            responses.append(.object(pairs))
        }
        return JsonValue.object([("responses", .array(responses))])
    }

    /// The batch body's requests, checked as a whole before any runs.
    static func batchItems(_ body: JsonValue?) throws(GraphError) -> [BatchItem] {
        guard case .object(let top)? = body, let requestsValue = top.first(where: { $0.0.lowercased() == "requests" })?.1,
              case .array(let list) = requestsValue
        else { throw GraphError.batchMalformed("The batch request body must be a JSON object with a 'requests' array.") }
        if list.isEmpty { throw GraphError.batchMalformed("The batch request must contain at least one request.") }
        if list.count > batchLimit { throw GraphError.batchMalformed("The batch request contains \(list.count) requests; the limit is \(batchLimit).") }
        var items: [BatchItem] = []
        for entry in list {
            guard case .object(let pairs) = entry else { throw GraphError.batchMalformed("Each batch request must be a JSON object.") }
            func field(_ name: String) -> JsonValue? { pairs.first { $0.0.lowercased() == name.lowercased() }?.1 }
            func text(_ value: JsonValue?) -> String? {
                switch value {
                case .string(let s)?: return s
                case .number(let n)?: return n
                default: return nil
                }
            }
            guard let id = text(field("id")), !id.isEmpty else { throw GraphError.batchMalformed("Each batch request needs an 'id'.") }
            guard let method = text(field("method"))?.uppercased(), ["GET", "POST", "PATCH", "PUT", "DELETE"].contains(method) else {
                throw GraphError.batchMalformed("Batch request id : \(id) has a missing or invalid 'method'.")
            }
            guard let url = text(field("url")), !url.isEmpty else { throw GraphError.batchMalformed("Batch request id : \(id) has no 'url'.") }
            var headers: [(name: String, value: String)] = []
            if case .object(let h)? = field("headers") { headers = h.compactMap { pair in text(pair.1).map { (pair.0, $0) } } }
            var body = field("body")
            if case .null? = body { body = nil }
            if body.map({ _ in true }) ?? false {
                guard headers.contains(where: { $0.name.lowercased() == "content-type" }) else {
                    throw GraphError.batchMalformed("Write request id : \(id) does not contain Content-Type header or body.")
                }
            }
            var dependsOn: [String] = []
            if case .array(let d)? = field("dependsOn") { dependsOn = d.compactMap(text) }
            if items.contains(where: { $0.id == id }) { throw GraphError.batchMalformed("Batch request id : \(id) is not unique.") }
            items.append(BatchItem(id: id, method: method, url: url, headers: headers, body: body, dependsOn: dependsOn))
        }
        // every dependency is another request of the batch, and none depends on itself through others
        let ids = Set(items.map(\.id))
        for item in items {
            if let unknown = item.dependsOn.first(where: { !ids.contains($0) }) {
                throw GraphError.batchMalformed("Batch request id : \(item.id) depends on '\(unknown)', which is not in the batch.")
            }
        }
        var placed = Set<String>()
        var remaining = items
        while !remaining.isEmpty {
            guard let i = remaining.firstIndex(where: { $0.dependsOn.allSatisfy(placed.contains) }) else {
                throw GraphError.batchMalformed("The batch requests' dependsOn form a cycle.")
            }
            placed.insert(remaining.remove(at: i).id)
        }
        return items
    }
}
