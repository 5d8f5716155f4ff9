import Foundation
import Licensing
import PowerShellRuntime

/// Get-MsolUser: one user by ObjectId or UPN, or a filtered list (500 unless -All or -MaxResults).
final class GetMsolUserCommand: Cmdlet {
    static let metadata = CommandMetadata(
        name: "Get-MsolUser",
        parameters: [
            ParameterMetadata(name: "ObjectId", type: "guid", mandatory: true, valueFromPipelineByPropertyName: true,
                              parameterSets: ["GetUser__0"], helpMessage: "The unique ID of the user to retrieve."),
            ParameterMetadata(name: "UserPrincipalName", type: "string", mandatory: true, valueFromPipelineByPropertyName: true,
                              parameterSets: ["GetUserByUpn__0"], helpMessage: "The user ID of the user to retrieve."),
            ParameterMetadata(name: "All", type: "switch", mandatory: true, parameterSets: ["All__0"],
                              helpMessage: "Return all results (no 500 limit)."),
            ParameterMetadata(name: "MaxResults", type: "int", parameterSets: ["ListUsers__0"],
                              helpMessage: "The maximum number of results to return (default 500).", defaultValueText: "500"),
            ParameterMetadata(name: "ReturnDeletedUsers", type: "switch", helpMessage: "Return only users in the recycle bin."),
            ParameterMetadata(name: "City", type: "string", parameterSets: ["ListUsers__0", "All__0"], helpMessage: "Filter on city."),
            ParameterMetadata(name: "Country", type: "string", parameterSets: ["ListUsers__0", "All__0"], helpMessage: "Filter on country."),
            ParameterMetadata(name: "Department", type: "string", parameterSets: ["ListUsers__0", "All__0"], helpMessage: "Filter on department."),
            ParameterMetadata(name: "DomainName", type: "string", parameterSets: ["ListUsers__0", "All__0"], helpMessage: "Filter on the UPN's domain."),
            ParameterMetadata(name: "EnabledFilter", type: "string", parameterSets: ["ListUsers__0", "All__0"],
                              validateSet: ["All", "EnabledOnly", "DisabledOnly"], helpMessage: "Filter on sign-in status."),
            ParameterMetadata(name: "State", type: "string", parameterSets: ["ListUsers__0", "All__0"], helpMessage: "Filter on state."),
            ParameterMetadata(name: "Synchronized", type: "switch", parameterSets: ["ListUsers__0", "All__0"], helpMessage: "Only synchronized users (none in the lab)."),
            ParameterMetadata(name: "Title", type: "string", parameterSets: ["ListUsers__0", "All__0"], helpMessage: "Filter on title."),
            ParameterMetadata(name: "HasErrorsOnly", type: "switch", parameterSets: ["ListUsers__0", "All__0"], helpMessage: "Only users with (licensing) errors."),
            ParameterMetadata(name: "LicenseReconciliationNeededOnly", type: "switch", parameterSets: ["ListUsers__0", "All__0"], helpMessage: "Only users with a mailbox but no license."),
            ParameterMetadata(name: "UnlicensedUsersOnly", type: "switch", parameterSets: ["ListUsers__0", "All__0"], helpMessage: "Only users without a license."),
            ParameterMetadata(name: "UsageLocation", type: "string", parameterSets: ["ListUsers__0", "All__0"], helpMessage: "Filter on usage location."),
            ParameterMetadata(name: "SearchString", type: "string", parameterSets: ["ListUsers__0", "All__0"], helpMessage: "Users whose display name or email address starts with this string."),
            Msol.tenantId,
        ],
        defaultParameterSet: "ListUsers__0",
        outputTypes: [MsolObjects.userType],
        moduleName: Msol.module,
        synopsis: "Gets users from Azure Active Directory.",
        examples: [
            CommandExample(code: "Get-MsolUser -UserPrincipalName caseyd@contoso.onmicrosoft.com", remarks: "Gets one user."),
            CommandExample(code: "Get-MsolUser -All -UnlicensedUsersOnly", remarks: "Gets every user without a license."),
            CommandExample(code: "(Get-MsolUser -UserPrincipalName farahg@contoso.onmicrosoft.com).IndirectLicenseErrors.Error | Sort-Object -Unique", remarks: "Why a group could not license Farah.", expectedOutput: "CountViolation"),
        ])

