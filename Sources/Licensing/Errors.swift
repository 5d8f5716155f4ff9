import Foundation

/// A failed licensing operation, as the core reports it. The cmdlet adapters turn it into an
/// ErrorRecord: `message` is the documented text, `code` is the word scripts see as
/// `$_.Exception.ErrorCode`, `targetObjectId` is the object blamed.
public struct LicensingError: Error, Equatable, Sendable, CustomStringConvertible {
    public enum Code: String, Sendable, Codable, CaseIterable {
        // The service's license-assignment codes (also stored on group assignment records).
        case countViolation = "CountViolation"
        case mutuallyExclusiveViolation = "MutuallyExclusiveViolation"
        case dependencyViolation = "DependencyViolation"
        case prohibitedInUsageLocationViolation = "ProhibitedInUsageLocationViolation"
        case uniquenessViolation = "UniquenessViolation"
        // Synchronous-only failures.
        case usageLocationRequired = "UsageLocationRequired"
        case invalidLicense = "InvalidUserLicense"
        case groupInheritedLicense = "InvalidOperationOnGroupInheritedLicense"
        case licensedGroupDeletion = "LicensedGroupDeletion"
        case groupNotSecurityEnabled = "GroupNotSecurityEnabled"
        case userNotFound = "UserNotFound"
        case groupNotFound = "GroupNotFound"
        case recipientNotFound = "RecipientNotFound"
        case productNotFound = "ProductNotFound"
        case objectConflict = "ObjectConflict"
        case memberAlreadyExists = "MemberAlreadyExists"
        case memberNotFound = "MemberNotFound"
        case invalidValue = "InvalidValue"
        /// A usage location that is not an ISO 3166-1 alpha-2 code.
        case invalidUsageLocation = "InvalidUsageLocation"
        /// Graph mail for a user without a mailbox in use (Graph's MailboxNotEnabledForRESTAPI).
        case mailboxNotEnabled = "MailboxNotEnabledForRESTAPI"
        /// An Exchange alias with characters Exchange does not allow.
        case invalidAlias = "InvalidAlias"
        /// A dynamic membership rule the service refuses (or a rule on a group that is not dynamic).
        case invalidMembershipRule = "InvalidMembershipRule"
        /// Adding or removing a member of a dynamic group by hand.
        case dynamicGroupMembership = "DynamicGroupMembership"
    }

    public var code: Code
    public var message: String
    /// The user, group or recipient the error is about.
    public var targetObjectId: UUID?
    /// Service plan names involved (conflicting, prohibited, or the dependent plan then its prerequisite).
    public var servicePlans: [String]
    /// Products involved.
    public var skuIds: [UUID]

    public init(code: Code, message: String, targetObjectId: UUID? = nil,
                servicePlans: [String] = [], skuIds: [UUID] = []) {
        self.code = code
        self.message = message
        self.targetObjectId = targetObjectId
        self.servicePlans = servicePlans
        self.skuIds = skuIds
    }

    public var description: String { "\(code.rawValue): \(message)" }
}

/// The texts, with their sources (docs/sources.md "Error texts"). Texts marked LicenseLab
/// are ours: the service's wording is not published (see docs/licensing.md "Errors").
public enum LicensingMessages {
    /// MSOnline, O365PS-2017 (docs/sources.md "Error texts").
    public static let countViolation =
        "Unable to assign this license because the number of allowed licenses have been assigned."
    /// MSOnline, O365PS-2017 (docs/sources.md "Error texts").
    public static let invalidLicense =
        "Unable to assign this license because it is invalid. Use the Get-MsolAccountSku cmdlet to retrieve a list of valid licenses."
    /// MSOnline, O365PS-2017 (docs/sources.md "Error texts").
    public static let usageLocationRequired = "You must provide a required property: Parameter name: UsageLocation"
    /// MSOnline prints this for InvalidOperationOnGroupInheritedLicenseException (third-party report,
    /// docs/sources.md "Error texts").
    public static let groupInheritedLicense = "Unknown error occurred."

    /// Cayosoft KB, third-party (docs/sources.md "Error texts").
    public static func mutuallyExclusive(_ plans: [String]) -> String {
        "Unable to update license for this user. The set of licenses includes two or more service plans which cannot be assigned at the same time. Conflicting Service Plans: \(plans.joined(separator: ", "))."
    }

