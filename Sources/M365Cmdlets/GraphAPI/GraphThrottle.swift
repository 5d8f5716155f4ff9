import Foundation
import Licensing

/// Graph's identity-and-access throttling, as `licenselab serve` applies it with
/// `Set-LabTenant -GraphThrottling Documented` (docs/graph-server.md, "Throttling"). The
/// documented budgets (microsoft-graph-docs-contrib: concepts/throttling-limits.md, "Identity and
/// access service limits"): per application and tenant, resource units per 10 seconds by tenant
/// size (S, under 50 users: 3,500; M, up to 500: 5,000; L: 8,000) and 3,000 writes per 2 minutes
/// 30 seconds; per tenant, 18,000 writes per 5 minutes. Each request costs resource units by its
/// path (the base cost table: `GET users` 2, `GET subscribedSkus` 3, `GET groups/{id}/members` 3,
/// `GET users/{id}/licenseDetails` 2, anything else 1; `$select` and `$top` under 20 take one
/// off, `$expand` adds one, never under 1) and writes cost 1 write unit. The service keeps token
/// buckets; the lab counts units in fixed windows that start with the first request, so a run is
/// repeatable: no randomness, and the same requests in the same window get the same answers.
struct GraphThrottle {
    struct Window {
        var start: Date
        var used: Int
    }

    private var resourceUnits: [UUID: Window] = [:]
    private var writes: [UUID: Window] = [:]
    private var tenantWrites: Window?

    static let resourceUnitWindow: TimeInterval = 10
    static let writeWindow: TimeInterval = 150
    static let tenantWriteWindow: TimeInterval = 300
    static let writeQuota = 3_000
    static let tenantWriteQuota = 18_000

    /// The application+tenant resource-unit quota for a tenant of `users` users.
    static func resourceUnitQuota(users: Int) -> Int { users < 50 ? 3_500 : users <= 500 ? 5_000 : 8_000 }

    /// What a request costs: resource units and write units.
    static func cost(method: String, segments: [String], query: [String: String]) -> (resourceUnits: Int, writes: Int) {
        let path = segments.map { $0.lowercased() }
        var base = 1
        let write = method != "GET" && method != "HEAD"
        if !write {
            switch (path.count, path.first ?? "") {
            case (1, "users"): base = 2
            case (1, "subscribedskus"): base = 3
            case (3, "groups") where path[2] == "members": base = 3
            case (3, "users") where path[2] == "licensedetails": base = 2
            default: base = 1
            }
        }
        if query["$select"] != nil { base -= 1 }
        if query["$expand"] != nil { base += 1 }
        if let top = query["$top"].flatMap({ Int($0) }), top < 20 { base -= 1 }
        return (max(1, base), write ? 1 : 0)
    }

    enum Decision {
        /// Served: the units it cost, and the share of the resource-unit quota used once it is
        /// counted when that is over 0.8 (`x-ms-throttle-limit-percentage`).
        case allowed(resourceUnits: Int, percentage: Double?)
        /// 429: when to come back, and which limit (`x-ms-throttle-scope`, `x-ms-throttle-information`).
        case throttled(retryAfter: Int, scope: String, information: String)
    }

    /// Counts a request against its application's and the tenant's budgets, or refuses it (a
    /// refused request costs nothing).
    mutating func admit(app: UUID, tenantId: UUID, users: Int, cost: (resourceUnits: Int, writes: Int), now: Date) -> Decision {
        func current(_ w: Window?, _ length: TimeInterval) -> Window {
            guard let w, now.timeIntervalSince(w.start) < length, now >= w.start else { return Window(start: now, used: 0) }
            return w
        }
        func wait(_ w: Window, _ length: TimeInterval) -> Int { max(1, Int((w.start.addingTimeInterval(length).timeIntervalSince(now)).rounded(.up))) }
        let appText = app.uuidString.lowercased(), tenantText = tenantId.uuidString.lowercased()
        var ru = current(resourceUnits[app], Self.resourceUnitWindow)
        var w = current(writes[app], Self.writeWindow)
        var tw = current(tenantWrites, Self.tenantWriteWindow)
        let quota = Self.resourceUnitQuota(users: users)
        if ru.used + cost.resourceUnits > quota {
            return .throttled(retryAfter: wait(ru, Self.resourceUnitWindow), scope: "Tenant_Application/ReadWrite/\(appText)/\(tenantText)",
                              information: "ResourceUnitLimitExceeded")
        }
        if cost.writes > 0 {
            if w.used + cost.writes > Self.writeQuota {
                return .throttled(retryAfter: wait(w, Self.writeWindow), scope: "Tenant_Application/Write/\(appText)/\(tenantText)",
                                  information: "WriteLimitExceeded")
            }
            if tw.used + cost.writes > Self.tenantWriteQuota {
                return .throttled(retryAfter: wait(tw, Self.tenantWriteWindow), scope: "Tenant/Write/\(appText)/\(tenantText)",
                                  information: "WriteLimitExceeded")
            }
            w.used += cost.writes
            tw.used += cost.writes
            writes[app] = w
            tenantWrites = tw
        }
        ru.used += cost.resourceUnits
        resourceUnits[app] = ru
        let share = Double(ru.used) / Double(quota)
        return .allowed(resourceUnits: cost.resourceUnits, percentage: share > 0.8 ? share : nil)
    }
}
