import Foundation
import Licensing
import PowerShellRuntime

/// What the Microsoft Graph cmdlets share: the connection check, permission scopes (enforced
/// only with `Set-LabTenant -EnforceGraphScopes $true`), id-or-UPN lookup, paging and $filter.
enum Graph {
    static let usersModule = "Microsoft.Graph.Users"
    static let usersActionsModule = "Microsoft.Graph.Users.Actions"
    static let groupsModule = "Microsoft.Graph.Groups"
    static let directoryModule = "Microsoft.Graph.Identity.DirectoryManagement"
    static let authModule = "Microsoft.Graph.Authentication"

    static let readUsers = ["User.Read.All", "User.ReadWrite.All", "Directory.Read.All", "Directory.ReadWrite.All"]
    static let writeUsers = ["User.ReadWrite.All", "Directory.ReadWrite.All"]
    static let assignUserLicenses = ["LicenseAssignment.ReadWrite.All", "User.ReadWrite.All", "Directory.ReadWrite.All"]
    static let readGroups = ["Group.Read.All", "Group.ReadWrite.All", "GroupMember.Read.All", "GroupMember.ReadWrite.All", "Directory.Read.All", "Directory.ReadWrite.All"]
    static let writeGroups = ["Group.ReadWrite.All", "Directory.ReadWrite.All"]
    static let writeMembers = ["GroupMember.ReadWrite.All", "Group.ReadWrite.All", "Directory.ReadWrite.All"]
    static let assignGroupLicenses = ["LicenseAssignment.ReadWrite.All", "Group.ReadWrite.All", "Directory.ReadWrite.All"]
    static let readSkus = ["Organization.Read.All", "Organization.ReadWrite.All", "Directory.Read.All", "Directory.ReadWrite.All", "LicenseAssignment.Read.All", "LicenseAssignment.ReadWrite.All"]

    /// The connection, or nil after writing Graph PowerShell's "Authentication needed" error or
    /// (with scope enforcement) Graph's 403.
    static func connect(_ context: CommandContext, needs scopes: [String]) throws -> M365State? {
        let state = try context.m365
        guard let connection = state.graph else {
            try context.writeError(M365Errors.graphNotConnected(context))
            return nil
        }
        if state.tenant.settings.enforceGraphScopes && !scopes.isEmpty {
            let held = Set(connection.scopes.map { $0.lowercased() })
            if !scopes.contains(where: { held.contains($0.lowercased()) }) {
                try context.writeError(M365Errors.graph(message: "Insufficient privileges to complete the operation.", status: 403, phrase: "Forbidden",
                                                        graphCode: "Authorization_RequestDenied", context))
                return nil
            }
        }
        return state
    }

    static func notFound(_ id: String) -> LicensingError {
        LicensingError(code: .userNotFound, message: "Resource '\(id)' does not exist or one of its queried reference-property objects are not present.")
    }

    /// A user by object id or UPN (Graph's `/users/{id | userPrincipalName}`).
    static func user(_ context: CommandContext, _ state: M365State, parameter: String = "UserId") throws -> Licensing.User? {
        let text = context.string(parameter) ?? ""
        let t = state.tenant
        let found = UUID(uuidString: text).flatMap { t.user(id: $0) } ?? t.user(userPrincipalName: text)
        if let u = found, !u.isDeleted { return u }
        try context.writeError(M365Errors.graph(notFound(text), context))
        return nil
    }

    static func group(_ context: CommandContext, _ state: M365State, parameter: String = "GroupId") throws -> Licensing.Group? {
        let text = context.string(parameter) ?? ""
        if let id = UUID(uuidString: text), let g = state.tenant.group(id: id) { return g }
        try context.writeError(M365Errors.graph(LicensingError(code: .groupNotFound, message: "Resource '\(text)' does not exist or one of its queried reference-property objects are not present."), context))
        return nil
    }

    /// Graph's wording for licensing failures (research §3.1; UNVERIFIED texts noted there).
    static func message(for error: LicensingError) -> String {
        let sku = error.skuIds.first?.lowercasedGraphString ?? ""
        switch error.code {
        case .countViolation: return "Subscription with SKU \(sku) does not have any available licenses."
        case .usageLocationRequired: return "License assignment cannot be done for user with invalid usage location."
        case .invalidLicense, .productNotFound: return "License \(sku) does not correspond to a valid company License."
        default: return error.message
        }
    }

