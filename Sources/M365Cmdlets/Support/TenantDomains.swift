import Licensing

extension Tenant {
    /// The tenant's domains: its initial `<name>.onmicrosoft.com` domain, then every other domain
    /// its users' principal names use, in the order they first appear (the service accepts a UPN
    /// only in a verified domain of the tenant, so each of them is one). Get-MsolDomain and
    /// Get-AzureADTenantDetail list them.
    var domainNames: [String] {
        var names = [initialDomain]
        var seen: Set<String> = [initialDomain.lowercased()]
        for user in users {
            guard let at = user.userPrincipalName.lastIndex(of: "@") else { continue }
            let domain = String(user.userPrincipalName[user.userPrincipalName.index(after: at)...])
            if seen.insert(domain.lowercased()).inserted { names.append(domain) }
        }
        return names
    }
}
