import Foundation
import Licensing
import PowerShellRuntime

/// The AzureAD module's model objects (`Microsoft.Open.AzureAD.Model.*`): properties in the
/// module's order (a user's list is Get-AzureADUser | Select-Object * as published in public
/// console pastes, docs/cmdlets.md), and the models' own ToString, which prints
/// `class AssignedLicense {` then one `  Name: value` line per property and `}` — why a table
/// shows `class LicenseUnitsDetail {...` in Get-AzureADSubscribedSku's PrepaidUnits column.
enum AzureADObjects {
    static let ns = "Microsoft.Open.AzureAD.Model."
    static let userType = ns + "User"
    static let groupType = ns + "Group"
    static let skuType = ns + "SubscribedSku"
    static let licenseUnitsType = ns + "LicenseUnitsDetail"
    static let servicePlanInfoType = ns + "ServicePlanInfo"
    static let assignedLicenseType = ns + "AssignedLicense"
    static let assignedLicensesType = ns + "AssignedLicenses"
    static let assignedPlanType = ns + "AssignedPlan"
    static let provisionedPlanType = ns + "ProvisionedPlan"
    static let licenseDetailType = ns + "LicenseDetail"
    static let passwordProfileType = ns + "PasswordProfile"
    static let contextType = "Microsoft.Open.Azure.AD.CommonLibrary.PSAzureContext"
    static let tenantDetailType = ns + "TenantDetail"
    static let verifiedDomainType = ns + "VerifiedDomain"

    /// A model object: note properties in order, and the model's ToString, which reads the
    /// properties when it is called (scripts set them after New-Object).
    static func model(_ typeName: String, _ properties: [(String, Value)]) -> Value {
        let o = PSObject(typeNames: [typeName, "System.Object"])
        for (name, value) in properties { o.add(PSMember(name: name, kind: .noteProperty(value))) }
        let shortName = typeName.split(separator: ".").last.map(String.init) ?? typeName
        o.add(PSMember(name: "ToString", kind: .codeMethod({ owner, _ in .string(modelText(shortName, owner)) })))
        return .object(o)
    }

    /// `class Name {\n  Property: value\n...}\n`: a list prints its .NET type name, null nothing.
    static func modelText(_ name: String, _ o: PSObject) -> String {
        var text = "class \(name) {\n"
        for m in o.properties {
            guard case .noteProperty(let v) = m.kind else { continue }
            text += "  \(m.name): \(fieldText(v))\n"
        }
        return text + "}\n"
    }

    private static func fieldText(_ v: Value) -> String {
        switch v {
        case .null, .automationNull: return ""
        // List<T>.ToString() is its CLR name: System.Collections.Generic.List`1[System.String]
        case .native(let n) where n.enumerated() != nil:
            return n.typeName.replacingOccurrences(of: "System.Collections.Generic.List[", with: "System.Collections.Generic.List`1[")
        default: return LanguagePrimitives.toString(v)
        }
    }

    static func list(_ items: [Value], of typeName: String) -> Value { Emit.list(items, of: typeName) }
    private static func strings(_ items: [String]) -> Value { list(items.map { .string($0) }, of: "System.String") }

    // MARK: what the cmdlets return

