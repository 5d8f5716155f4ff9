import Foundation
import Licensing
import PowerShellRuntime

/// MSOnline's errors (docs/sources.md "MSOnline error records"): a `MicrosoftOnlineException`
/// (catchable by type) whose `ErrorCode` is the licensing code, FQEID
/// `Microsoft.Online.Administration.Automation.<Specific>Exception,<cmdlet class>`.
extension M365Errors {
    /// The specific exception MSOnline names in the FQEID. Names from docs/sources.md "MSOnline
    /// error records" where documented (LicenseQuotaExceeded, InvalidUserLicense,
    /// InvalidOperationOnGroupInheritedLicense, UserNotFound, InvalidLicenseConfiguration); the
    /// others are LicenseLab's (docs/cmdlets.md).
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
        case .invalidValue, .invalidUsageLocation, .invalidAlias: return "PropertyValidationException"
        case .mailboxNotEnabled, .dynamicGroupMembership: return "InvalidOperationException"
        case .invalidMembershipRule: return "PropertyValidationException"
        }
    }

    /// A licensing failure as MSOnline writes it. MSOnline sets no target object, so CategoryInfo
    /// reads `OperationStopped: (:) [Set-MsolUserLicense], MicrosoftOnlineException`
    /// (docs/sources.md "MSOnline error records"); `target` is kept for the caller's readability
    /// only.
    static func msol(_ error: LicensingError, _ context: CommandContext, target: Value = .null) -> ErrorRecord {
        _ = target
        // MSOnline reports every unreadable parameter value alike (the core tells a usage location apart for Graph)
        let code = error.code == .invalidUsageLocation ? LicensingError.Code.invalidValue : error.code
        return msol(message: error.message, specific: msolSpecificException(code), code: code.rawValue, context)
    }

    /// An MSOnline error for a situation the core does not model as a LicensingError.
    static func msol(message: String, specific: String, code: String, category: ErrorCategory = .OperationStopped, _ context: CommandContext) -> ErrorRecord {
        let rec = context.errorRecord(message, errorId: msolNamespace + specific, category: category, exceptionType: msolException)
        rec.exception.extraProperties = [("ErrorCode", .string(code))]
        rec.categoryInfo.reason = "MicrosoftOnlineException"
        return rec
    }
}
