import Foundation

/// A product the built-in catalog lacks, as a tenant export describes it (Get-MgSubscribedSku's
/// skuId, skuPartNumber and servicePlans): `Import-LabTenant` adds it to the tenant's catalog.
public struct CustomProduct: Codable, Equatable, Hashable, Sendable {
    public struct Plan: Codable, Equatable, Hashable, Sendable {
        public var servicePlanId: UUID
        public var servicePlanName: String
        public init(servicePlanId: UUID, servicePlanName: String) {
            self.servicePlanId = servicePlanId
            self.servicePlanName = servicePlanName
        }
    }

    public var skuId: UUID
    public var skuPartNumber: String
    public var displayName: String?
    public var servicePlans: [Plan]

    public init(skuId: UUID, skuPartNumber: String, displayName: String? = nil, servicePlans: [Plan]) {
        self.skuId = skuId
        self.skuPartNumber = skuPartNumber
        self.displayName = displayName
        self.servicePlans = servicePlans
    }
}

extension Catalog {
    /// This catalog with the products it lacks (docs/licensing.md "Products from an export"): a
    /// product whose skuId the catalog has keeps the catalog's definition; a new product's plans
    /// are the catalog's where their ids are known, and new plans otherwise. New plans have no
    /// conflicts and no prerequisites, are for users, and are prohibited in the countries where
    /// every plan is (the catalog's decision). What cannot be represented is said in `notes`: plans
    /// beyond the 256 a plan set holds, a part number the catalog already uses for another product.
    public func extended(with custom: [CustomProduct]) -> (catalog: Catalog, notes: [String]) {
        var planRows = plans.map { ($0.name, $0.id, $0.friendlyName) }
        var planIndexById: [UUID: Int] = [:]
        for (i, p) in plans.enumerated() where planIndexById[p.id] == nil { planIndexById[p.id] = i }
        var productRows = products.map { ($0.partNumber, $0.skuId, $0.displayName, $0.planIndices) }
        var notes: [String] = []
        var added = false
        for c in custom {
            guard product(skuId: c.skuId) == nil else { continue }
            if let known = product(partNumber: c.skuPartNumber) {
                notes.append("The product \(c.skuPartNumber) (\(c.skuId.lowercasedString)) has the part number of LicenseLab's product with the skuId \(known.skuId.lowercasedString); it is known by its skuId only.")
            }
            var indices: [Int] = []
            for p in c.servicePlans {
                if let i = planIndexById[p.servicePlanId] { indices.append(i); continue }
                guard planRows.count < PlanSet.capacity else {
                    notes.append("The service plan \(p.servicePlanName) (\(p.servicePlanId.lowercasedString)) of \(c.skuPartNumber) was left out: a tenant holds at most \(PlanSet.capacity) service plans.")
                    continue
                }
                planIndexById[p.servicePlanId] = planRows.count
                indices.append(planRows.count)
                planRows.append((p.servicePlanName, p.servicePlanId, p.servicePlanName))
            }
            productRows.append((c.skuPartNumber, c.skuId, c.displayName ?? c.skuPartNumber, indices))
            added = true
        }
        guard added else { return (self, notes) }
        return (Catalog(planRows: planRows, products: productRows), notes)
    }
}
