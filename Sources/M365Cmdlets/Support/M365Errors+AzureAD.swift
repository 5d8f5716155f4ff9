import Foundation
import Licensing
import PowerShellRuntime

/// The AzureAD module's errors (docs/cmdlets.md "AzureAD and Microsoft.Entra errors").
/// A refused request is an `ApiException` whose message is the module's block, as public console
/// pastes show it:
///
///     Error occurred while executing SetUser
///     Code: Request_BadRequest
///     Message: <the directory's message>
///     RequestId: <id>
///     DateTimeStamp: <RFC 1123 date>
///     HttpStatusCode: BadRequest
///     HttpStatusDescription: Bad Request
///     HttpResponseStatus: Completed
///
/// CategoryInfo `NotSpecified: (:) [Set-AzureADUser], ApiException`, FQEID
/// `Microsoft.Open.AzureAD16.Client.ApiException,Microsoft.Open.AzureAD16.PowerShell.SetUser`.
/// `$_.Exception.ErrorContent` holds the service's error (`.Code`, `.Message.Value`, `.RequestId`,
/// `.Date`), `$_.Exception.ErrorCode` the HTTP status (400), as the generated client's exception does.
extension M365Errors {
    static let azureADException = "Microsoft.Open.AzureAD16.Client.ApiException"
    static let azureADNeedAuthentication = "Microsoft.Open.Azure.AD.CommonLibrary.AadNeedAuthenticationException"

    static func azureAD(_ error: GraphError, operation: String, _ context: CommandContext) -> ErrorRecord {
        let date = (try? context.tenant.clock.now()) ?? Date(timeIntervalSince1970: 0)
        let requestId = M365State.find(in: context.session)?.requestIds.next().requestId ?? UUID().uuidString.lowercased()
        let message = """
            Error occurred while executing \(operation)
            Code: \(error.code)
            Message: \(error.message)
            RequestId: \(requestId)
            DateTimeStamp: \(httpDate(date))
            HttpStatusCode: \(HTTPStatusText.name(error.status))
            HttpStatusDescription: \(HTTPStatusText.phrase(error.status))
            HttpResponseStatus: Completed
            """
        let rec = context.errorRecord(message, errorId: azureADException, category: .NotSpecified, exceptionType: azureADException)
        let content = Emit.object("Microsoft.Open.AzureAD16.Client.ErrorContent", [
            ("Code", .string(error.code)),
            ("Message", Emit.object("Microsoft.Open.AzureAD16.Client.ErrorMessage", [("Lang", .string("en")), ("Value", .string(error.message))])),
            ("RequestId", .string(requestId)), ("Date", Emit.dateTime(date)),
        ])
        rec.exception.extraProperties = [("ErrorCode", .int(error.status)), ("ErrorContent", content)]
        return rec
    }

    /// Any cmdlet but Connect-AzureAD before Connect-AzureAD (terminating).
    static func azureADNotConnected(_ context: CommandContext) -> ErrorRecord {
        context.errorRecord("You must call the Connect-AzureAD cmdlet before calling any other cmdlets.",
                            errorId: azureADNeedAuthentication, category: .NotSpecified, exceptionType: azureADNeedAuthentication)
    }
}
