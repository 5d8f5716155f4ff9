import Foundation
import PowerShellRuntime
import TenantStore

/// Get-LabGraphRequest: the requests `licenselab serve` answered on this tenant file, oldest
/// first (docs/graph-server.md, "The request log"). The server writes them in small batches, at
/// most a second after it answered.
final class GetLabGraphRequestCommand: Cmdlet {
    static let metadata = CommandMetadata(
        name: "Get-LabGraphRequest",
        parameters: [
            ParameterMetadata(name: "Path", type: "string", position: 0, helpMessage: "A wildcard pattern for the request target (path and query)."),
            ParameterMetadata(name: "Method", type: "string[]", validateSet: ["GET", "POST", "PATCH", "PUT", "DELETE"],
                              helpMessage: "Only these HTTP methods."),
            ParameterMetadata(name: "StatusCode", type: "int[]", helpMessage: "Only these HTTP status codes."),
            ParameterMetadata(name: "Caller", type: "string", helpMessage: "A wildcard pattern for the caller (the token's user or application)."),
            ParameterMetadata(name: "Last", type: "int", validateRange: 1...Double(Int32.max), helpMessage: "Only the newest N of the matches."),
        ],
        outputTypes: [GraphRequestObjects.typeName],
        moduleName: Lab.module,
        synopsis: "Lists the requests the lab's Graph server (licenselab serve) answered on this tenant file.",
        examples: [
            CommandExample(code: "Get-LabGraphRequest -StatusCode 400, 403, 429 -Last 20",
                           remarks: "The newest twenty refused requests: what a program actually sent, and what it got back."),
            CommandExample(code: "Get-LabGraphRequest -Method POST -Path '*assignLicense*' | Group-Object Caller | Select-Object Name, Count",
                           remarks: "License assignments per caller."),
        ])

    init() {}

    func process(_ context: CommandContext) throws {
        let store = try context.tenantStore
        let records: [GraphRequestRecord]
        do { records = try store.graphRequests() } catch {
            try context.writeStoreError(error.message, errorId: "GraphRequestLogUnreadable", category: .ReadError)
            return
        }
        let methods = context.value("Method") == nil ? nil : Set(context.strings("Method").map { $0.uppercased() })
        let statuses: Set<Int>? = context.value("StatusCode") == nil ? nil
            : Set(try context.values("StatusCode").map { try LanguagePrimitives.toInt($0) })
        let path = context.string("Path"), caller = context.string("Caller")
        var matches = records.filter { r in
            (methods?.contains(r.method.uppercased()) ?? true) && (statuses?.contains(r.status) ?? true)
                && (path.map { StoreObjects.matches(r.target, pattern: $0) } ?? true)
                && (caller.map { StoreObjects.matches(r.caller, pattern: $0) } ?? true)
        }
        if let last = context.int("Last"), matches.count > last { matches = Array(matches.suffix(last)) }
        for r in matches { try context.writeObject(GraphRequestObjects.request(r)) }
    }
}

/// `LicenseLab.GraphRequest`: one logged request.
enum GraphRequestObjects {
    static let typeName = "LicenseLab.GraphRequest"

    static func request(_ r: GraphRequestRecord) -> Value {
        Emit.object(typeName, [
            ("Time", Emit.dateTime(r.time)),
            ("Method", .string(r.method)),
            ("Path", .string(r.target)),
            ("StatusCode", .int(r.status)),
            ("DurationMs", .double((r.durationMilliseconds * 1000).rounded() / 1000)),
            ("Caller", .string(r.caller)),
            ("RequestId", .string(r.requestId)),
            ("ClientRequestId", .string(r.clientRequestId)),
        ], toString: "\(r.method) \(r.target)")
    }

    static let view = FormatView(typeName: typeName, shape: .table, columns: [
        ViewColumn("Time"), ViewColumn("Method"), ViewColumn("StatusCode", label: "Status"), ViewColumn("DurationMs"),
        ViewColumn("Caller"), ViewColumn("Path"),
    ])
}
