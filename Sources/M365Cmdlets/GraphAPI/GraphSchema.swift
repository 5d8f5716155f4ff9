import PowerShellRuntime   // JsonValue

/// Which names a request body may carry, as Graph v1.0's schema declares them: a REST client's
/// typo (`usagelocaton`) or a property of another resource gets Graph's 400 instead of being
/// dropped without a word. Properties Graph has and the lab does not keep (`passwordPolicies`,
/// `otherMails`) are accepted and ignored, so a real script's body still goes through.
/// Annotations (`members@odata.bind`, `@odata.type`) and extension properties (their names hold
/// an underscore: `extension_{appId}_costCenter`) are never refused. Names match in any case.
enum GraphSchema {
    /// microsoft.graph.user's properties and relationships in v1.0.
    static let user: Set<String> = lowered([
        "aboutMe", "accountEnabled", "ageGroup", "assignedLicenses", "assignedPlans", "authorizationInfo", "birthday",
        "businessPhones", "city", "companyName", "consentProvidedForMinor", "country", "createdDateTime", "creationType",
        "customSecurityAttributes", "deletedDateTime", "department", "displayName", "employeeHireDate", "employeeId",
        "employeeLeaveDateTime", "employeeOrgData", "employeeType", "externalUserState", "externalUserStateChangeDateTime",
        "faxNumber", "givenName", "hireDate", "id", "identities", "imAddresses", "interests", "isManagementRestricted",
        "isResourceAccount", "jobTitle", "lastPasswordChangeDateTime", "legalAgeGroupClassification", "licenseAssignmentStates",
        "mail", "mailboxSettings", "mailNickname", "mobilePhone", "mySite", "officeLocation", "onPremisesDistinguishedName",
        "onPremisesDomainName", "onPremisesExtensionAttributes", "onPremisesImmutableId", "onPremisesLastSyncDateTime",
        "onPremisesProvisioningErrors", "onPremisesSamAccountName", "onPremisesSecurityIdentifier", "onPremisesSyncEnabled",
        "onPremisesUserPrincipalName", "otherMails", "passwordPolicies", "passwordProfile", "pastProjects", "postalCode",
        "preferredDataLocation", "preferredLanguage", "preferredName", "print", "provisionedPlans", "proxyAddresses",
        "responsibilities", "schools", "securityIdentifier", "serviceProvisioningErrors", "showInAddressList", "signInActivity",
        "signInSessionsValidFromDateTime", "skills", "state", "streetAddress", "surname", "usageLocation", "userPrincipalName",
        "userType", "manager", "sponsors",
    ])

    /// microsoft.graph.group's properties and relationships in v1.0.
    static let group: Set<String> = lowered([
        "allowExternalSenders", "assignedLabels", "assignedLicenses", "autoSubscribeNewMembers", "classification",
        "createdDateTime", "deletedDateTime", "description", "displayName", "expirationDateTime", "groupTypes",
        "hasMembersWithLicenseErrors", "hideFromAddressLists", "hideFromOutlookClients", "id", "isArchived",
        "isAssignableToRole", "isManagementRestricted", "isSubscribedByMail", "licenseProcessingState", "mail", "mailEnabled",
        "mailNickname", "membershipRule", "membershipRuleProcessingState", "onPremisesDomainName", "onPremisesLastSyncDateTime",
        "onPremisesNetBiosName", "onPremisesProvisioningErrors", "onPremisesSamAccountName", "onPremisesSecurityIdentifier",
        "onPremisesSyncEnabled", "preferredDataLocation", "preferredLanguage", "proxyAddresses", "renewedDateTime",
        "securityEnabled", "securityIdentifier", "serviceProvisioningErrors", "theme", "uniqueName", "unseenCount", "visibility",
        "members", "owners",
    ])

    /// What a body may not set: the object's id and what the directory computes (licenses come
    /// through assignLicense, never through a PATCH). Graph refuses them.
    static let userReadOnly: Set<String> = lowered([
        "id", "assignedLicenses", "assignedPlans", "provisionedPlans", "licenseAssignmentStates", "createdDateTime",
        "deletedDateTime", "proxyAddresses", "signInActivity", "onPremisesSyncEnabled", "onPremisesLastSyncDateTime",
    ])
    static let groupReadOnly: Set<String> = lowered([
        "id", "assignedLicenses", "hasMembersWithLicenseErrors", "licenseProcessingState", "createdDateTime", "deletedDateTime",
        "proxyAddresses", "onPremisesSyncEnabled", "onPremisesLastSyncDateTime", "renewedDateTime", "expirationDateTime",
    ])

    private static func lowered(_ names: [String]) -> Set<String> { Set(names.map { $0.lowercased() }) }

    /// Whether a body's member name is always let through: an annotation or an extension property.
    private static func exempt(_ name: String) -> Bool {
        name.contains("@") || name.contains("_")
    }

    /// A user or group body (POST, PATCH): each member a property of the resource.
    static func checkResource(_ body: JsonValue?, declared: Set<String>, readOnly: Set<String> = []) throws(GraphError) {
        guard case .object(let pairs)? = body else { return }
        for (name, _) in pairs where !exempt(name) {
            if !declared.contains(name.lowercased()) { throw GraphError.invalidProperty(name) }
            if readOnly.contains(name.lowercased()) { throw GraphError.readOnlyProperty(name) }
        }
    }

    /// assignLicense's body: the parameters addLicenses and removeLicenses, each assignedLicense
    /// with skuId and disabledPlans.
    static func checkAssignLicense(_ body: JsonValue?) throws(GraphError) {
        guard case .object(let pairs)? = body else { return }
        for (name, value) in pairs where !name.contains("@") {
            switch name.lowercased() {
            case "removelicenses": continue
            case "addlicenses":
                guard case .array(let items) = value else { continue }
                for case .object(let license) in items {
                    for (property, _) in license where !property.contains("@") && !["skuid", "disabledplans"].contains(property.lowercased()) {
                        throw GraphError.undeclaredProperty(property, type: "microsoft.graph.assignedLicense")
                    }
                }
            default:
                throw GraphError.undeclaredParameter(name, operation: "assignLicense")
            }
        }
    }
}
