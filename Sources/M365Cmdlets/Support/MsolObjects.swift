import Foundation
import Licensing
import PowerShellRuntime

/// The `Microsoft.Online.Administration.*` objects MSOnline cmdlets return (docs/sources.md
/// "MSOnline objects"), as snapshots of the tenant at the time of the call, like the real module's.
enum MsolObjects {
    static let ns = "Microsoft.Online.Administration."
    static let userType = ns + "User"
    static let userLicenseType = ns + "UserLicense"
    static let accountSkuType = ns + "AccountSKU"
    static let accountSkuIdentifierType = ns + "AccountSkuIdentifier"
    static let serviceStatusType = ns + "ServiceStatus"
    static let servicePlanType = ns + "ServicePlan"
    static let indirectLicenseErrorType = ns + "IndirectLicenseError"
    static let licenseAssignmentDetailType = ns + "LicenseAssignmentDetail"
    static let licenseAssignmentType = ns + "LicenseAssignment"
    static let groupType = ns + "Group"
    static let groupMemberType = ns + "GroupMember"
    static let licenseOptionType = ns + "LicenseOption"
    static let subscriptionType = ns + "Subscription"
    static let companyInformationType = ns + "CompanyInformation"

    /// AccountSkuIdentifier: AccountName + SkuPartNumber. Its string form is the AccountSkuId.
    static func accountSkuIdentifier(_ tenant: Tenant, _ partNumber: String) -> Value {
        accountSkuIdentifier(tenantName: tenant.name, partNumber)
    }

    static func accountSkuIdentifier(tenantName: String, _ partNumber: String) -> Value {
        Emit.object(accountSkuIdentifierType, [
            ("ExtensionData", Emit.extensionData()), ("AccountName", .string(tenantName)), ("SkuPartNumber", .string(partNumber)),
        ], toString: tenantName + ":" + partNumber)
    }

    static func servicePlan(_ plan: ServicePlan) -> Value {
        Emit.object(servicePlanType, [
            ("ExtensionData", Emit.extensionData()), ("ServiceName", .string(plan.name)), ("ServicePlanId", .guid(plan.id)),
            ("ServiceType", .string(plan.serviceType)), ("TargetClass", .string(plan.targetClass.rawValue)),
        ], toString: plan.name)
    }

    static func serviceStatus(_ plan: ServicePlan, _ status: ProvisioningStatus) -> Value {
        Emit.object(serviceStatusType, [
            ("ExtensionData", Emit.extensionData()), ("ServicePlan", servicePlan(plan)), ("ProvisioningStatus", .string(status.rawValue)),
        ])
    }

    static func userLicense(tenantName: String, _ l: Licensing.UserLicense) -> Value {
        Emit.object(userLicenseType, fields: [
            .value("ExtensionData", Emit.extensionData()),
            .value("AccountSku", accountSkuIdentifier(tenantName: tenantName, l.skuPartNumber)),
            .value("AccountSkuId", .string(l.accountSkuId)),
            .value("GroupsAssigningLicense", Emit.list(l.groupsAssigningLicense.map { .guid($0) }, of: "System.Guid")),
            .lazy("ServiceStatus", { Emit.list(l.servicePlans.map { serviceStatus($0.plan, $0.provisioningStatus) }, of: serviceStatusType) }),
        ], toString: l.accountSkuId)
    }

    static func indirectLicenseError(_ tenant: Tenant, _ e: Licensing.IndirectLicenseError) -> Value {
        Emit.object(indirectLicenseErrorType, [
            ("ExtensionData", Emit.extensionData()),
            ("AccountSku", accountSkuIdentifier(tenant, e.skuPartNumber)),
            ("Error", .string(e.error.rawValue)),
            ("ReferencedObjectId", .guid(e.referencedObjectId)),
        ])
    }

