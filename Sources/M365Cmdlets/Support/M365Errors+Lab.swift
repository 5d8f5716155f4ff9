import Foundation
import Licensing
import PowerShellRuntime

/// The Lab module's errors: the core's message, the licensing code as the FQEID's first part
/// and as `$_.Exception.ErrorCode` (a MicrosoftOnlineException, so MSOnline-era catch blocks work).
extension M365Errors {
    static func lab(_ error: LicensingError, _ context: CommandContext, target: Value = .null) -> ErrorRecord {
        let rec = context.errorRecord(error.message, errorId: error.code.rawValue, category: category(error.code),
                                      exceptionType: msolException, targetObject: target)
        rec.exception.extraProperties = [("ErrorCode", .string(error.code.rawValue))]
        return rec
    }
}
