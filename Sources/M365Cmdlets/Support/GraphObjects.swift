import Foundation
import Licensing
import PowerShellRuntime

/// `Microsoft.Graph.PowerShell.Models.*` objects. Graph returns some properties only when they
/// are selected (`-Property`): licenseAssignmentStates, assignedLicenses, usageLocation...
/// (research §3.5); unselected ones are `$null` as in the SDK.
enum GraphObjects {
    static let ns = "Microsoft.Graph.PowerShell.Models."
    /// New-MgUser / Update-MgUser parameters kept as directory attributes, with the MSOnline name
    /// they are stored under (so Get-MsolUser shows what Update-MgUser set, and the reverse).
    static let attributeParameters: [(parameter: String, attribute: String)] = [
        ("GivenName", "FirstName"), ("Surname", "LastName"), ("JobTitle", "Title"), ("Department", "Department"),
    ]
    static let userType = ns + "MicrosoftGraphUser"
    static let groupType = ns + "MicrosoftGraphGroup"
    static let skuType = ns + "MicrosoftGraphSubscribedSku"
    static let directoryObjectType = ns + "MicrosoftGraphDirectoryObject"
    static let licenseDetailsType = ns + "MicrosoftGraphLicenseDetails"
    static let assignedLicenseType = ns + "MicrosoftGraphAssignedLicense"
    static let licenseStateType = ns + "MicrosoftGraphLicenseAssignmentState"
    static let servicePlanInfoType = ns + "MicrosoftGraphServicePlanInfo"
    static let contextType = "Microsoft.Graph.PowerShell.Authentication.AuthContext"

    static let userDefault: Set<String> = ["businessphones", "displayname", "givenname", "id", "jobtitle", "mail",
                                           "mobilephone", "officelocation", "preferredlanguage", "surname", "userprincipalname"]
    static let groupDefault: Set<String> = ["id", "displayname", "description", "mailenabled", "mailnickname", "securityenabled",
                                            "grouptypes", "mail", "createddatetime", "proxyaddresses", "visibility"]

