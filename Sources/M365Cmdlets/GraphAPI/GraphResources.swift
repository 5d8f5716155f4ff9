import Foundation
import Licensing

/// A Graph resource type: `#microsoft.graph.user` on the wire, `MicrosoftGraphUser` in the
/// PowerShell SDK's models.
enum GraphResourceType: String, Sendable, CaseIterable {
    case user, group, subscribedSku, licenseDetails, directoryObject, assignedLicense, licenseAssignmentState,
         servicePlanInfo, assignedPlan, licenseUnitsDetail, licenseProcessingState, organization, verifiedDomain

    var odataType: String { "#microsoft.graph." + rawValue }
    var sdkModel: String { "MicrosoftGraph" + rawValue.prefix(1).uppercased() + rawValue.dropFirst() }
}

/// One resource as an operation returns it, before it is rendered: as JSON (`GraphJSON`, for
/// Invoke-MgGraphRequest and the REST server) or as an SDK object (`GraphObjects`, for the
/// cmdlets). Properties are in the SDK model's order under their wire names; a property left
/// out by `$select` has no value (absent from JSON, `$null` on the SDK object, as the SDK shows it).
// Sendable is declared, not inferred: inferring it for these two types, which contain each other,
// made the compiler report a "circular reference" in some builds of the module.
struct GraphResource: Sendable {
    let type: GraphResourceType
    var properties: [(name: String, value: GraphValue?)]
    /// Properties outside the SDK model (the SDK keeps them in `AdditionalProperties`).
    var additional: [(name: String, value: GraphValue)] = []
}

indirect enum GraphValue: Sendable {
    case null
    case bool(Bool)
    case int(Int)
    case string(String)
    case date(Date)
    case strings([String])
    case resource(GraphResource)
    case resources([GraphResource], of: GraphResourceType)

    static func text(_ s: String?) -> GraphValue { s.map { .string($0) } ?? .null }
    static func id(_ id: UUID?) -> GraphValue { id.map { .string($0.lowercasedString) } ?? .null }
    static func date(_ d: Date?) -> GraphValue { d.map { .date($0) } ?? .null }
}

/// The lab's objects as Graph resources: one builder per resource type, the only place that says
/// which property of a Graph resource comes from where in the tenant.
enum GraphResources {
    /// A property whose value is built only when the selection includes it (a user's license
    /// collections are the costly part of a user).
    private static func field(_ selection: GraphSelection, _ name: String, _ value: @autoclosure () -> GraphValue) -> (name: String, value: GraphValue?) {
        (name, selection.includes(name) ? value() : nil)
    }

    static func user(_ tenant: Tenant, _ u: Licensing.User, _ selection: GraphSelection = .everything) -> GraphResource {
        let licenses = selection.includes("assignedLicenses") || selection.includes("assignedPlans") ? tenant.licenses(ofUser: u.objectId) : []
        let recipient = tenant.recipient(ofObject: u.objectId)
        func attribute(_ name: String) -> GraphValue { .text(u.attribute(name)) }
        func f(_ name: String, _ value: @autoclosure () -> GraphValue) -> (name: String, value: GraphValue?) { field(selection, name, value()) }
        return GraphResource(type: .user, properties: [
            f("accountEnabled", .bool(u.accountEnabled)),
            f("assignedLicenses", .resources(licenses.map { assignedLicense(skuId: $0.skuId, disabledPlans: $0.disabledPlans) }, of: .assignedLicense)),
            f("assignedPlans", .resources(licenses.flatMap { l in
                // a plan was assigned when the first record that still gives its product was made
                let assigned = u.records.filter { $0.skuId == l.skuId && $0.state == .active }.map(\.lastUpdatedDateTime).min() ?? u.createdDateTime
                return l.servicePlans.filter { $0.provisioningStatus != .disabled }.map { assignedPlan($0.plan, assigned: assigned) }
            }, of: .assignedPlan)),
            f("businessPhones", .strings(u.attribute("PhoneNumber").map { [$0] } ?? [])),
            f("city", attribute("City")),
            f("companyName", attribute("CompanyName")),
            f("country", attribute("Country")),
            f("createdDateTime", .date(u.createdDateTime)),
            f("deletedDateTime", .date(u.deletedDateTime)),
            f("department", attribute("Department")),
            f("displayName", .string(u.displayName)),
            f("employeeId", attribute("EmployeeId")),
            f("givenName", attribute("FirstName")),
            f("id", .id(u.objectId)),
            f("jobTitle", attribute("Title")),
            f("licenseAssignmentStates", .resources(tenant.licenseAssignmentStates(ofUser: u.objectId).map(licenseAssignmentState), of: .licenseAssignmentState)),
            f("mail", .text(recipient?.primarySmtpAddress)),
            f("mailNickname", .string(u.alias)),
            f("mobilePhone", attribute("MobilePhone")),
            f("officeLocation", attribute("Office")),
            f("postalCode", attribute("PostalCode")),
            f("preferredLanguage", attribute("PreferredLanguage")),
            f("proxyAddresses", .strings(recipient?.emailAddresses.map(\.description) ?? [])),
            f("state", attribute("State")),
            f("streetAddress", attribute("StreetAddress")),
            f("surname", attribute("LastName")),
            f("usageLocation", .text(u.usageLocation)),
            f("userPrincipalName", .string(u.userPrincipalName)),
            f("userType", .string(u.attribute("UserType") ?? "Member")),
        ])
    }

