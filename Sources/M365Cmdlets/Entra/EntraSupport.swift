import Foundation
import Licensing
import PowerShellRuntime

/// What the Microsoft.Entra module's cmdlets share. The module is a layer of script functions
/// over Microsoft Graph PowerShell: Connect-Entra is Connect-MgGraph (one connection: Get-MgContext
/// sees it, and Graph cmdlets work after it), the read cmdlets return the Graph SDK's objects, and
/// the write cmdlets send their request with Invoke-MgGraphRequest — here through the lab's one
/// Graph operation layer (`GraphRouter` / `GraphAPI`), so a refusal is that cmdlet's
/// HttpResponseException with Graph's JSON error, as in the real module (docs/cmdlets.md).
enum Entra {
    static let module = "Microsoft.Entra"
    static let version = "1.0.6"

    /// The Graph operations once Connect-Entra (or Connect-MgGraph) has run. Before it each
    /// cmdlet stops with its `Write-Error -ErrorAction Stop` text, naming the permission it needs.
    static func api(_ context: CommandContext, scopes: String) throws -> GraphAPI {
        let state = try context.m365
        guard state.graph != nil else {
            let rec = context.errorRecord("Not connected to Microsoft Graph. Use 'Connect-Entra -Scopes \(scopes)' to authenticate.",
                                          errorId: "Microsoft.PowerShell.Commands.WriteErrorException",
                                          exceptionType: "Microsoft.PowerShell.Commands.WriteErrorException")
            throw RuntimeError(rec)
        }
        return GraphAPI(state)
    }

    /// Sends one request as the module's Invoke-MgGraphRequest call does; a refusal is that
    /// cmdlet's terminating HttpResponseException (FQEID `InvokeGraphHttpResponseException,
    /// Microsoft.Graph.PowerShell.Authentication.Cmdlets.InvokeMgGraphRequest`).
    static func send(_ context: CommandContext, _ api: GraphAPI, method: String, path: String, body: JsonValue? = nil) throws -> JsonValue? {
        let request = GraphHTTPRequest(method: method, uri: "https://graph.microsoft.com/v1.0/" + path, body: body)
        do {
            return try GraphRouter(api: api).respond(to: request).body
        } catch {
            throw RuntimeError(httpError(error, request: request, context))
        }
    }

    static func httpError(_ error: GraphError, request: GraphHTTPRequest, _ context: CommandContext) -> ErrorRecord {
        let date = (try? context.tenant.clock.now()) ?? Date(timeIntervalSince1970: 0)
        let rec = M365Errors.graphHTTP(error, request: request, date: date, context)
        rec.fullyQualifiedErrorId = "InvokeGraphHttpResponseException,Microsoft.Graph.PowerShell.Authentication.Cmdlets.InvokeMgGraphRequest"
        var info = context.invocationInfo
        info.myCommand = "Invoke-MgGraphRequest"
        rec.invocationInfo = info
        rec.categoryInfo.activity = "Invoke-MgGraphRequest"
        return rec
    }

    /// Runs a Graph operation directly (the read cmdlets); a refusal is reported as the request's.
    static func call<T>(_ context: CommandContext, method: String = "GET", path: String, _ body: () throws(GraphError) -> T) throws -> T {
        do {
            return try body()
        } catch {
            throw RuntimeError(httpError(error, request: GraphHTTPRequest(method: method, uri: "https://graph.microsoft.com/v1.0/" + path), context))
        }
    }

    /// -All (a switch in this module), -Top, or everything: the module pages through all results
    /// unless -Top is given.
    /// Get-EntraUser / Get-EntraGroup: `idParameter` (-UserId, -GroupId) asks Graph for one object
    /// at `collection/<id>`; otherwise the collection with -Filter (Graph's `$filter`), kept by
    /// -SearchString (the first characters of the `searched` texts) and paged by -All/-Top.
    static func query<T>(_ context: CommandContext, idParameter: String, collection: String,
                         one: (String) throws(GraphError) -> T, all: (GraphListQuery) throws(GraphError) -> [T],
                         searched: (T) -> [String], write: (T) throws -> Void) throws {
        if context.has(idParameter) {
            let id = context.string(idParameter) ?? ""
            try write(try call(context, path: "\(collection)/\(id)") { () throws(GraphError) in try one(id) })
            return
        }
        let query = GraphListQuery(filter: context.string("Filter"))
        var items = try call(context, path: collection) { () throws(GraphError) in try all(query) }
        // the AzureAD module's -SearchString rule, which the Entra module keeps
        if let search = context.string("SearchString") { items = items.filter { AzureAD.matchesSearch(search, searched($0)) } }
        for item in page(items, context) { try write(item) }
    }

    static func page<T>(_ items: [T], _ context: CommandContext) -> [T] {
        if context.switchPresent("All") { return items }
        if let top = context.int("Top") { return Array(items.prefix(max(0, top))) }
        return items
    }

    /// A Graph SDK object with the AzureAD-era names the module adds as aliases (`ObjectId` for `Id`...).
    static func withAliases(_ value: Value, _ aliases: [(String, String)]) -> Value {
        guard case .object(let o) = value else { return value }
        for (alias, target) in aliases where o.member(target) != nil { o.add(PSMember(name: alias, kind: .aliasProperty(target: target))) }
        return value
    }

    static let userAliases = [("ObjectId", "Id"), ("Mobile", "MobilePhone"), ("TelephoneNumber", "BusinessPhones"), ("DeletionTimestamp", "DeletedDateTime")]

    static let listParameters: [ParameterMetadata] = [
        ParameterMetadata(name: "Filter", type: "string", valueFromPipelineByPropertyName: true, parameterSets: ["GetQuery"], helpMessage: "An OData $filter (Microsoft Graph's)."),
        ParameterMetadata(name: "All", type: "switch", helpMessage: "Every result (a switch, unlike AzureAD's Boolean -All)."),
        ParameterMetadata(name: "Top", type: "int", aliases: ["Limit"], valueFromPipelineByPropertyName: true, parameterSets: ["GetQuery"], helpMessage: "At most this many."),
        ParameterMetadata(name: "PageSize", type: "int", parameterSets: ["GetQuery"], helpMessage: "Page size (accepted)."),
    ]

    static let property = ParameterMetadata(name: "Property", type: "string[]", aliases: ["Select"], helpMessage: "Properties to return.")
}
