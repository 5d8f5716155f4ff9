import Foundation
import PowerShellRuntime   // JsonValue only

/// Graph's JSON: resources, collections and the error envelope, as the service writes them.
public enum GraphJSON {
    static let serviceRoot = "https://graph.microsoft.com/v1.0"

    static func encode(_ resource: GraphResource) -> JsonValue {
        var pairs: [(String, JsonValue)] = []
        for (name, value) in resource.properties { if let value { pairs.append((name, encode(value))) } }
        for (name, value) in resource.additional { pairs.append((name, encode(value))) }
        return .object(pairs)
    }

    static func encode(_ value: GraphValue) -> JsonValue {
        switch value {
        case .null: return .null
        case .bool(let b): return .bool(b)
        case .int(let i): return .number(String(i))
        case .string(let s): return .string(s)
        case .date(let d): return .string(dateText(d))
        case .strings(let items): return .array(items.map { .string($0) })
        case .resource(let r): return encode(r)
        case .resources(let items, _): return .array(items.map(encode))
        }
    }

    /// `{"@odata.context": ..., "@odata.count": n, "value": [...], "@odata.nextLink": ...}`.
    static func collection(_ items: [GraphResource], entitySet: String, count: Int? = nil, nextLink: String? = nil) -> JsonValue {
        var pairs: [(String, JsonValue)] = [("@odata.context", .string(serviceRoot + "/$metadata#" + entitySet))]
        if let count { pairs.append(("@odata.count", .number(String(count)))) }
        pairs.append(("value", .array(items.map(encode))))
        if let nextLink { pairs.append(("@odata.nextLink", .string(nextLink))) }
        return .object(pairs)
    }

    /// `{"error": {"code", "message", "innerError": {"date", "request-id", "client-request-id"}}}`.
    public static func error(_ error: GraphError, date: Date, ids: (requestId: String, clientRequestId: String)) -> JsonValue {
        .object([("error", .object([
            ("code", .string(error.code)),
            ("message", .string(error.message)),
            ("innerError", .object([
                ("date", .string(String(dateText(date).dropLast()))),   // Graph writes this one without the Z
                ("request-id", .string(ids.requestId)),
                ("client-request-id", .string(ids.clientRequestId)),
            ])),
        ]))])
    }

    /// 429 as Graph's throttling guidance shows it (concepts/throttling.md): `TooManyRequests`,
    /// "Please retry again later.", an innerError with the status.
    static func throttled(date: Date, ids: (requestId: String, clientRequestId: String)) -> JsonValue {
        .object([("error", .object([
            ("code", .string("TooManyRequests")),
            ("message", .string("Please retry again later.")),
            ("innerError", .object([
                ("code", .string("429")),
                ("date", .string(String(dateText(date).dropLast()))),
                ("message", .string("Please retry after")),
                ("request-id", .string(ids.requestId)),
                ("client-request-id", .string(ids.clientRequestId)),
                ("status", .string("429")),
            ])),
        ]))])
    }

    /// `2026-01-01T00:00:00Z`: Graph's DateTimeOffset, to the second.
    static func dateText(_ d: Date) -> String {
        d.formatted(Date.ISO8601FormatStyle(timeZone: TimeZone(identifier: "UTC") ?? .current))
    }

    /// A Graph date-time text (`2026-01-01T00:00:00Z`, fractions allowed) as a Date.
    static func date(_ text: String) -> Date? {
        guard text.count >= 20, text.hasSuffix("Z"), text.dropFirst(10).first == "T" else { return nil }
        if let d = try? Date(text, strategy: Date.ISO8601FormatStyle()) { return d }
        return try? Date(text, strategy: Date.ISO8601FormatStyle(includingFractionalSeconds: true))
    }
}