    /// User.LicenseAssignmentDetails: one per product the user has a record of, with every source
    /// of it (`Assignments`: the user's own id for a direct assignment, else the group's), its
    /// disabled plans by name, its error and status — what scripts read as
    /// `.LicenseAssignmentDetails.Assignments.DisabledServicePlans` or `.ReferencedObjectId.Guid`.
    static func licenseAssignmentDetails(tenantName: String, catalog: Catalog, userId: UUID, records: [AssignmentRecord]) -> [Value] {
        var skus: [UUID] = []
        for r in records where !skus.contains(r.skuId) { skus.append(r.skuId) }
        let details: [Value] = skus.map { sku in
            let assignments: [Value] = records.filter { $0.skuId == sku }.map { r in
                Emit.object(licenseAssignmentType, [
                    ("ExtensionData", Emit.extensionData()),
                    ("DisabledServicePlans", Emit.list(r.disabledPlans.map { .string(catalog.plan(id: $0)?.name ?? $0.lowercasedString) },
                                                       of: "System.String")),
                    ("Error", .string(r.error.rawValue)),
                    ("ReferencedObjectId", .guid(r.source.groupId ?? userId)),
                    ("Status", .string(r.state.rawValue)),
                ])
            }
            let part = catalog.product(skuId: sku)?.partNumber ?? sku.lowercasedString
            return Emit.object(licenseAssignmentDetailType, [
                ("ExtensionData", Emit.extensionData()),
                ("AccountSku", accountSkuIdentifier(tenantName: tenantName, part)),
                ("Assignments", Emit.list(assignments, of: licenseAssignmentType)),
            ])
        }
        return details
    }
    /// The element types of a user's lists, looked up once (not by name for each list of each user).
    nonisolated(unsafe) private static let stringType = Emit.elementType("System.String")
    nonisolated(unsafe) private static let alternativeSecurityIdType = Emit.elementType(ns + "AlternativeSecurityId")
    nonisolated(unsafe) private static let dirSyncErrorType = Emit.elementType(ns + "DirSyncProvisioningError")
    nonisolated(unsafe) private static let indirectErrorType = Emit.elementType(indirectLicenseErrorType)
    nonisolated(unsafe) private static let userLicenseElementType = Emit.elementType(userLicenseType)
    nonisolated(unsafe) private static let licenseAssignmentDetailElementType = Emit.elementType(licenseAssignmentDetailType)
    nonisolated(unsafe) private static let serviceInformationType = Emit.elementType(ns + "ServiceInformation")
    nonisolated(unsafe) private static let strongAuthMethodType = Emit.elementType(ns + "StrongAuthenticationMethod")
    nonisolated(unsafe) private static let strongAuthAppType = Emit.elementType(ns + "StrongAuthenticationPhoneAppDetail")
    nonisolated(unsafe) private static let strongAuthRequirementType = Emit.elementType(ns + "StrongAuthenticationRequirement")

    /// The directory's msExchRecipientTypeDetails value of a mailbox kind (Exchange's flags).
    static func msExchRecipientTypeDetails(_ details: RecipientType?) -> Int64 {
        switch details {
        case .sharedMailbox: 4
        case .roomMailbox: 16
        case .equipmentMailbox: 32
        default: 1
        }
    }

