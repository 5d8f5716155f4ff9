import Foundation
import Licensing
import PowerShellRuntime

/// Microsoft Graph's errors, as the two PowerShell surfaces show the same `GraphError`:
/// - the SDK cmdlets (AutoRest) write a non-terminating record from the variant that ran
///   (ConciseView `Set-MgUserLicense_AssignExpanded: <message>`, then `Status:` and `ErrorCode:`
///   lines), so a script without `-ErrorAction Stop` carries on (docs/cmdlets.md);
/// - Invoke-MgGraphRequest throws a terminating `HttpResponseException` whose ErrorDetails are
///   the HTTP response (msgraph-sdk-powershell, InvokeMgGraphRequest.cs: GenerateHttpErrorRecord).
extension M365Errors {
    /// The SDK cmdlets' record. A Graph cmdlet's parameter sets are its AutoRest variants
    /// (`Get-MgUser` with -UserId binds `Get` and runs `Get-MgUser_Get`), so the variant is the
    /// parameter set the binder chose.
    static func graph(_ error: GraphError, _ context: CommandContext) -> ErrorRecord {
        let category: ErrorCategory = error.status == 404 ? .ObjectNotFound : (error.status == 403 ? .PermissionDenied : .InvalidOperation)
        // the exception holds Graph's message alone (scripts compare it with -eq); the status
        // lines are the record's ErrorDetails, which the error view shows instead
        let rec = graphVariantRecord(error.message, errorId: error.code, category: category, exceptionType: graphException, context)
        let date = (try? context.tenant.clock.now()) ?? Date(timeIntervalSince1970: 0)
        let ids = requestIds(context)
        // the SDK's layout (GetErrorDetailsAsync): Graph's message, the status, the error code,
        // innerError's date (no zone), then the response headers, names padded to 30 columns
        let headers = responseHeaders(date: date, ids: ids).map { name, value in
            name.padding(toLength: max(30, name.count), withPad: " ", startingAt: 0) + ": " + value
        }
        rec.errorDetailsMessage = """
            \(error.message)

            Status: \(error.status) (\(HTTPStatusText.name(error.status)))
            ErrorCode: \(error.code)
            Date: \(GraphJSON.dateText(date).dropLast())

            Headers:
            \(headers.joined(separator: "\n"))
            """
        rec.exception.extraProperties = [("ErrorCode", .string(error.errorCode)), ("StatusCode", .int(error.status))]
        return rec
    }

    /// An SDK cmdlet called before Connect-MgGraph.
    static func graphNotConnected(_ context: CommandContext) -> ErrorRecord {
        graphVariantRecord(graphNotConnectedMessage, errorId: "NotConnected", category: .AuthenticationError,
                           exceptionType: "System.Security.Authentication.AuthenticationException", context)
    }

    static let graphNotConnectedMessage = "Authentication needed. Please call Connect-MgGraph."

    /// ConciseView reads `Get-MgUser_Get: <message>` and the FQEID ends with
    /// `Microsoft.Graph.PowerShell.Cmdlets.GetMgUser_Get`.
    private static func graphVariantRecord(_ message: String, errorId: String, category: ErrorCategory, exceptionType: String,
                                           _ context: CommandContext) -> ErrorRecord {
        let md = context.metadata
        let variant = md.name + "_" + context.parameterSetName
        let rec = ErrorRecord(exception: context.session.types.exception(exceptionType, message: message),
                              errorId: errorId + ",Microsoft.Graph.PowerShell.Cmdlets." + md.verb + md.noun + "_" + context.parameterSetName,
                              category: category)
        var info = context.invocationInfo
        info.myCommand = variant
        rec.invocationInfo = info
        rec.categoryInfo.activity = variant
        return rec
    }

    /// Invoke-MgGraphRequest's record for a refused request: the exception says only
    /// `Response status code does not indicate success: BadRequest (Bad Request).`; the
    /// ErrorDetails (what the error view shows) are the request line, the response's status
    /// line and headers, and Graph's JSON error body. Thrown, not written.
    static func graphHTTP(_ error: GraphError, request: GraphHTTPRequest, date: Date, _ context: CommandContext) -> ErrorRecord {
        let name = HTTPStatusText.name(error.status), phrase = HTTPStatusText.phrase(error.status)
        let rec = context.errorRecord("Response status code does not indicate success: \(name) (\(phrase)).",
                                      errorId: "InvokeGraphHttpResponseException", category: .InvalidOperation,
                                      exceptionType: graphHttpException, targetObject: .string(request.absoluteURI))
        rec.exception.extraProperties = [("StatusCode", .string(name)), ("ErrorCode", .string(error.errorCode))]
        let ids = requestIds(context)
        let body = JsonCodec.serialize(GraphJSON.error(error, date: date, ids: ids), compress: true)
        rec.errorDetailsMessage = """
            \(request.method) \(request.absoluteURI)
            HTTP/1.1 \(error.status) \(phrase)
            Cache-Control: no-cache
            request-id: \(ids.requestId)
            client-request-id: \(ids.clientRequestId)
            Date: \(httpDate(date))
            Content-Type: application/json

            \(body)
            """
        return rec
    }

    /// Invoke-MgGraphRequest before Connect-MgGraph: refused before any request is sent.
    static func graphRequestNotConnected(_ context: CommandContext) -> ErrorRecord {
        context.errorRecord(graphNotConnectedMessage, errorId: "InvokeGraphRequestAuthenticationTokenConflictException",
                            category: .InvalidArgument, exceptionType: "System.Management.Automation.ValidationMetadataException")
    }

    /// The ids of the request that failed (the session's id source; random outside a session).
    static func requestIds(_ context: CommandContext) -> (requestId: String, clientRequestId: String) {
        M365State.find(in: context.session)?.requestIds.next() ?? (UUID().uuidString.lowercased(), UUID().uuidString.lowercased())
    }

    /// The headers of a Graph error response the SDK prints, in the order Graph sends them.
    static func responseHeaders(date: Date, ids: (requestId: String, clientRequestId: String)) -> [(String, String)] {
        [("Cache-Control", "no-cache"),
         ("Vary", "Accept-Encoding"),
         ("Strict-Transport-Security", "max-age=31536000"),
         ("request-id", ids.requestId),
         ("client-request-id", ids.clientRequestId),
         ("x-ms-ags-diagnostic", #"{"ServerInfo":{"DataCenter":"LicenseLab","Slice":"E","Ring":"5","ScaleUnit":"000","RoleInstance":"LICENSELAB"}}"#),
         ("x-ms-resource-unit", "1"),
         ("Date", httpDate(date))]
    }

    /// `Thu, 01 Jan 2026 00:00:00 GMT` (RFC 1123, as HTTP's Date header).
    static func httpDate(_ date: Date) -> String {
        let f = DateFormatter()
        f.locale = Locale(identifier: "en_US_POSIX")
        f.timeZone = TimeZone(identifier: "GMT")
        f.dateFormat = "EEE, dd MMM yyyy HH:mm:ss 'GMT'"
        return f.string(from: date)
    }
}