    /// Which properties to fill: the defaults, or the selection (plus Id), or all for `*`.
    struct Selection {
        let names: Set<String>?
        let defaults: Set<String>
        init(_ selected: [String], defaults: Set<String>) {
            self.defaults = defaults
            let flat = selected.flatMap { $0.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces).lowercased() } }.filter { !$0.isEmpty }
            names = flat.isEmpty ? nil : (flat.contains("*") ? [] : Set(flat + ["id"]))
        }
        func includes(_ name: String) -> Bool {
            guard let names else { return defaults.contains(name.lowercased()) }
            return names.isEmpty || names.contains(name.lowercased())
        }
    }

    static func object(_ type: String, _ props: [(String, Value)], selection: Selection?) -> Value {
        let filled = props.map { name, value -> (String, Value) in
            if name == "AdditionalProperties" { return (name, value) }
            guard let selection else { return (name, value) }
            return (name, selection.includes(name) ? value : .null)
        }
        return Emit.object(type, filled)
    }

    static func assignedLicense(skuId: UUID, disabled: [UUID]) -> Value {
        Emit.object(assignedLicenseType, [
            ("DisabledPlans", Emit.array(disabled.map { .string($0.lowercasedGraphString) }, of: "System.String")),
            ("SkuId", .string(skuId.lowercasedGraphString)),
            ("AdditionalProperties", .hashtable(PSHashtable())),
        ])
    }

    static func licenseState(_ r: AssignmentRecord) -> Value {
        Emit.object(licenseStateType, [
            ("AssignedByGroup", Emit.graphId(r.assignedByGroup)),
            ("DisabledPlans", Emit.array(r.disabledPlans.map { .string($0.lowercasedGraphString) }, of: "System.String")),
            ("Error", .string(r.error.rawValue)),
            ("LastUpdatedDateTime", Emit.dateTime(r.lastUpdatedDateTime)),
            ("SkuId", .string(r.skuId.lowercasedGraphString)),
            ("State", .string(r.state.rawValue)),
            ("AdditionalProperties", .hashtable(PSHashtable())),
        ])
    }

    static func user(_ state: M365State, _ u: Licensing.User, selection: Selection?) -> Value {
        let t = state.tenant
        func wanted(_ name: String) -> Bool { selection?.includes(name) ?? true }
        // The license collections are the costly part; build them only when they will be shown.
        let needsLicenses = wanted("AssignedLicenses") || wanted("AssignedPlans")
        let licenses = needsLicenses ? t.licenses(ofUser: u.objectId) : []
        let recipient = t.recipient(ofObject: u.objectId)
        func p(_ k: String) -> Value { Emit.string(u.attribute(k)) }
        let plans: [Value] = licenses.flatMap { l in
            l.servicePlans.filter { $0.provisioningStatus != .disabled }.map { s in
                Emit.object(ns + "MicrosoftGraphAssignedPlan", [
                    ("AssignedDateTime", Emit.dateTime(u.createdDateTime)), ("CapabilityStatus", .string("Enabled")),
                    ("Service", .string(MsolObjects.serviceType(s.plan))), ("ServicePlanId", .string(s.plan.id.lowercasedGraphString)),
                ])
            }
        }
        return object(userType, [
            ("AccountEnabled", .bool(u.accountEnabled)),
            ("AssignedLicenses", Emit.array(licenses.map { assignedLicense(skuId: $0.skuId, disabled: $0.disabledPlans) }, of: assignedLicenseType)),
            ("AssignedPlans", Emit.array(plans)),
            ("BusinessPhones", Emit.array(u.attribute("PhoneNumber").map { [.string($0)] } ?? [], of: "System.String")),
            ("City", p("City")),
            ("Country", p("Country")),
            ("CreatedDateTime", Emit.dateTime(u.createdDateTime)),
            ("DeletedDateTime", u.deletedDateTime.map(Emit.dateTime) ?? .null),
            ("Department", p("Department")),
            ("DisplayName", .string(u.displayName)),
            ("GivenName", p("FirstName")),
            ("Id", .string(u.objectId.lowercasedGraphString)),
            ("JobTitle", p("Title")),
            ("LicenseAssignmentStates", wanted("LicenseAssignmentStates") ? Emit.array(t.licenseAssignmentStates(ofUser: u.objectId).map(licenseState), of: licenseStateType) : .null),
            ("Mail", Emit.string(recipient?.primarySmtpAddress)),
            ("MailNickname", .string(u.alias)),
            ("MobilePhone", p("MobilePhone")),
            ("OfficeLocation", p("Office")),
            ("PreferredLanguage", p("PreferredLanguage")),
            ("ProxyAddresses", Emit.array(recipient?.emailAddresses.map { .string($0.description) } ?? [], of: "System.String")),
            ("Surname", p("LastName")),
            ("UsageLocation", Emit.string(u.usageLocation)),
            ("UserPrincipalName", .string(u.userPrincipalName)),
            ("UserType", .string("Member")),
            ("AdditionalProperties", .hashtable(PSHashtable())),
        ], selection: selection)
    }

    /// The user as a `$filter` sees it.
    static func userEntity(_ state: M365State, _ u: Licensing.User) -> ODataValue {
        let t = state.tenant
        let licenses = t.licenses(ofUser: u.objectId)
        return .record([
            ("id", .string(u.objectId.lowercasedGraphString)), ("displayName", .string(u.displayName)),
            ("userPrincipalName", .string(u.userPrincipalName)), ("mailNickname", .string(u.alias)),
            ("mail", t.recipient(ofObject: u.objectId)?.primarySmtpAddress.map { .string($0) } ?? .null),
            ("usageLocation", u.usageLocation.map { .string($0) } ?? .null), ("accountEnabled", .bool(u.accountEnabled)),
            ("userType", .string("Member")),
            ("department", u.attribute("Department").map { .string($0) } ?? .null),
            ("jobTitle", u.attribute("Title").map { .string($0) } ?? .null),
            ("assignedLicenses", .list(licenses.map { l in .record([("skuId", .string(l.skuId.lowercasedGraphString)),
                                                                   ("disabledPlans", .list(l.disabledPlans.map { .string($0.lowercasedGraphString) }))]) })),
            ("licenseAssignmentStates", .list(t.licenseAssignmentStates(ofUser: u.objectId).map { r in
                .record([("skuId", .string(r.skuId.lowercasedGraphString)), ("state", .string(r.state.rawValue)),
                         ("error", .string(r.error.rawValue)), ("assignedByGroup", r.assignedByGroup.map { .string($0.lowercasedGraphString) } ?? .null)])
            })),
        ])
    }

    static func group(_ tenant: Tenant, _ g: Licensing.Group, selection: Selection?) -> Value {
        let recipient = tenant.recipient(ofObject: g.objectId)
        let processing: Value = Emit.object(ns + "MicrosoftGraphLicenseProcessingState", [
            ("State", Emit.string((g.processingState ?? .processingComplete).rawValue)),
            ("AdditionalProperties", .hashtable(PSHashtable())),
        ])
        return object(groupType, [
            ("AssignedLicenses", Emit.array(g.licenses.map { assignedLicense(skuId: $0.skuId, disabled: $0.disabledPlans) }, of: assignedLicenseType)),
            ("CreatedDateTime", Emit.dateTime(g.createdDateTime)),
            ("Description", Emit.string(g.description)),
            ("DisplayName", .string(g.displayName)),
            ("GroupTypes", Emit.array([], of: "System.String")),
            ("HasMembersWithLicenseErrors", .bool(tenant.hasMembersWithLicenseErrors(groupId: g.objectId))),
            ("Id", .string(g.objectId.lowercasedGraphString)),
            ("LicenseProcessingState", processing),
            ("Mail", Emit.string(recipient?.primarySmtpAddress)),
            ("MailEnabled", .bool(g.mailEnabled)),
            ("MailNickname", Emit.string(g.mailNickname)),
            ("ProxyAddresses", Emit.array(recipient?.emailAddresses.map { .string($0.description) } ?? [], of: "System.String")),
            ("SecurityEnabled", .bool(g.securityEnabled)),
            ("Visibility", .null),
            ("AdditionalProperties", .hashtable(PSHashtable())),
        ], selection: selection)
    }

    static func groupEntity(_ tenant: Tenant, _ g: Licensing.Group) -> ODataValue {
        .record([
            ("id", .string(g.objectId.lowercasedGraphString)), ("displayName", .string(g.displayName)),
            ("description", g.description.map { .string($0) } ?? .null), ("mailEnabled", .bool(g.mailEnabled)),
            ("securityEnabled", .bool(g.securityEnabled)), ("mailNickname", g.mailNickname.map { .string($0) } ?? .null),
            ("hasMembersWithLicenseErrors", .bool(tenant.hasMembersWithLicenseErrors(groupId: g.objectId))),
            ("assignedLicenses", .list(g.licenses.map { l in .record([("skuId", .string(l.skuId.lowercasedGraphString))]) })),
        ])
    }

    /// A member or member-with-error: a directoryObject whose details sit in AdditionalProperties.
    static func directoryObject(_ u: Licensing.User) -> Value {
        let extra = PSHashtable()
        extra["@odata.type"] = .string("#microsoft.graph.user")
        extra["displayName"] = .string(u.displayName)
        extra["userPrincipalName"] = .string(u.userPrincipalName)
        extra["accountEnabled"] = .bool(u.accountEnabled)
        return Emit.object(directoryObjectType, [
            ("DeletedDateTime", u.deletedDateTime.map(Emit.dateTime) ?? .null),
            ("Id", .string(u.objectId.lowercasedGraphString)),
            ("AdditionalProperties", .hashtable(extra)),
        ])
    }

    static func servicePlanInfo(_ plan: ServicePlan, status: ProvisioningStatus) -> Value {
        Emit.object(servicePlanInfoType, [
            ("AppliesTo", .string(plan.targetClass == .user ? "User" : "Company")),
            ("ProvisioningStatus", .string(status.rawValue)),
            ("ServicePlanId", .string(plan.id.lowercasedGraphString)),
            ("ServicePlanName", .string(plan.name)),
            ("AdditionalProperties", .hashtable(PSHashtable())),
        ])
    }

    static func subscribedSku(_ tenant: Tenant, _ sku: SubscribedSku) -> Value {
        let plans: [Value] = tenant.product(of: sku).map { p in
            p.planIndices.map { servicePlanInfo(tenant.catalog.plans[$0], status: .success) }
        } ?? []
        return Emit.object(skuType, [
            ("AccountId", .string(tenant.tenantId.lowercasedGraphString)),
            ("AccountName", .string(tenant.name)),
            ("AppliesTo", .string("User")),
            ("CapabilityStatus", .string("Enabled")),
            ("ConsumedUnits", .int(tenant.consumedUnits(skuId: sku.skuId))),
            ("Id", .string(tenant.tenantId.lowercasedGraphString + "_" + sku.skuId.lowercasedGraphString)),
            ("PrepaidUnits", Emit.object(ns + "MicrosoftGraphLicenseUnitsDetail", [
                ("Enabled", .int(sku.enabledUnits)), ("LockedOut", .int(sku.lockedOutUnits)),
                ("Suspended", .int(sku.suspendedUnits)), ("Warning", .int(sku.warningUnits)),
                ("AdditionalProperties", .hashtable(PSHashtable())),
            ])),
            ("ServicePlans", Emit.array(plans, of: servicePlanInfoType)),
            ("SkuId", .string(sku.skuId.lowercasedGraphString)),
            ("SkuPartNumber", .string(sku.skuPartNumber)),
            ("SubscriptionIds", Emit.array(sku.subscriptionIds.map { .string($0.lowercasedGraphString) }, of: "System.String")),
            ("AdditionalProperties", .hashtable(PSHashtable())),
        ])
    }

    static func licenseDetails(_ tenant: Tenant, userId: UUID, _ l: Licensing.UserLicense) -> Value {
        Emit.object(licenseDetailsType, [
            ("Id", .string(l.skuId.lowercasedGraphString + "_" + userId.lowercasedGraphString)),
            ("ServicePlans", Emit.array(l.servicePlans.map { servicePlanInfo($0.plan, status: $0.provisioningStatus) }, of: servicePlanInfoType)),
            ("SkuId", .string(l.skuId.lowercasedGraphString)),
            ("SkuPartNumber", .string(l.skuPartNumber)),
            ("AdditionalProperties", .hashtable(PSHashtable())),
        ])
    }
}