    static func user(_ state: M365State, _ u: Licensing.User) -> Value {
        let t = state.tenant
        let licenseSources = t.licenseSources(ofUser: u.objectId)
        let catalog = t.catalog
        let errors = t.indirectLicenseErrors(ofUser: u.objectId)
        let recipient = t.recipient(ofObject: u.objectId)
        let proxies: [Value] = recipient?.emailAddresses.map { .string($0.description) } ?? []
        func p(_ key: String) -> Value { Emit.string(u.attribute(key)) }
        let hasMailbox = recipient?.recipientType == .userMailbox

        let tenantName = t.name
        let fields: [Emit.Field] = [
            .value("ExtensionData", Emit.extensionData()),
            .value("AlternateEmailAddresses", Emit.list([], of: stringType)),
            .value("AlternateMobilePhones", Emit.list([], of: stringType)),
            .value("AlternativeSecurityIds", Emit.list([], of: alternativeSecurityIdType)),
            .value("BlockCredential", .bool(!u.accountEnabled)),
            .value("City", p("City")),
            .value("CloudExchangeRecipientType", hasMailbox ? .int(1) : .null),
            .value("Country", p("Country")),
            .value("Department", p("Department")),
            .value("DirSyncProvisioningErrors", Emit.list([], of: dirSyncErrorType)),
            .value("DisplayName", .string(u.displayName)),
            .value("Errors", .null),
            .value("Fax", p("Fax")),
            .value("FirstName", p("FirstName")),
            .value("ImmutableId", .null),
            .value("IndirectLicenseErrors", Emit.list(errors.map { indirectLicenseError(t, $0) }, of: indirectErrorType)),
            .value("IsBlackberryUser", .bool(false)),
            .value("IsLicensed", .bool(t.isLicensed(userId: u.objectId))),
            .value("LastDirSynced", .null),
            .value("LastDirSyncTime", .null),
            .value("LastName", p("LastName")),
            .value("LastPasswordChangeTimestamp", Emit.dateTime(u.createdDateTime)),
            .value("LicenseAssignmentDetails", Emit.deferredList(of: licenseAssignmentDetailElementType) { [records = u.records, userId = u.objectId] in
                licenseAssignmentDetails(tenantName: tenantName, catalog: catalog, userId: userId, records: records)
            }),
            // a mailbox without an enabled Exchange plan (the core's rule; only mailbox users can need it)
            .value("LicenseReconciliationNeeded", .bool(hasMailbox && t.licenseReconciliationNeeded(userId: u.objectId))),
            .value("Licenses", Emit.deferredList(of: userLicenseElementType) {
                licenseSources.licenses(catalog: catalog, tenantName: tenantName).map { userLicense(tenantName: tenantName, $0) }
            }),
            // the last 12 hex digits of the id: the uuid's last group, which has no dash (Foundation's
            // replacingOccurrences was 7% of Get-MsolUser -All)
            .value("LiveId", .string("1003" + u.objectId.uuidString.suffix(12))),
            .value("MobilePhone", p("MobilePhone")),
            // msExchRecipientTypeDetails: 1 a user mailbox, 4 shared, 16 room, 32 equipment
            .value("MSExchRecipientTypeDetails", hasMailbox ? .long(msExchRecipientTypeDetails(recipient?.recipientTypeDetails)) : .null),
            .value("MSRtcSipDeploymentLocator", .null),
            .value("MSRtcSipPrimaryUserAddress", .null),
            .value("ObjectId", .guid(u.objectId)),
            .value("Office", p("Office")),
            .value("OverallProvisioningStatus", .string(licenseSources.overallProvisioningStatus(catalog: catalog))),
            .value("PasswordNeverExpires", .bool(u.attribute("PasswordNeverExpires") == "True")),
            .value("PasswordResetNotRequiredDuringActivate", .null),
            .value("PhoneNumber", p("PhoneNumber")),
            .value("PortalSettings", .null),
            .value("PostalCode", p("PostalCode")),
            .value("PreferredDataLocation", .null),
            .value("PreferredLanguage", p("PreferredLanguage")),
            .value("ProxyAddresses", Emit.list(proxies, of: stringType)),
            .value("ReleaseTrack", .null),
            .value("ServiceInformation", Emit.list([], of: serviceInformationType)),
            .value("SignInName", .string(u.userPrincipalName)),
            .value("SoftDeletionTimestamp", u.deletedDateTime.map(Emit.dateTime) ?? .null),
            .value("State", p("State")),
            .value("StreetAddress", p("StreetAddress")),
            .value("StrongAuthenticationMethods", Emit.list([], of: strongAuthMethodType)),
            .value("StrongAuthenticationPhoneAppDetails", Emit.list([], of: strongAuthAppType)),
            .value("StrongAuthenticationProofupTime", .null),
            .value("StrongAuthenticationRequirements", Emit.list([], of: strongAuthRequirementType)),
            .value("StrongAuthenticationUserDetails", .null),
            .value("StrongPasswordRequired", .bool(true)),
            .value("StsRefreshTokensValidFrom", Emit.dateTime(u.createdDateTime)),
            .value("Title", p("Title")),
            .value("UsageLocation", Emit.string(u.usageLocation)),
            .value("UserLandingPageIdentifierForO365Shell", .null),
            .value("UserPrincipalName", .string(u.userPrincipalName)),
            .value("UserThemeIdentifierForO365Shell", .null),
            .value("UserType", .string("Member")),
            .value("ValidationStatus", .string("Healthy")),
            .value("WhenCreated", Emit.dateTime(u.createdDateTime)),
        ]
        return Emit.object(userType, fields: fields)
    }

    static func accountSku(_ tenant: Tenant, _ sku: SubscribedSku) -> Value {
        let product = tenant.product(of: sku)
        let plans: [Value] = product.map { p in
            p.planIndices.map { serviceStatus(tenant.catalog.plans[$0], tenant.catalog.plans[$0].enabledStatus == .pendingInput ? .success : tenant.catalog.plans[$0].enabledStatus) }
        } ?? []
        return Emit.object(accountSkuType, [
            ("ExtensionData", Emit.extensionData()),
            ("AccountName", .string(tenant.name)),
            ("AccountObjectId", .null),
            ("AccountSkuId", .string(tenant.accountSkuId(sku.skuPartNumber))),
            ("ActiveUnits", .int(sku.enabledUnits)),
            ("ConsumedUnits", .int(tenant.consumedUnits(skuId: sku.skuId))),
            ("LockedOutUnits", .int(sku.lockedOutUnits)),
            ("ServiceStatus", Emit.list(plans, of: serviceStatusType)),
            ("SkuId", .guid(sku.skuId)),
            ("SkuPartNumber", .string(sku.skuPartNumber)),
            ("SubscriptionIds", Emit.list(sku.subscriptionIds.map { .guid($0) }, of: "System.Guid")),
            ("SuspendedUnits", .int(sku.suspendedUnits)),
            ("TargetClass", .string("User")),
            ("WarningUnits", .int(sku.warningUnits)),
        ], toString: tenant.accountSkuId(sku.skuPartNumber))
    }

