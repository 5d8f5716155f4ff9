import Foundation
import Licensing
import PowerShellRuntime

/// Invoke-MgGraphRequest: sends a REST request to the lab's Graph (`GraphRouter`: the paths the
/// Graph cmdlets use, each answered by the same `GraphAPI` operation). A hashtable -Body is sent
/// as JSON, as the module serializes it; the JSON answer comes back as hashtables with Graph's
/// camelCase names (the default `-OutputType HashTable`), PSObjects or the JSON text. A refused
/// request throws, as the real cmdlet does: a terminating `HttpResponseException` whose
/// ErrorDetails are the HTTP response.
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
        examples: [CommandExample(code: "$g = New-MgGroup -DisplayName 'EMS pilot' -MailEnabled:$false -MailNickname emspilot -SecurityEnabled\n$sku = (Get-MgSubscribedSku -All | Where-Object SkuPartNumber -eq 'EMS').SkuId\nInvoke-MgGraphRequest -Method POST -Uri \"v1.0/groups/$($g.Id)/assignLicense\" -Body @{ addLicenses = @(@{ skuId = $sku }); removeLicenses = @() } | Out-Null",
                                  remarks: "Group license assignment through REST (202 Accepted), after Connect-MgGraph.", setup: "Connect-MgGraph -NoWelcome")])

    init() {}

    func process(_ context: CommandContext) throws {
        let state = try context.m365
        // the module refuses before sending anything (msgraph-sdk-powershell, InvokeMgGraphRequest.cs: ValidateParameters)
        guard state.graph != nil else { throw RuntimeError(M365Errors.graphRequestNotConnected(context)) }
        var request = GraphHTTPRequest(method: context.string("Method") ?? "GET", uri: context.string("Uri") ?? "",
                                       headers: InvokeMgGraphRequestCommand.headers(context))
        let response: GraphHTTPResponse
        do {
            request.body = try InvokeMgGraphRequestCommand.body(context)
            var api = GraphAPI(state)
            // the audit log of the tenant file (shared with other shells and the server), when there is one
            if let store = try? context.tenantStore { api.auditLog = { store.auditRecords() } }
            response = try GraphRouter(api: api).respond(to: request)
        } catch {
            throw RuntimeError(M365Errors.graphHTTP(error, request: request, date: state.tenant.clock.now(), context))
        }
        if let name = context.string("StatusCodeVariable") { context.session.setGlobalVariable(name, .int(response.status)) }
        guard let json = response.body else { return }
        switch (context.string("OutputType") ?? "HashTable").lowercased() {
        case "json": try context.writeObject(.string(JsonCodec.serialize(json, compress: true)))
        case "psobject": try context.writeObject(GraphWire.psObject(json))
        default: try context.writeObject(GraphWire.hashtable(json))
        }
    }

    /// -Body: JSON text as given, anything else serialized as the module serializes a dictionary.
    static func body(_ context: CommandContext) throws(GraphError) -> JsonValue? {
        guard let v = context.value("Body"), !v.isNull else { return nil }
        if case .string(let text) = v { return try GraphBodyDecoding.parse(text) }
        return GraphWire.json(v)
    }

    /// -Headers (a hashtable): names and values as text.
    static func headers(_ context: CommandContext) -> [String: String] {
        guard case .hashtable(let h)? = context.value("Headers") else { return [:] }
        var out: [String: String] = [:]
        for (k, v) in h.entries where !v.isNull { out[LanguagePrimitives.toString(k)] = LanguagePrimitives.toString(v) }
        return out
    }
}
