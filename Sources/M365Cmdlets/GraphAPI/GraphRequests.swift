import Foundation
import Licensing

// The request bodies the lab's Graph operations take, decoded (GraphBodyDecoding.swift reads
// them from JSON). Property names are Graph's; the comments name the REST operation.

/// `POST /users/{id}/assignLicense` and `POST /groups/{id}/assignLicense`.
struct AssignLicenseRequest: Equatable, Sendable {
    var addLicenses: [AssignedLicenseRequest] = []
    var removeLicenses: [UUID] = []

    /// Nothing to add and nothing to remove (the service refuses it: "No license changes provided").
    var isEmpty: Bool { addLicenses.isEmpty && removeLicenses.isEmpty }

    /// The one translation of Graph's assignedLicense (SkuId + DisabledPlans GUIDs) into the
    /// licensing core's requests.
    var coreAdds: [LicenseRequest] {
        addLicenses.map { LicenseRequest(.skuId($0.skuId), disabledPlans: $0.disabledPlans.map { .id($0) }) }
    }
    var coreRemoves: [SkuReference] { removeLicenses.map { .skuId($0) } }
}

/// One `assignedLicense` of `addLicenses`.
struct AssignedLicenseRequest: Equatable, Sendable {
    var skuId: UUID
    var disabledPlans: [UUID] = []
}

/// `POST /users`.
struct NewUserRequest: Equatable, Sendable {
    var displayName: String
    var userPrincipalName: String
    var mailNickname: String
    var accountEnabled: Bool
    var usageLocation: String?
    /// Directory attributes under their MSOnline names (`FirstName`...), see `GraphDirectoryAttributes`.
    var attributes: [DirectoryAttribute] = []
    /// passwordProfile's password, checked against the directory's complexity rule (nil: not given).
    var password: String? = nil
}

/// `PATCH /users/{id}`: only what the body names changes.
struct UserChangesRequest: Equatable, Sendable {
    /// `.some(nil)` clears the usage location.
    var usageLocation: String??
    var displayName: String?
    var accountEnabled: Bool?
    var userPrincipalName: String?
    var attributes: [DirectoryAttribute] = []
}

/// `POST /groups`.
struct NewGroupRequest: Equatable, Sendable {
    var displayName: String
    var mailNickname: String
    var mailEnabled: Bool
    var securityEnabled: Bool
    var description: String?
    var groupTypes: [String] = []
    var membershipRule: String?
    var membershipRuleProcessingState: String?
}

/// `PATCH /groups/{id}`: the properties given (nil: unchanged).
struct GroupChangesRequest: Equatable, Sendable {
    var displayName: String?
    var description: String??
    var groupTypes: [String]?
    var membershipRule: String?
    var membershipRuleProcessingState: String?
}

/// `POST /groups/{id}/members/$ref`: `{"@odata.id": "https://graph.microsoft.com/v1.0/directoryObjects/{id}"}`.
struct MemberReferenceRequest: Equatable, Sendable {
    var memberId: String
}

/// A directory attribute the licensing core keeps for the shell (`User.attributes`), under its
/// MSOnline name; nil clears it.
struct DirectoryAttribute: Equatable, Sendable {
    var name: String
    var value: String?
}

/// Graph user properties the lab keeps as directory attributes, with the MSOnline name they are
/// stored under (so Get-MsolUser shows what Update-MgUser set, and the reverse).
enum GraphDirectoryAttributes {
    static let properties: [(graph: String, attribute: String)] = [
        ("givenName", "FirstName"), ("surname", "LastName"), ("jobTitle", "Title"), ("department", "Department"),
        ("city", "City"), ("country", "Country"), ("state", "State"), ("companyName", "CompanyName"),
        ("employeeId", "EmployeeId"), ("officeLocation", "Office"), ("postalCode", "PostalCode"),
        ("streetAddress", "StreetAddress"), ("mobilePhone", "MobilePhone"), ("preferredLanguage", "PreferredLanguage"),
        ("userType", "UserType"),
    ]
}