    static func group(_ tenant: Tenant, _ g: Licensing.Group, _ selection: GraphSelection = .everything) -> GraphResource {
        let recipient = tenant.recipient(ofObject: g.objectId)
        func f(_ name: String, _ value: @autoclosure () -> GraphValue) -> (name: String, value: GraphValue?) { field(selection, name, value()) }
        return GraphResource(type: .group, properties: [
            f("assignedLicenses", .resources(g.licenses.map { assignedLicense(skuId: $0.skuId, disabledPlans: $0.disabledPlans) }, of: .assignedLicense)),
            f("createdDateTime", .date(g.createdDateTime)),
            f("description", .text(g.description)),
            f("displayName", .string(g.displayName)),
            f("groupTypes", .strings(g.groupTypes)),
            f("hasMembersWithLicenseErrors", .bool(tenant.hasMembersWithLicenseErrors(groupId: g.objectId))),
            f("id", .id(g.objectId)),
            f("licenseProcessingState", .resource(GraphResource(type: .licenseProcessingState, properties: [
                ("state", .string((g.processingState ?? .processingComplete).rawValue)),
            ]))),
            f("mail", .text(recipient?.primarySmtpAddress)),
            f("mailEnabled", .bool(g.mailEnabled)),
            f("mailNickname", .text(g.mailNickname)),
            f("membershipRule", .text(g.membershipRule)),
            f("membershipRuleProcessingState", .text(g.membershipRuleProcessingState)),
            f("proxyAddresses", .strings(recipient?.emailAddresses.map(\.description) ?? [])),
            f("securityEnabled", .bool(g.securityEnabled)),
            f("visibility", .null),
        ])
    }

    /// A member or member with errors: a directoryObject whose user details are outside the model.
    /// A user as a member of a group: the properties of `memberDefaults` unless a selection
    /// (`-Property id`, `$select=id`) names others; what is not selected is left out, as `$select`
    /// leaves it out of Graph's answer. The `@odata.type` and the id are always there.
    static func directoryObject(_ u: Licensing.User, _ selection: GraphSelection = memberDefaults) -> GraphResource {
        var additional: [(name: String, value: GraphValue)] = [("@odata.type", .string(GraphResourceType.user.odataType))]
        if selection.includes("displayName") { additional.append(("displayName", .string(u.displayName))) }
        if selection.includes("userPrincipalName") { additional.append(("userPrincipalName", .string(u.userPrincipalName))) }
        if selection.includes("accountEnabled") { additional.append(("accountEnabled", .bool(u.accountEnabled))) }
        return GraphResource(type: .directoryObject, properties: [
            field(selection, "deletedDateTime", .date(u.deletedDateTime)),
            ("id", .id(u.objectId)),
        ], additional: additional)
    }

    /// A member list's selection: `selected` (`-Property`, `$select`), or without one (or an
    /// empty one) the members' usual properties.
    static func memberSelection(_ selected: [String]) -> GraphSelection {
        selected.isEmpty ? memberDefaults : GraphSelection(selected, defaults: memberDefaultNames)
    }
    private static let memberDefaultNames: Set<String> = ["deleteddatetime", "id", "displayname", "userprincipalname", "accountenabled"]
    /// Made once: a member list asks for it once per member.
    static let memberDefaults = GraphSelection([], defaults: memberDefaultNames)

    /// The organization: the tenant's id, name, country and domains (the initial one is the default).
    static func organization(_ tenant: Tenant, displayName: String, _ selection: GraphSelection = .everything) -> GraphResource {
        func f(_ name: String, _ value: @autoclosure () -> GraphValue) -> (name: String, value: GraphValue?) { field(selection, name, value()) }
        let initial = tenant.initialDomain.lowercased()
        let domains = tenant.domainNames.map { name in
            GraphResource(type: .verifiedDomain, properties: [
                ("capabilities", .string("Email, OfficeCommunicationsOnline")),
                ("isDefault", .bool(name.lowercased() == initial)), ("isInitial", .bool(name.lowercased() == initial)),
                ("name", .string(name)), ("type", .string("Managed")),
            ])
        }
        return GraphResource(type: .organization, properties: [
            f("id", .id(tenant.tenantId)),
            f("countryLetterCode", .string(tenant.settings.countryLetterCode)),
            f("displayName", .string(displayName)),
            f("preferredLanguage", .string("en")),
            f("tenantType", .string("AAD")),
            f("verifiedDomains", .resources(domains, of: .verifiedDomain)),
        ])
    }