    static func user(_ tenant: Tenant, _ u: Licensing.User) -> Value {
        let licenses = tenant.licenses(ofUser: u.objectId)
        let enabled = licenses.flatMap { l in l.servicePlans.filter { $0.provisioningStatus != .disabled } }
        let recipient = tenant.recipient(ofObject: u.objectId)
        func a(_ name: String) -> Value { Emit.string(u.attribute(name)) }
        let extensionProperty = [("odata.metadata", "https://graph.windows.net/\(tenant.tenantId.lowercasedString)/$metadata#directoryObjects/@Element"),
                         ("odata.type", "Microsoft.DirectoryServices.User"), ("createdDateTime", usDate(u.createdDateTime)),
                         ("employeeId", ""), ("onPremisesDistinguishedName", ""), ("userIdentities", "[]")]
        return model(userType, [
            ("ExtensionProperty", list(extensionProperty.map { keyValue($0.0, $0.1) }, of: "System.Collections.Generic.KeyValuePair[System.String,System.String]")),
            ("DeletionTimestamp", .null),
            ("ObjectId", .string(u.objectId.lowercasedString)),
            ("ObjectType", .string("User")),
            ("AccountEnabled", .bool(u.accountEnabled)),
            ("AgeGroup", .null),
            ("AssignedLicenses", list(licenses.map { assignedLicense(skuId: $0.skuId, disabledPlans: $0.disabledPlans) }, of: assignedLicenseType)),
            ("AssignedPlans", list(enabled.map { assignedPlan($0.plan, assigned: u.createdDateTime) }, of: assignedPlanType)),
            ("City", a("City")), ("CompanyName", .null), ("ConsentProvidedForMinor", .null), ("Country", a("Country")),
            ("CreationType", .null), ("Department", a("Department")), ("DirSyncEnabled", .null),
            ("DisplayName", .string(u.displayName)), ("FacsimileTelephoneNumber", a("Fax")), ("GivenName", a("FirstName")),
            ("IsCompromised", .null), ("ImmutableId", .null), ("JobTitle", a("Title")), ("LastDirSyncTime", .null),
            ("LegalAgeGroupClassification", .null),
            ("Mail", Emit.string(recipient?.primarySmtpAddress)), ("MailNickName", .string(u.alias)), ("Mobile", a("MobilePhone")),
            ("OnPremisesSecurityIdentifier", .null), ("OtherMails", strings([])), ("PasswordPolicies", .null), ("PasswordProfile", .null),
            ("PhysicalDeliveryOfficeName", a("Office")), ("PostalCode", a("PostalCode")), ("PreferredLanguage", a("PreferredLanguage")),
            ("ProvisionedPlans", list(enabled.map { provisionedPlan($0.plan) }, of: provisionedPlanType)),
            ("ProvisioningErrors", list([], of: ns + "ProvisioningError")),
            ("ProxyAddresses", strings(recipient?.emailAddresses.map(\.description) ?? [])),
            ("RefreshTokensValidFromDateTime", Emit.dateTime(u.createdDateTime)),
            ("ShowInAddressList", .null), ("SignInNames", list([], of: ns + "SignInName")), ("SipProxyAddress", .null),
            ("State", a("State")), ("StreetAddress", a("StreetAddress")), ("Surname", a("LastName")), ("TelephoneNumber", a("PhoneNumber")),
            ("UsageLocation", Emit.string(u.usageLocation)), ("UserPrincipalName", .string(u.userPrincipalName)),
            ("UserState", .null), ("UserStateChangedOn", .null), ("UserType", .string("Member")),
        ])
    }

    /// A date as an en-US .NET DateTime prints (`2/23/2024 6:48:22 PM`).
    private static func usDate(_ d: Date) -> String {
        let f = DateFormatter()
        f.locale = Locale(identifier: "en_US_POSIX")
        f.timeZone = TimeZone(identifier: "UTC")
        f.dateFormat = "M/d/yyyy h:mm:ss a"
        return f.string(from: d)
    }

    /// A Dictionary<string,string> entry: its ToString is `[key, value]`, as a list view shows it.
    private static func keyValue(_ key: String, _ value: String) -> Value {
        Emit.object("System.Collections.Generic.KeyValuePair[System.String,System.String]",
                    [("Key", .string(key)), ("Value", .string(value))], toString: "[\(key), \(value)]")
    }

    static func assignedLicense(skuId: UUID?, disabledPlans: [UUID]) -> Value {
        model(assignedLicenseType, [("DisabledPlans", strings(disabledPlans.map(\.lowercasedString))), ("SkuId", Emit.string(skuId?.lowercasedString))])
    }

    static func assignedPlan(_ plan: ServicePlan, assigned: Date) -> Value {
        model(assignedPlanType, [("AssignedTimestamp", Emit.dateTime(assigned)), ("CapabilityStatus", .string("Enabled")),
                                 ("Service", .string(plan.serviceType)), ("ServicePlanId", .string(plan.id.lowercasedString))])
    }

