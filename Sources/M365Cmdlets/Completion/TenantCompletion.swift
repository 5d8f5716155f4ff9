import Foundation
import Licensing
import PowerShellRuntime

/// Tab completion of tenant values: AccountSkuIds (`contoso:ENTERPRISEPACK`) and SKU part
/// numbers, user principal names, groups (their ids, listed with their display names) and
/// recipients. The providers read the session's tenant at each Tab, so they follow
/// `Reset-LabTenant` and work whether they were registered before or after the module.
public enum TenantCompletion {
    public static func register(in session: Session) {
        let providers = CompletionProviders.of(session)
        // unowned, not weak: the providers live in the session, and a weak reference would move the
        // session's reference count to a side table, slowing every retain of it (a third of a loop)
        let tenant: () -> Tenant? = { [unowned session] in M365State.find(in: session)?.tenant }

        for commands in ["*-Msol*", "*-Lab*"] {
            providers.register(parameters: ["AddLicenses", "RemoveLicenses", "AccountSkuId"], commands: commands) { request in
                guard let t = tenant() else { return [] }
                return matching(t.subscribedSkus.map { t.accountSkuId($0.skuPartNumber) }, request.wordToComplete)
            }
        }
        // Graph's -RemoveLicenses takes SkuIds (its -AddLicenses takes hashtables)
        providers.register(parameters: ["RemoveLicenses", "SkuId"], commands: "*-Mg*") { request in
            guard let t = tenant() else { return [] }
            // the id is inserted; the list shows the product's part number with it
            let folded = Array(request.wordToComplete.lowercased().utf8)
            return t.subscribedSkus.filter { hasFoldedPrefix($0.skuId.lowercasedGraphString, folded) || hasFoldedPrefix($0.skuPartNumber, folded) }
                .map { CompletionValue($0.skuId.lowercasedGraphString, label: "\($0.skuPartNumber) (\($0.skuId.lowercasedGraphString))") }
        }
        providers.register(parameters: ["SkuPartNumber"]) { request in
            guard let t = tenant() else { return [] }
            let owned = t.subscribedSkus.map(\.skuPartNumber)
            let catalog = t.catalog.products.map(\.partNumber).filter { !owned.contains($0) }
            return matching(owned + catalog, request.wordToComplete)
        }
        providers.register(parameters: ["UserPrincipalName", "UserId"]) { request in
            guard let t = tenant() else { return [] }
            return userPrincipalNames(in: t, prefix: request.wordToComplete)
        }
        providers.register(parameters: ["ObjectId"], commands: "*-MsolUser*") { request in
            guard let t = tenant() else { return [] }
            return users(in: t, prefix: request.wordToComplete)
        }
        for (parameters, commands) in [(["GroupObjectId", "GroupId"], "*"), (["ObjectId"], "*-MsolGroup*")] {
            providers.register(parameters: parameters, commands: commands) { request in
                guard let t = tenant() else { return [] }
                return groups(in: t, prefix: request.wordToComplete)
            }
        }
        providers.register(parameters: ["SearchString"], commands: "Get-MsolGroup") { request in
            guard let t = tenant() else { return [] }
            return matching(t.groups.map(\.displayName), request.wordToComplete)
        }
        // MSOnline's -DisabledPlans (New-MsolLicenseOptions, Set-LabGroupLicense) takes service
        // plan names: those of the products the tenant owns
        for commands in ["*-Msol*", "*-Lab*"] {
            providers.register(parameters: ["DisabledPlans"], commands: commands) { request in
                guard let t = tenant() else { return [] }
                // the plans of the product on the line (-AccountSkuId contoso:ENTERPRISEPACK), else of all owned
                let chosen = request.bound("AccountSkuId").map { id in String(id.split(separator: ":").last ?? Substring(id)).lowercased() }
                let names = t.subscribedSkus.filter { chosen == nil || $0.skuPartNumber.lowercased() == chosen }
                    .compactMap { t.catalog.product(partNumber: $0.skuPartNumber) }
                    .flatMap { p in p.planIndices.map { t.catalog.plans[$0].name } }
                return matching(names, request.wordToComplete)
            }
        }
        // a usage location is an ISO 3166-1 alpha-2 country code
        providers.register(parameters: ["UsageLocation", "CountryLetterCode"]) { request in
            // the code is inserted; the list shows the country's name with it (GB, not UK)
            let english = Locale(identifier: "en_US")
            return matching(Array(CountryCodes.iso3166Alpha2), request.wordToComplete).map { v in
                CompletionValue(v.value, label: english.localizedString(forRegionCode: v.value).map { "\(v.value) (\($0))" } ?? v.value)
            }
        }
        // `Get-MsolUser | Where-Object { $_.<Tab>`: an object of each type the modules' commands
        // write, made from the tenant's first one, gives the members
        let state: () -> M365State? = { [unowned session] in M365State.find(in: session) }
        let firstUser: () -> Licensing.User? = { tenant()?.users.first { !$0.isDeleted } }
        let samples: [(String, () -> Value?)] = [
            (MsolObjects.userType, { guard let s = state(), let u = firstUser() else { return nil }; return MsolObjects.user(s, u) }),
            (MsolObjects.groupType, { guard let t = tenant(), let g = t.groups.first else { return nil }; return MsolObjects.group(t, g) }),
            (MsolObjects.accountSkuType, { guard let t = tenant(), let k = t.subscribedSkus.first else { return nil }; return MsolObjects.accountSku(t, k) }),
            (GraphObjects.userType, { guard let t = tenant(), let u = firstUser() else { return nil }; return GraphObjects.user(t, u) }),
            (GraphObjects.groupType, { guard let t = tenant(), let g = t.groups.first else { return nil }; return GraphObjects.group(t, g) }),
            (AzureADObjects.userType, { guard let t = tenant(), let u = firstUser() else { return nil }; return AzureADObjects.user(t, u) }),
            (ExchangeObjects.mailboxType, { guard let t = tenant(), let r = t.recipients.first(where: { RecipientType.mailboxKinds.contains($0.recipientTypeDetails) }) else { return nil }
                return ExchangeObjects.mailbox(t, r) }),
            (ExchangeObjects.recipientType, { tenant()?.recipients.first.map(ExchangeObjects.recipient) }),
            (ExchangeObjects.mailContactType, { tenant()?.recipients.first { $0.recipientType == .mailContact }.map(ExchangeObjects.mailContact) }),
        ]
        for (type, make) in samples { providers.registerSample(typeName: type, make) }

        for commands in ["*Mailbox*", "*MailContact*", "*Recipient*", "Get-User"] {
            providers.register(parameters: ["Identity"], commands: commands) { request in
                guard let t = tenant() else { return [] }
                return matching(t.recipients.map { $0.primarySmtpAddress ?? $0.name }, request.wordToComplete)
            }
        }
    }