    static func subscribedSku(_ tenant: Tenant, _ sku: SubscribedSku, _ selection: GraphSelection = .everything) -> GraphResource {
        // a plan's status in the subscription: as MSOnline's AccountSku shows it (PendingInput is a user's state)
        let plans = tenant.product(of: sku).map { p in
            p.planIndices.map { i -> GraphResource in
                let plan = tenant.catalog.plans[i]
                return servicePlanInfo(plan, status: plan.enabledStatus == .pendingInput ? .success : plan.enabledStatus)
            }
        } ?? []
        func f(_ name: String, _ value: @autoclosure () -> GraphValue) -> (name: String, value: GraphValue?) { field(selection, name, value()) }
        return GraphResource(type: .subscribedSku, properties: [
            f("accountId", .id(tenant.tenantId)),
            f("accountName", .string(tenant.name)),
            f("appliesTo", .string(appliesTo(tenant.product(of: sku), tenant.catalog))),
            f("capabilityStatus", .string(capabilityStatus(sku))),
            f("consumedUnits", .int(tenant.consumedUnits(skuId: sku.skuId))),
            f("id", .string(GraphAPI.subscribedSkuId(tenant, sku))),
            f("prepaidUnits", .resource(GraphResource(type: .licenseUnitsDetail, properties: [
                ("enabled", .int(sku.enabledUnits)), ("lockedOut", .int(sku.lockedOutUnits)),
                ("suspended", .int(sku.suspendedUnits)), ("warning", .int(sku.warningUnits)),
            ]))),
            f("servicePlans", .resources(plans, of: .servicePlanInfo)),
            f("skuId", .id(sku.skuId)),
            f("skuPartNumber", .string(sku.skuPartNumber)),
            f("subscriptionIds", .strings(sku.subscriptionIds.map(\.lowercasedString))),
        ])
    }

    static func licenseDetails(userId: UUID, _ l: UserLicense, _ selection: GraphSelection = .everything) -> GraphResource {
        func f(_ name: String, _ value: @autoclosure () -> GraphValue) -> (name: String, value: GraphValue?) { field(selection, name, value()) }
        return GraphResource(type: .licenseDetails, properties: [
            f("id", .string(l.skuId.lowercasedString + "_" + userId.lowercasedString)),
            f("servicePlans", .resources(l.servicePlans.map { servicePlanInfo($0.plan, status: $0.provisioningStatus) }, of: .servicePlanInfo)),
            f("skuId", .id(l.skuId)),
            f("skuPartNumber", .string(l.skuPartNumber)),
        ])
    }

    static func assignedLicense(skuId: UUID, disabledPlans: [UUID]) -> GraphResource {
        GraphResource(type: .assignedLicense, properties: [
            ("disabledPlans", .strings(disabledPlans.map(\.lowercasedString))),
            ("skuId", .id(skuId)),
        ])
    }

    static func licenseAssignmentState(_ r: AssignmentRecord) -> GraphResource {
        GraphResource(type: .licenseAssignmentState, properties: [
            ("assignedByGroup", .id(r.assignedByGroup)),
            ("disabledPlans", .strings(r.disabledPlans.map(\.lowercasedString))),
            ("error", .string(r.error.rawValue)),
            ("lastUpdatedDateTime", .date(r.lastUpdatedDateTime)),
            ("skuId", .id(r.skuId)),
            ("state", .string(r.state.rawValue)),
        ])
    }

    static func assignedPlan(_ plan: ServicePlan, assigned: Date) -> GraphResource {
        GraphResource(type: .assignedPlan, properties: [
            ("assignedDateTime", .date(assigned)), ("capabilityStatus", .string("Enabled")),
            ("service", .string(plan.serviceType)), ("servicePlanId", .id(plan.id)),
        ])
    }

    /// A product is for users unless every plan in it is for the company (a tenant-wide add-on).
    static func appliesTo(_ product: Product?, _ catalog: Catalog) -> String {
        guard let product, !product.planIndices.isEmpty,
              product.planIndices.allSatisfy({ catalog.plans[$0].targetClass != .user }) else { return "User" }
        return "Company"
    }

    /// subscribedSku.capabilityStatus from its units: Enabled while any unit is active, then the
    /// state its remaining units are in (Warning, Suspended, LockedOut).
    static func capabilityStatus(_ sku: SubscribedSku) -> String {
        if sku.enabledUnits > 0 { return "Enabled" }
        if sku.warningUnits > 0 { return "Warning" }
        if sku.suspendedUnits > 0 { return "Suspended" }
        if sku.lockedOutUnits > 0 { return "LockedOut" }
        return "Enabled"
    }

    static func servicePlanInfo(_ plan: ServicePlan, status: ProvisioningStatus) -> GraphResource {
        GraphResource(type: .servicePlanInfo, properties: [
            ("appliesTo", .string(plan.targetClass == .user ? "User" : "Company")),
            ("provisioningStatus", .string(status.rawValue)),
            ("servicePlanId", .id(plan.id)),
            ("servicePlanName", .string(plan.name)),
        ])
    }
}