    static func provisionedPlan(_ plan: ServicePlan) -> Value {
        model(provisionedPlanType, [("CapabilityStatus", .string("Enabled")), ("ProvisioningStatus", .string("Success")),
                                    ("Service", .string(plan.serviceType))])
    }

    static func servicePlanInfo(_ plan: ServicePlan, status: ProvisioningStatus) -> Value {
        model(servicePlanInfoType, [("AppliesTo", .string(plan.targetClass == .user ? "User" : "Company")),
                                    ("ProvisioningStatus", .string(status.rawValue)),
                                    ("ServicePlanId", .string(plan.id.lowercasedString)), ("ServicePlanName", .string(plan.name))])
    }

    static func group(_ tenant: Tenant, _ g: Licensing.Group) -> Value {
        let recipient = tenant.recipient(ofObject: g.objectId)
        return model(groupType, [
            ("DeletionTimestamp", .null), ("ObjectId", .string(g.objectId.lowercasedString)), ("ObjectType", .string("Group")),
            ("Description", Emit.string(g.description)), ("DirSyncEnabled", .null), ("DisplayName", .string(g.displayName)),
            ("LastDirSyncTime", .null), ("Mail", Emit.string(recipient?.primarySmtpAddress)), ("MailEnabled", .bool(g.mailEnabled)),
            ("MailNickName", Emit.string(g.mailNickname ?? g.objectId.lowercasedString)),
            ("OnPremisesSecurityIdentifier", .null), ("ProvisioningErrors", list([], of: ns + "ProvisioningError")),
            ("ProxyAddresses", strings(recipient?.emailAddresses.map(\.description) ?? [])), ("SecurityEnabled", .bool(g.securityEnabled)),
        ])
    }

    /// Connect-AzureAD's and Get-AzureADCurrentSessionInfo's context: Account, Environment,
    /// TenantId, TenantDomain, AccountType.
    static func context(_ tenant: Tenant, _ connection: AzureADConnection) -> Value {
        let account = connection.account ?? ""
        let type = connection.isApplication ? "ServicePrincipal" : "User"
        let accountObject = Emit.object("Microsoft.Open.Azure.AD.CommonLibrary.AzureAccount",
                                        [("Id", .string(account)), ("Type", .string(type))], toString: account)
        return Emit.object(contextType, [
            ("Account", accountObject), ("Environment", .string("AzureCloud")), ("TenantId", .string(tenant.tenantId.lowercasedString)),
            ("TenantDomain", .string(tenant.initialDomain)), ("AccountType", .string(type)),
        ])
    }

    /// Get-AzureADTenantDetail: the company (ObjectType `Company`), its country and its verified
    /// domains (`class VerifiedDomain {...}` each), with the plans its products carry.
    static func tenantDetail(_ tenant: Tenant, displayName: String) -> Value {
        let domains = tenant.domainNames.map { name -> Value in
            let initial = name == tenant.initialDomain
            return model(verifiedDomainType, [("Capabilities", .string("Email, OfficeCommunicationsOnline")), ("Id", .null),
                                              ("Initial", .bool(initial)), ("Name", .string(name)), ("Type", .string("Managed")),
                                              ("_Default", .bool(initial))])
        }
        let since = tenant.users.map(\.createdDateTime).min() ?? tenant.clock.now()
        var planIds: Set<Int> = []
        var plans: [ServicePlan] = []
        for sku in tenant.subscribedSkus {
            for i in tenant.product(of: sku)?.planIndices ?? [] where planIds.insert(i).inserted { plans.append(tenant.catalog.plans[i]) }
        }
        return model(tenantDetailType, [
            ("ObjectId", .string(tenant.tenantId.lowercasedString)), ("ObjectType", .string("Company")), ("DeletionTimestamp", .null),
            // the tenant's plans date from its first object (the lab keeps no subscription dates)
            ("AssignedPlans", list(plans.map { assignedPlan($0, assigned: since) }, of: assignedPlanType)),
            ("City", .null), ("CompanyLastDirSyncTime", .null), ("Country", .null),
            ("CountryLetterCode", .string(tenant.settings.countryLetterCode)), ("DirSyncEnabled", .null),
            ("DisplayName", .string(displayName)), ("MarketingNotificationEmails", strings([])), ("PostalCode", .null),
            ("PreferredLanguage", .string("en")), ("ProvisionedPlans", list(plans.map(provisionedPlan), of: provisionedPlanType)),
            ("ProvisioningErrors", list([], of: ns + "ProvisioningError")), ("SecurityComplianceNotificationMails", strings([])),
            ("SecurityComplianceNotificationPhones", strings([])), ("State", .null), ("Street", .null),
            ("TechnicalNotificationMails", strings(["admin@" + tenant.initialDomain])), ("TelephoneNumber", .null),
            ("VerifiedDomains", list(domains, of: verifiedDomainType)),
        ])
    }

