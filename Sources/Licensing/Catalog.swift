import Foundation

public enum TargetClass: String, Sendable, Codable {
    case user = "User"
    case tenant = "Tenant"
}

/// servicePlanInfo.provisioningStatus / MSOnline ServiceStatus.ProvisioningStatus.
public enum ProvisioningStatus: String, Sendable, Codable {
    case success = "Success"
    case disabled = "Disabled"
    case errorStatus = "ErrorStatus"
    case pendingInput = "PendingInput"
    case pendingActivation = "PendingActivation"
    case pendingProvisioning = "PendingProvisioning"
}

public struct ServicePlan: Sendable, Hashable {
    /// Position in `Catalog.plans`; the bit used in `PlanSet`.
    public let index: Int
    public let id: UUID
    public let name: String
    public let friendlyName: String
    public let targetClass: TargetClass
    /// ISO 3166 alpha-2 codes where the plan is not offered.
    public let prohibitedCountries: Set<String>
    /// Plans any one of which satisfies this plan, in preference order (the first is named in messages).
    public let prerequisites: [Int]
    /// Status shown for the plan on a user when it is enabled.
    public let enabledStatus: ProvisioningStatus
}

public struct Product: Sendable, Hashable {
    public let skuId: UUID
    public let partNumber: String
    public let displayName: String
    /// Plan indices in the product's published order.
    public let planIndices: [Int]
    public let plans: PlanSet
}

/// Plans that cannot be held together by one user (Microsoft's "Service plans that cannot be
/// assigned at the same time" tables, plus the Exchange Plan 1 / Plan 2 rule of the group-licensing
/// article's 2020 version; docs/licensing.md "The catalog").
public struct ExclusionSet: Sendable, Hashable {
    public let name: String
    /// Plan names in the published order; names absent from the catalog are kept for documentation.
    public let planNames: [String]
    public let plans: PlanSet
    /// The group-licensing article's Exchange Plan 1 ⟂ Plan 2 rule (docs/sources.md "The catalogue"),
    /// switchable by `TenantSettings.exchangePlansConflict`.
    public let isExchangePlanRule: Bool
}

/// The products a lab tenant can buy, with their service plans and the rules between plans.
public final class Catalog: Sendable {
    public let plans: [ServicePlan]
    public let products: [Product]
    public let exclusionSets: [ExclusionSet]
    /// Plans that give the user a mailbox (and so proxy addresses) when enabled.
    public let mailboxPlans: PlanSet
    public let plansWithPrerequisites: PlanSet
    private let planByName: [String: Int]
    private let planById: [UUID: Int]
    private let productByPart: [String: Int]
    private let productById: [UUID: Int]
    private let prohibitedByCountry: [String: PlanSet]

    /// Decision (docs/licensing.md "The catalog"): every user plan is prohibited in these countries.
    public static let defaultProhibitedCountries: Set<String> = ["CU", "IR", "KP", "SY"]

    /// Documented prerequisites (docs/sources.md "Prerequisites"): plan name → acceptable plans in
    /// preference order.
    public static let defaultPrerequisites: [String: [String]] = [
        "WORKPLACE_ANALYTICS": ["EXCHANGE_S_ENTERPRISE", "EXCHANGE_S_STANDARD"],
        "MCOMEETADV": ["MCOSTANDARD"],
    ]

    public static let defaultMailboxPlanNames = ["EXCHANGE_S_STANDARD", "EXCHANGE_S_ENTERPRISE", "EXCHANGE_S_DESKLESS"]

    /// YAMMER_ENTERPRISE always shows PendingInput (O365PS-2017, docs/sources.md "Provisioning status").
    public static let defaultEnabledStatus: [String: ProvisioningStatus] = ["YAMMER_ENTERPRISE": .pendingInput]

    public static let defaultExclusionSets: [(String, [String], Bool)] = [
        ("Exchange Online Plan 1 / Plan 2", ["EXCHANGE_S_STANDARD", "EXCHANGE_S_ENTERPRISE"], true),
        ("Exchange Online", ["EXCHANGE_B_STANDARD", "EXCHANGE_S_ARCHIVE", "EXCHANGE_S_DESKLESS",
                             "EXCHANGE_S_ESSENTIALS", "EXCHANGE_S_STANDARD", "EXCHANGE_S_STANDARD_MIDMARKET"], false),
        ("Microsoft 365", ["RMS_S_ENTERPRISE", "RMS_S_ENTERPRISE_GOV"], false),
        ("Intune", ["INTUNE_A", "INTUNE_A_VL", "INTUNE_B"], false),
        ("SharePoint Online", ["ONEDRIVEENTERPRISE", "SHAREPOINT_S_DEVELOPER", "SHAREPOINTDESKLESS",
                               "SHAREPOINTENTERPRISE", "SHAREPOINTENTERPRISE_EDU", "SHAREPOINTENTERPRISE_MIDMARKET",
                               "SHAREPOINTLITE", "SHAREPOINTSTANDARD", "SHAREPOINTSTANDARD_EDU",
                               "SHAREPOINTSTANDARD_YAMMERSHADOW"], false),
        ("Skype for Business", ["MCOIMP", "MCOSTANDARD_MIDMARKET", "MCOSTANDARD", "MCOLITE"], false),
        ("Skype for Business PSTN", ["MCOPSTN1", "MCOPSTN2", "MCOPSTN5"], false),
        ("Yammer", ["YAMMER_ENTERPRISE", "YAMMER_EDU", "YAMMER_MIDSIZE"], false),
        ("Dynamics CRM", ["CRMPLAN1", "CRMPLAN2", "CRMSTANDARD", "DYN365_ENTERPRISE_P1_IW",
                          "DYN365_ENTERPRISE_SALES", "DYN365_ENTERPRISE_TEAM_MEMBERS", "EMPLOYEE_SELF_SERVICE"], false),
    ]

