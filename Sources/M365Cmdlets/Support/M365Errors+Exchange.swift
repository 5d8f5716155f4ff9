import Foundation
import Licensing
import PowerShellRuntime

/// Exchange Online's errors: `ManagementObjectNotFoundException` for an identity that names
/// nothing (`Get-Recipient -Identity nobody`), `TaskException` otherwise, with the
/// server-stamped FQEID the REST-based module writes (fixed here, so output repeats).
extension M365Errors {
    static func exchange(_ error: LicensingError, _ context: CommandContext, target: Value = .null) -> ErrorRecord {
        let notFound = error.code == .recipientNotFound
        let type = notFound ? exchangeNotFound : exchangeException
        let short = type.split(separator: ".").last.map(String.init) ?? type
        let rec = context.errorRecord(error.message, errorId: "[Server=LICENSELAB,RequestId=00000000-0000-0000-0000-000000000000,TimeStamp=0] [FailureCategory=Cmdlet-\(short)] 0",
                                      category: notFound ? .ObjectNotFound : .InvalidOperation, exceptionType: type, targetObject: target)
        rec.exception.extraProperties = [("ErrorCode", .string(error.code.rawValue))]
        return rec
    }
}