    init() {}

    func process(_ context: CommandContext) throws {
        let state = try context.m365
        let deleted = context.switchPresent("ReturnDeletedUsers")
        if context.has("ObjectId") || context.has("UserPrincipalName") {
            if let u = try Msol.user(context, includeDeleted: deleted) { try context.writeObject(MsolObjects.user(state, u)) }
            return
        }
        // the filter parameters are read once, not once per user (a fifth of Get-MsolUser -All)
        let filters = Filters(context)
        var limit = Int.max
        if !context.switchPresent("All") {
            let max = context.int("MaxResults") ?? 500
            if max < 1 {
                try context.writeError(context.errorRecord("Cannot validate argument on parameter 'MaxResults'. The \(max) argument is less than the minimum allowed range of 1.", errorId: "ParameterArgumentValidationError", category: .InvalidData))
                return
            }
            limit = max
        }
        // matched first, as the service answers a query before anything reads the answer (a
        // command further down the pipeline may change the tenant); the users as they are now,
        // kept as positions rather than copies
        let tenant = state.tenant
        let users = tenant.users
        let matches = users.indices.filter { filters.match(users[$0], tenant, deleted: deleted) }
        for i in matches.prefix(limit) { try context.writeObject(MsolObjects.user(state, users[i])) }
        if limit < matches.count && !context.has("MaxResults") {
            try context.writeWarning("More results are available. Please specify one of the All or MaxResults parameters.")
        }
    }

    /// Get-MsolUser's filter parameters, read once per call.
    private struct Filters {
        var unlicensedOnly, hasErrorsOnly, synchronized, reconciliationNeededOnly: Bool
        var usageLocation, enabledFilter, domainName, searchString: String?
        var attributes: [(key: String, want: String)]

        init(_ context: CommandContext) {
            unlicensedOnly = context.switchPresent("UnlicensedUsersOnly")
            hasErrorsOnly = context.switchPresent("HasErrorsOnly")
            synchronized = context.switchPresent("Synchronized")
            reconciliationNeededOnly = context.switchPresent("LicenseReconciliationNeededOnly")
            usageLocation = context.string("UsageLocation")?.lowercased()
            enabledFilter = context.string("EnabledFilter")?.lowercased()
            domainName = context.string("DomainName")?.lowercased()
            attributes = ["City", "Country", "Department", "State", "Title"].compactMap { key in
                context.string(key).map { (key, $0.lowercased()) }
            }
            searchString = context.string("SearchString")?.lowercased()
            if searchString?.isEmpty == true { searchString = nil }
        }

        func match(_ u: Licensing.User, _ t: Tenant, deleted: Bool) -> Bool {
            if u.isDeleted != deleted { return false }
            if unlicensedOnly && t.isLicensed(userId: u.objectId) { return false }
            if hasErrorsOnly && t.indirectLicenseErrors(ofUser: u.objectId).isEmpty { return false }
            if synchronized { return false }   // no user is synchronized from an on-premises directory
            if reconciliationNeededOnly && !t.licenseReconciliationNeeded(userId: u.objectId) { return false }
            if let loc = usageLocation, (u.usageLocation ?? "").lowercased() != loc { return false }
            if let f = enabledFilter {
                if f == "enabledonly" && !u.accountEnabled { return false }
                if f == "disabledonly" && u.accountEnabled { return false }
            }
            if let d = domainName {
                let domain = u.userPrincipalName.split(separator: "@").last.map(String.init) ?? ""
                if domain.lowercased() != d { return false }
            }
            for (key, want) in attributes where (u.attribute(key) ?? "").lowercased() != want { return false }
            if let s = searchString {
                let addresses = [u.userPrincipalName] + (t.recipient(ofObject: u.objectId)?.emailAddresses.map(\.address) ?? [])
                let hit = u.displayName.lowercased().hasPrefix(s) || addresses.contains { $0.lowercased().hasPrefix(s) }
                if !hit { return false }
            }
            return true
        }
    }
}