    /// ObjectId is `<tenantId>_<skuId>`, as Graph's subscribedSku id.
    static func subscribedSku(_ tenant: Tenant, _ sku: SubscribedSku) -> Value {
        let plans = tenant.product(of: sku).map { p in p.planIndices.map { servicePlanInfo(tenant.catalog.plans[$0], status: .success) } } ?? []
        return model(skuType, [
            ("ObjectId", .string(GraphAPI.subscribedSkuId(tenant, sku))),
            ("AppliesTo", .string(GraphResources.appliesTo(tenant.product(of: sku), tenant.catalog))),
            ("CapabilityStatus", .string(GraphResources.capabilityStatus(sku))),
            ("ConsumedUnits", .int(tenant.consumedUnits(skuId: sku.skuId))),
            ("PrepaidUnits", model(licenseUnitsType, [("Enabled", .int(sku.enabledUnits)), ("Suspended", .int(sku.suspendedUnits)),
                                                      ("Warning", .int(sku.warningUnits))])),
            ("ServicePlans", list(plans, of: servicePlanInfoType)),
            ("SkuId", .string(sku.skuId.lowercasedString)), ("SkuPartNumber", .string(sku.skuPartNumber)),
        ])
    }

    /// Get-AzureADUserLicenseDetail: one per product the user holds (the id is Graph's licenseDetails id).
    static func licenseDetail(userId: UUID, _ l: UserLicense) -> Value {
        model(licenseDetailType, [
            ("ObjectId", .string(l.skuId.lowercasedString + "_" + userId.lowercasedString)),
            ("ServicePlans", list(l.servicePlans.map { servicePlanInfo($0.plan, status: $0.provisioningStatus) }, of: servicePlanInfoType)),
            ("SkuId", .string(l.skuId.lowercasedString)), ("SkuPartNumber", .string(l.skuPartNumber)),
        ])
    }

    // MARK: what scripts create with New-Object

    /// The model types scripts build and pass in (`New-Object Microsoft.Open.AzureAD.Model.AssignedLicense`),
    /// with their properties (all `$null` until set, as the models' constructors leave them);
    /// constructor arguments fill the properties in order.
    static let creatable: [(type: String, properties: [String])] = [
        (assignedLicenseType, ["DisabledPlans", "SkuId"]),
        (assignedLicensesType, ["AddLicenses", "RemoveLicenses"]),
        (passwordProfileType, ["EnforceChangePasswordPolicy", "ForceChangePasswordNextLogin", "Password"]),
    ]

    static var creatableTypes: [TypeRegistry.EmulatedType] {
        creatable.map { entry in
            TypeRegistry.EmulatedType(fullName: entry.type, members: TypeMembers(constructor: { call in
                guard call.count <= entry.properties.count else { return nil }
                return model(entry.type, entry.properties.enumerated().map { i, name in (name, call.arg(i)) })
            }))
        }
    }

    /// The types whose names scripts may write (`[Microsoft.Open.AzureAD.Model.User]`).
    static let listedTypes = [userType, groupType, skuType, licenseUnitsType, servicePlanInfoType, assignedPlanType,
                              provisionedPlanType, licenseDetailType, contextType, tenantDetailType, verifiedDomainType]
}
