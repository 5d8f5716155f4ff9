import Foundation
import Licensing
import PowerShellRuntime

/// Turns the licensing core's typed errors into the ErrorRecords each module writes
/// (research licensing-sources.md §2.12 for MSOnline; Graph's are in M365Errors+Graph.swift).
enum M365Errors {
    static let msolNamespace = "Microsoft.Online.Administration.Automation."
    static let msolException = msolNamespace + "MicrosoftOnlineException"
    static let graphException = "Microsoft.Graph.PowerShell.Runtime.RestException"
    static let graphHttpException = "Microsoft.Graph.PowerShell.Authentication.Helpers.HttpResponseException"
    static let exchangeNotFound = "Microsoft.Exchange.Configuration.Tasks.ManagementObjectNotFoundException"
    static let exchangeException = "Microsoft.Exchange.Configuration.Tasks.TaskException"

    /// The specific exception MSOnline names in the FQEID. Names from §2.12 where documented
    /// (LicenseQuotaExceeded, InvalidUserLicense, InvalidOperationOnGroupInheritedLicense,
    /// UserNotFound, InvalidLicenseConfiguration); the others are LicenseLab's (docs/cmdlets.md).
    static func msolSpecificException(_ code: LicensingError.Code) -> String {
        switch code {
        case .countViolation: return "LicenseQuotaExceededException"
        case .invalidLicense, .productNotFound: return "InvalidUserLicenseException"
        case .groupInheritedLicense: return "InvalidOperationOnGroupInheritedLicenseException"
        case .userNotFound: return "UserNotFoundException"
        case .groupNotFound: return "GroupNotFoundException"
        case .mutuallyExclusiveViolation, .dependencyViolation, .prohibitedInUsageLocationViolation:
            return "InvalidLicenseConfigurationException"
        case .usageLocationRequired: return "PropertyNotSetException"
        case .uniquenessViolation, .objectConflict: return "UniquenessValidationException"
        case .memberAlreadyExists: return "ObjectAlreadyExistsException"
        case .memberNotFound: return "MemberNotFoundException"
        case .licensedGroupDeletion, .groupNotSecurityEnabled: return "InvalidOperationException"
        case .recipientNotFound: return "ObjectNotFoundException"
        case .invalidValue: return "PropertyValidationException"
        }
    }

    static func category(_ code: LicensingError.Code) -> ErrorCategory {
        switch code {
        case .userNotFound, .groupNotFound, .recipientNotFound, .memberNotFound: return .ObjectNotFound
        default: return .OperationStopped
        }
    }

    /// An MSOnline error: `MicrosoftOnlineException` (catchable by type) whose `ErrorCode` is the
    /// licensing code, FQEID `<Specific>Exception,<cmdlet class>`. MSOnline sets no target object,
    /// so CategoryInfo reads `OperationStopped: (:) [Set-MsolUserLicense], MicrosoftOnlineException`
    /// (research §2.12); `target` is kept for the caller's readability only.
    static func msol(_ error: LicensingError, _ context: CommandContext, target: Value = .null) -> ErrorRecord {
        _ = target
        let rec = context.errorRecord(error.message, errorId: msolNamespace + msolSpecificException(error.code),
                                      category: .OperationStopped, exceptionType: msolException)
        rec.exception.extraProperties = [("ErrorCode", .string(error.code.rawValue))]
        rec.categoryInfo.reason = "MicrosoftOnlineException"
        return rec
    }

    /// An MSOnline error for a situation the core does not model as a LicensingError.
    static func msol(message: String, specific: String, code: String, category: ErrorCategory = .OperationStopped, _ context: CommandContext) -> ErrorRecord {
        let rec = context.errorRecord(message, errorId: msolNamespace + specific, category: category, exceptionType: msolException)
        rec.exception.extraProperties = [("ErrorCode", .string(code))]
        rec.categoryInfo.reason = "MicrosoftOnlineException"
        return rec
    }

    /// An Exchange error (`Get-Recipient -Identity nobody`).
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