    /// O365PS-2017 (Set-MsolUser to a country where plans are not offered; docs/sources.md "Error
    /// texts").
    public static func prohibitedInUsageLocation(_ plans: [String]) -> String {
        "Unable to update license for this user. One or more of the assigned service plans is not available in this user's country. Prohibited Service Plans: \(plans.joined(separator: ", ")). Specific service plans can be disabled for a user by using the licenseoptions parameter."
    }

    /// The group-licensing article (RESOLVE): the group's add-on check, exact (docs/sources.md
    /// "Error texts").
    public static func groupDependency(service: String, requires: String) -> String {
        "License operation failed. Make sure that the group has necessary services before adding or removing a dependent service. The service \(service) requires \(requires) to be enabled as well."
    }

    /// LicenseLab: the group text above, said of a user (the direct path's text is not published).
    public static func userDependency(service: String, requires: String) -> String {
        "License operation failed. Make sure that the user has necessary services before adding or removing a dependent service. The service \(service) requires \(requires) to be enabled as well."
    }

    /// Exchange's text for a colliding address (docs/sources.md "Error texts").
    public static func proxyAddressInUse(_ address: String, by name: String) -> String {
        "The proxy address \"\(address)\" is already being used by the proxy addresses or LegacyExchangeDN of \"\(name)\". Please choose another proxy address."
    }

    /// LicenseLab (the rule is documented, the service's text is not; docs/sources.md "Licensing
    /// behaviour").
    public static let licensedGroupDeletion =
        "Unable to delete this group because it has licenses assigned. Remove the licenses from the group first."
    /// LicenseLab; only security-enabled groups can carry licenses (docs/sources.md "Licensing
    /// behaviour").
    public static let groupNotSecurityEnabled =
        "License operation failed. Licenses can only be assigned to security-enabled groups."
    /// LicenseLab (MSOnline's exact text is not captured anywhere; docs/sources.md "Error texts").
    public static func userNotFound(_ identity: String) -> String { "User Not Found.  User: \(identity)." }
    public static func groupNotFound(_ identity: String) -> String { "Group Not Found.  Group: \(identity)." }
    public static func recipientNotFound(_ identity: String) -> String {
        "The operation couldn't be performed because object '\(identity)' couldn't be found."
    }
    public static func productNotFound(_ partNumber: String) -> String {
        "The product '\(partNumber)' is not in the catalog."
    }
    public static let userPrincipalNameInUse =
        "Another object with the same value for property userPrincipalName already exists."
    public static let memberAlreadyExists =
        "One or more added object references already exist for the following modified properties: 'members'."
    public static func memberNotFound(_ identity: String) -> String {
        "The member \(identity) is not a member of this group."
    }
    /// LicenseLab's own: a product's units are a 32-bit count wherever they are reported.
    public static func tooManyUnits(_ partNumber: String) -> String {
        "Invalid value for parameter. Parameter Name: Units. \(partNumber) would have more than 2,147,483,647 units."
    }
    /// Graph's MailboxNotEnabledForRESTAPI text (public issue threads quote it; docs/cmdlets.md
    /// "Mail" message table).
    public static let mailboxNotEnabled = "The mailbox is either inactive, soft-deleted, or is hosted on-premise."
    /// Exchange's validation text for an alias (quoted from Exchange Management Shell output in
    /// public posts; docs/cmdlets.md "Mail" message table).
    public static func invalidAlias(_ alias: String) -> String {
        "\"\(alias)\" is not valid for Alias. Valid values are: Strings formed with characters from a to z (uppercase or lowercase), digits from 0 to 9, !, #, $, %, &, ', *, +, -, /, =, ?, ^, _, `, {, |, } or ~. One or more periods may be embedded in an alias, but each one of them should be preceded and followed by at least one of the other characters. Unicode characters from U+00A1 to U+00FF are also valid in an alias, but they will be mapped to a best-fit US-ASCII string in the email address which is generated from such an alias."
    }
    public static func invalidValue(_ parameter: String) -> String {
        "Invalid value for parameter. Parameter Name: \(parameter)."
    }
    /// Graph's answer when a member of a dynamic group is added or removed by hand (403
    /// Authorization_RequestDenied; docs/research/dynamic-groups.md §3).
    public static let insufficientPrivileges = "Insufficient privileges to complete the operation."
    /// LicenseLab's wording (no public text): a dynamic group without a rule, a rule without DynamicMembership.
    public static let dynamicGroupNeedsRule =
        "Dynamic membership rule validation error: Query compilation error. A group whose groupTypes include DynamicMembership needs a membershipRule."
    public static let ruleNeedsDynamicGroup =
        "Dynamic membership rule validation error: Query compilation error. A membershipRule needs DynamicMembership in groupTypes."
}
