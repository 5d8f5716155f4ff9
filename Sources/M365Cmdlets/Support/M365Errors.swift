import Foundation
import Licensing
import PowerShellRuntime

/// The ErrorRecords the emulated modules write. One mapper per dialect, each in its own file:
/// `M365Errors+MSOnline.swift` (MicrosoftOnlineException), `M365Errors+Exchange.swift`,
/// `M365Errors+Graph.swift` (the SDK cmdlets' non-terminating records and Invoke-MgGraphRequest's
/// HttpResponseException) and `M365Errors+Lab.swift`. Here: what they share.
enum M365Errors {
    static let msolNamespace = "Microsoft.Online.Administration.Automation."
    static let msolException = msolNamespace + "MicrosoftOnlineException"
    static let graphException = "Microsoft.Graph.PowerShell.Runtime.RestException"
    static let graphHttpException = "Microsoft.Graph.PowerShell.Authentication.Helpers.HttpResponseException"
    static let exchangeNotFound = "Microsoft.Exchange.Configuration.Tasks.ManagementObjectNotFoundException"
    static let exchangeException = "Microsoft.Exchange.Configuration.Tasks.TaskException"

    static func category(_ code: LicensingError.Code) -> ErrorCategory {
        switch code {
        case .userNotFound, .groupNotFound, .recipientNotFound, .memberNotFound: return .ObjectNotFound
        default: return .OperationStopped
        }
    }
}
