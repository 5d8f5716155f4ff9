import Foundation
import Licensing
import PowerShellRuntime

/// What the MSOnline cmdlets share: the module name, the TenantId parameter every cmdlet has,
/// and finding users and groups by ObjectId or UserPrincipalName.
enum Msol {
    static let module = "MSOnline"
    /// What MSOnline's Remove cmdlets ask without -Force.
    static let continuePrompt = "Continue with this operation?"

    static let tenantId = ParameterMetadata(name: "TenantId", type: "guid", valueFromPipelineByPropertyName: true,
                                            helpMessage: "The tenant to act on (partners only); LicenseLab has one tenant.")

    static func userNotFound(_ identity: String) -> LicensingError {
        LicensingError(code: .userNotFound, message: LicensingMessages.userNotFound(identity))
    }

    static func groupNotFound(_ identity: String) -> LicensingError {
        LicensingError(code: .groupNotFound, message: LicensingMessages.groupNotFound(identity))
    }

    /// The user named by -ObjectId or -UserPrincipalName; writes MSOnline's not-found error and
    /// returns nil when there is none.
    static func user(_ context: CommandContext, includeDeleted: Bool = false) throws -> Licensing.User? {
        let tenant = try context.tenant
        var found: Licensing.User?
        var identity = ""
        if let v = context.value("ObjectId"), !v.isNull {
            identity = LanguagePrimitives.toString(v)
            if let id = ValueAccess.guid(v) { found = tenant.user(id: id) }
        } else if let upn = context.string("UserPrincipalName") {
            identity = upn
            found = tenant.user(userPrincipalName: upn)
        }
        if let u = found, u.isDeleted == includeDeleted { return u }
        try context.writeError(M365Errors.msol(userNotFound(identity), context, target: .string(identity)))
        return nil
    }

    static func group(_ context: CommandContext, parameter: String = "GroupObjectId") throws -> Licensing.Group? {
        let tenant = try context.tenant
        let v = context.value(parameter) ?? .null
        if let id = ValueAccess.guid(v), let g = tenant.group(id: id) { return g }
        let identity = LanguagePrimitives.toString(v)
        try context.writeError(M365Errors.msol(groupNotFound(identity), context, target: .string(identity)))
        return nil
    }

    /// What MSOnline-style license parameters ask of the licensing core: the products of
    /// `adding` (-AddLicenses, New-MsolUser's -LicenseAssignment) with the plans their
    /// -LicenseOptions disable; -LicenseOptions for products not being added (new disabled plans
    /// for products already held); -RemoveLicenses. The one translation of AccountSkuIds and
    /// plan names into core requests (Set-MsolUserLicense, New-MsolUser, Set-LabGroupLicense).
    struct LicenseChanges {
        var add: [LicenseRequest] = []
        var update: [LicenseRequest] = []
        var remove: [SkuReference] = []
        var isEmpty: Bool { add.isEmpty && update.isEmpty && remove.isEmpty }
    }

    static func licenseChanges(_ context: CommandContext, adding: String = "AddLicenses") -> LicenseChanges {
        let added = context.strings(adding)
        let options = licenseOptions(context)
        func request(_ sku: String, _ plans: [String]) -> LicenseRequest { LicenseRequest(.accountSkuId(sku), disabledPlans: plans.map { .name($0) }) }
        func sameSku(_ a: String, _ b: String) -> Bool { a.lowercased() == b.lowercased() }
        var changes = LicenseChanges()
        changes.add = added.map { sku in request(sku, options.first { sameSku($0.accountSkuId, sku) }?.disabled ?? []) }
        changes.update = options.filter { o in !added.contains { sameSku($0, o.accountSkuId) } }.map { request($0.accountSkuId, $0.disabled) }
        changes.remove = context.strings("RemoveLicenses").map { .accountSkuId($0) }
        return changes
    }

    /// -LicenseOptions items (LicenseOption objects, or anything with AccountSkuId and DisabledServicePlans).
    static func licenseOptions(_ context: CommandContext) -> [(accountSkuId: String, disabled: [String])] {
        ValueAccess.items(context.value("LicenseOptions")).compactMap { item in
            guard let sku = ValueAccess.property(item, "AccountSkuId", session: context.session) else { return nil }
            let id = accountSkuIdText(sku, session: context.session)
            let disabled = ValueAccess.strings(ValueAccess.property(item, "DisabledServicePlans", session: context.session))
            return (id, disabled)
        }
    }

    /// An AccountSkuIdentifier (AccountName + SkuPartNumber) or a plain `tenant:PART` string.
    static func accountSkuIdText(_ v: Value, session: Session) -> String {
        if case .object = v,
           let account = ValueAccess.property(v, "AccountName", session: session),
           let part = ValueAccess.property(v, "SkuPartNumber", session: session) {
            return LanguagePrimitives.toString(account) + ":" + LanguagePrimitives.toString(part)
        }
        return LanguagePrimitives.toString(v)
    }

    /// Runs a tenant change; a LicensingError becomes MSOnline's error record. Returns success.
    @discardableResult
    static func perform(_ context: CommandContext, target: Value = .null, _ body: () throws -> Void) throws -> Bool {
        do {
            try body()
            return true
        } catch let error as LicensingError {
            try context.writeError(M365Errors.msol(error, context, target: target))
            return false
        }
    }
}