    /// Users whose UPN starts with `prefix` (ASCII case-insensitively, as UPNs are compared),
    /// in UPN order when the list is short enough to read.
    static func userPrincipalNames(in tenant: Tenant, prefix: String) -> [CompletionValue] {
        let folded = Array(prefix.lowercased().utf8)
        var found: [String] = []
        for user in tenant.users where !user.isDeleted && hasFoldedPrefix(user.userPrincipalName, folded) {
            found.append(user.userPrincipalName)
        }
        if found.count <= listLimit { found.sort { $0.lowercased() < $1.lowercased() } }
        return found.map { CompletionValue($0) }
    }

    static func users(in tenant: Tenant, prefix: String) -> [CompletionValue] {
        let folded = Array(prefix.lowercased().utf8)
        return tenant.users.filter { !$0.isDeleted && (hasFoldedPrefix($0.userPrincipalName, folded) || hasFoldedPrefix($0.objectId.lowercasedString, folded)) }
            .map { CompletionValue($0.objectId.lowercasedString, label: "\($0.userPrincipalName) (\($0.objectId.lowercasedString))") }
    }

    /// Groups whose display name or id starts with `prefix`; the id is what gets inserted.
    static func groups(in tenant: Tenant, prefix: String) -> [CompletionValue] {
        let folded = Array(prefix.lowercased().utf8)
        return tenant.groups
            .filter { hasFoldedPrefix($0.displayName, folded) || hasFoldedPrefix($0.objectId.lowercasedString, folded) }
            .sorted { $0.displayName.lowercased() < $1.displayName.lowercased() }
            .map { CompletionValue($0.objectId.lowercasedString, label: "\($0.displayName) (\($0.objectId.lowercasedString))") }
    }

    static func matching(_ values: [String], _ prefix: String) -> [CompletionValue] {
        let folded = Array(prefix.lowercased().utf8)
        var seen = Set<String>()
        return values.filter { hasFoldedPrefix($0, folded) && seen.insert($0.lowercased()).inserted }
            .sorted { $0.lowercased() < $1.lowercased() }
            .map { CompletionValue($0) }
    }

    static let listLimit = 2000

    /// `text` starts with `prefix` (already lower-cased UTF-8), folding ASCII letters only.
    static func hasFoldedPrefix(_ text: String, _ prefix: [UInt8]) -> Bool {
        if prefix.isEmpty { return true }
        var i = 0
        for byte in text.utf8 {
            let lower = byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
            if lower != prefix[i] { return false }
            i += 1
            if i == prefix.count { return true }
        }
        return false
    }
}