    @discardableResult
    static func perform(_ context: CommandContext, _ body: () throws -> Void) throws -> Bool {
        do {
            try body()
            return true
        } catch let error as LicensingError {
            try context.writeError(M365Errors.graph(error, context, message: message(for: error)))
            return false
        }
    }

    /// Parses -Filter (nil when absent); writes Graph's 400 and returns nil on a filter Graph
    /// refuses: `$count` needs `ConsistencyLevel: eventual`, and `hasMembersWithLicenseErrors`
    /// refuses it (microsoft-graph-docs-contrib PR #9437).
    static func filter(_ context: CommandContext, resource: String = "User") throws -> ODataFilter?? {
        guard let text = context.string("Filter") else { return .some(nil) }
        do {
            let f = try ODataFilter.parse(text)
            let eventual = (context.string("ConsistencyLevel") ?? "").lowercased() == "eventual"
            var refused: String?
            if let counted = f.countedProperty, !eventual { refused = counted }
            if eventual && f.reads("hasMembersWithLicenseErrors") { refused = "hasMembersWithLicenseErrors" }
            if let refused {
                try context.writeError(M365Errors.graph(message: "Unsupported or invalid query filter clause specified for property '\(refused)' of resource '\(resource)'.",
                                                        status: 400, phrase: "BadRequest", graphCode: "Request_UnsupportedQuery", context))
                return nil
            }
            return .some(f)
        } catch let e as ODataFilter.ParseError {
            try context.writeError(M365Errors.graph(message: e.message, status: 400, phrase: "BadRequest", graphCode: "BadRequest", context))
            return nil
        }
    }

    /// -All, -Top, or the first page (100).
    static func page<T>(_ items: [T], _ context: CommandContext, defaultPage: Int = 100) -> [T] {
        if context.switchPresent("All") { return items }
        if let top = context.int("Top") { return Array(items.prefix(max(0, top))) }
        return Array(items.prefix(defaultPage))
    }

    /// -CountVariable: the total count (before paging), set as a global variable.
    static func setCount(_ context: CommandContext, _ count: Int) {
        if let name = context.string("CountVariable") { context.session.setGlobalVariable(name, .int(count)) }
    }

    static let listParameters: [ParameterMetadata] = [
        ParameterMetadata(name: "Filter", type: "string", parameterSets: ["List"], helpMessage: "An OData $filter."),
        ParameterMetadata(name: "Search", type: "string", parameterSets: ["List"], helpMessage: "A $search expression (\"displayName:ann\")."),
        ParameterMetadata(name: "All", type: "switch", parameterSets: ["List"], helpMessage: "Every page."),
        ParameterMetadata(name: "Top", type: "int", aliases: ["Limit"], parameterSets: ["List"], helpMessage: "At most this many."),
        ParameterMetadata(name: "PageSize", type: "int", parameterSets: ["List"], helpMessage: "Page size (all pages are returned with -All)."),
        ParameterMetadata(name: "ConsistencyLevel", type: "string", parameterSets: ["List"], helpMessage: "eventual: needed for $count queries."),
        ParameterMetadata(name: "CountVariable", type: "string", aliases: ["CV"], parameterSets: ["List"], helpMessage: "Variable that receives the total count."),
        ParameterMetadata(name: "Sort", type: "string[]", aliases: ["OrderBy"], parameterSets: ["List"], helpMessage: "Order by these properties."),
    ]

    static let selectParameters: [ParameterMetadata] = [
        ParameterMetadata(name: "Property", type: "string[]", aliases: ["Select"], helpMessage: "Properties to return ($select)."),
        ParameterMetadata(name: "ExpandProperty", type: "string[]", aliases: ["Expand"], helpMessage: "Relationships to expand."),
        ParameterMetadata(name: "Headers", type: "object", helpMessage: "Extra HTTP headers."),
        ParameterMetadata(name: "ResponseHeadersVariable", type: "string", aliases: ["RHV"], helpMessage: "Variable for response headers."),
    ]
}