    static func licenseOption(_ tenant: Tenant, partNumber: String, accountSkuId: String, disabled: [String]) -> Value {
        let identifier = Emit.object(accountSkuIdentifierType, [
            ("ExtensionData", Emit.extensionData()),
            ("AccountName", .string(accountSkuId.split(separator: ":").first.map(String.init) ?? tenant.name)),
            ("SkuPartNumber", .string(partNumber)),
        ], toString: accountSkuId)
        return Emit.object(licenseOptionType, [
            ("ExtensionData", Emit.extensionData()),
            ("AccountSkuId", identifier),
            ("DisabledServicePlans", Emit.list(disabled.map { .string($0) }, of: "System.String")),
        ])
    }

    static func groupTypeName(_ g: Licensing.Group) -> String {
        if g.mailEnabled { return g.securityEnabled ? "MailEnabledSecurity" : "DistributionList" }
        return "Security"
    }

    static func group(_ tenant: Tenant, _ g: Licensing.Group) -> Value {
        let catalog = tenant.catalog
        let skus: [(Licensing.GroupLicense, String)] = g.licenses.compactMap { l in
            catalog.product(skuId: l.skuId).map { (l, $0.partNumber) }
        }
        let assigned: [Value] = skus.map { l, part in
            licenseOption(tenant, partNumber: part, accountSkuId: tenant.accountSkuId(part),
                          disabled: l.disabledPlans.compactMap { catalog.plan(id: $0)?.name })
        }
        let recipient = tenant.recipient(ofObject: g.objectId)
        return Emit.object(groupType, [
            ("ExtensionData", Emit.extensionData()),
            ("AssignedLicenses", Emit.list(assigned, of: licenseOptionType)),
            ("CommonName", .null),
            ("Description", Emit.string(g.description)),
            ("DirSyncProvisioningErrors", Emit.list([], of: ns + "DirSyncProvisioningError")),
            ("DisplayName", .string(g.displayName)),
            ("EmailAddress", Emit.string(recipient?.primarySmtpAddress)),
            ("Errors", .null),
            ("GroupLicenseProcessingDetail", Emit.object(ns + "GroupLicenseProcessingDetail", [
                ("ExtensionData", Emit.extensionData()),
                ("HasLicensingErrors", .bool(tenant.hasMembersWithLicenseErrors(groupId: g.objectId))),
                ("LicenseProcessingState", Emit.string(g.processingState?.rawValue)),
            ])),
            ("GroupType", .string(groupTypeName(g))),
            ("IsSystem", .bool(false)),
            ("LastDirSyncTime", .null),
            ("Licenses", Emit.list(skus.map { accountSkuIdentifier(tenant, $0.1) }, of: accountSkuIdentifierType)),
            ("ManagedBy", .null),
            ("ObjectId", .guid(g.objectId)),
            ("ProxyAddresses", Emit.list(recipient?.emailAddresses.map { .string($0.description) } ?? [], of: "System.String")),
            ("ValidationStatus", .string("Healthy")),
        ])
    }

    static func groupMember(_ state: M365State, _ u: Licensing.User) -> Value {
        Emit.object(groupMemberType, [
            ("ExtensionData", Emit.extensionData()),
            ("CommonName", .null),
            ("DisplayName", .string(u.displayName)),
            ("EmailAddress", .string(u.userPrincipalName)),
            ("GroupMemberType", .string("User")),
            ("IsLicensed", .bool(state.tenant.isLicensed(userId: u.objectId))),
            ("ObjectId", .guid(u.objectId)),
            ("OverallProvisioningStatus", .string(state.tenant.licenses(ofUser: u.objectId).isEmpty ? "None" : "Success")),
            ("ValidationStatus", .string("Healthy")),
        ])
    }
}