    /// The built-in catalog (docs/sources.md "The catalogue"), shared by every tenant: it is immutable.
    public static let standard = Catalog(planRows: planRows, productRows: productRows)

    convenience init(planRows: [(String, String, String)], productRows: [(String, String, String, [String])]) {
        var byName: [String: Int] = [:]
        for (i, row) in planRows.enumerated() where byName[row.0.lowercased()] == nil { byName[row.0.lowercased()] = i }
        self.init(planRows: planRows.map { ($0.0, UUID(uuidString: $0.1) ?? UUID(), $0.2) },
                  products: productRows.map { ($0.0, UUID(uuidString: $0.1) ?? UUID(), $0.2, $0.3.compactMap { byName[$0.lowercased()] }) })
    }

    /// Plans (name, id, friendly name) and products (part number, skuId, display name, plan indices).
    /// Names, part numbers and ids are found by the first plan or product that has them.
    init(planRows: [(String, UUID, String)], products productRows: [(String, UUID, String, [Int])]) {
        var byName: [String: Int] = [:]
        for (i, row) in planRows.enumerated() where byName[row.0.lowercased()] == nil { byName[row.0.lowercased()] = i }
        var plans: [ServicePlan] = []
        var byId: [UUID: Int] = [:]
        for (i, row) in planRows.enumerated() {
            let id = row.1
            let prereqs = (Self.defaultPrerequisites[row.0] ?? []).compactMap { byName[$0.lowercased()] }
            plans.append(ServicePlan(
                index: i, id: id, name: row.0, friendlyName: row.2, targetClass: .user,
                prohibitedCountries: Self.defaultProhibitedCountries, prerequisites: prereqs,
                enabledStatus: Self.defaultEnabledStatus[row.0] ?? .success))
            if byId[id] == nil { byId[id] = i }
        }
        var products: [Product] = []
        var byPart: [String: Int] = [:]
        var productById: [UUID: Int] = [:]
        for row in productRows {
            let indices = row.3
            let product = Product(skuId: row.1, partNumber: row.0,
                                  displayName: row.2, planIndices: indices, plans: PlanSet(indices))
            if byPart[row.0.uppercased()] == nil { byPart[row.0.uppercased()] = products.count }
            if productById[product.skuId] == nil { productById[product.skuId] = products.count }
            products.append(product)
        }
        var prohibited: [String: PlanSet] = [:]
        for plan in plans {
            for country in plan.prohibitedCountries { prohibited[country, default: PlanSet()].insert(plan.index) }
        }
        self.plans = plans
        self.products = products
        self.planByName = byName
        self.planById = byId
        self.productByPart = byPart
        self.productById = productById
        self.prohibitedByCountry = prohibited
        self.exclusionSets = Self.defaultExclusionSets.map { name, names, seed in
            ExclusionSet(name: name, planNames: names,
                         plans: PlanSet(names.compactMap { byName[$0.lowercased()] }), isExchangePlanRule: seed)
        }
        self.mailboxPlans = PlanSet(Self.defaultMailboxPlanNames.compactMap { byName[$0.lowercased()] })
        self.plansWithPrerequisites = PlanSet(plans.filter { !$0.prerequisites.isEmpty }.map(\.index))
    }

    /// Plan by name, case-insensitive (MSOnline's DisabledPlans are names).
    public func plan(named name: String) -> ServicePlan? {
        planByName[name.lowercased()].map { plans[$0] }
    }

    public func plan(id: UUID) -> ServicePlan? { planById[id].map { plans[$0] } }

    public func product(partNumber: String) -> Product? {
        productByPart[partNumber.uppercased()].map { products[$0] }
    }

    public func product(skuId: UUID) -> Product? { productById[skuId].map { products[$0] } }

    /// Plans prohibited in a usage location (upper-case ISO code).
    public func prohibitedPlans(in country: String) -> PlanSet {
        if let set = prohibitedByCountry[country] { return set }
        if country.utf8.allSatisfy({ $0 < 97 }) { return PlanSet() }   // already upper case
        return prohibitedByCountry[country.uppercased()] ?? PlanSet()
    }

    /// Plan names of a set, in catalog order.
    public func names(of set: PlanSet) -> [String] { set.indices.map { plans[$0].name } }

    public func planIds(of set: PlanSet) -> [UUID] { set.indices.map { plans[$0].id } }

    /// The set of plans with the given ids; unknown ids are ignored.
    public func planSet<S: Sequence>(ids: S) -> PlanSet where S.Element == UUID {
        var set = PlanSet()
        for id in ids { if let i = planById[id] { set.insert(i) } }
        return set
    }
}
