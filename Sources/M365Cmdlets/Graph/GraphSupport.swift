import Foundation
import Licensing
import PowerShellRuntime

/// What the Microsoft Graph SDK cmdlets share: the module names, the connection check, calling a
/// `GraphAPI` operation (its `GraphError` becomes the SDK's non-terminating record), paging and
/// the list parameters. The operations themselves are in `GraphAPI/`; a cmdlet binds its
/// parameters, calls one operation and renders what it returns with `GraphObjects`.
///
/// A Graph cmdlet's parameter sets are its AutoRest variants (`Get`/`List`, `AssignExpanded`/
/// `Assign`, ...): errors name the variant the binder chose, so every Graph SDK cmdlet declares
/// a `defaultParameterSet`.
enum Graph {
    static let usersModule = "Microsoft.Graph.Users"
    static let usersActionsModule = "Microsoft.Graph.Users.Actions"
    static let groupsModule = "Microsoft.Graph.Groups"
    static let directoryModule = "Microsoft.Graph.Identity.DirectoryManagement"
    static let authModule = "Microsoft.Graph.Authentication"

    /// The Graph operations as this session's connection may use them, or nil after writing the
    /// SDK's "Authentication needed" error (no Connect-MgGraph yet).
    static func api(_ context: CommandContext) throws -> GraphAPI? {
        let state = try context.m365
        guard state.graph != nil else {
            try context.writeError(M365Errors.graphNotConnected(context))
            return nil
        }
        return GraphAPI(state)
    }

    /// Runs one Graph operation (or body decoding); a refusal is written as the SDK writes it
    /// (non-terminating unless -ErrorAction Stop) and nil is returned.
    static func call<T>(_ context: CommandContext, _ operation: () throws(GraphError) -> T) throws -> T? {
        do {
            return try operation()
        } catch {
            try context.writeError(M365Errors.graph(error, context))
            return nil
        }
    }

    /// -Filter, -Search, -Sort and -ConsistencyLevel as the list operations take them.
    static func listQuery(_ context: CommandContext) -> GraphListQuery {
        GraphListQuery(filter: context.string("Filter"), search: context.string("Search"), orderBy: context.strings("Sort"),
                       eventual: (context.string("ConsistencyLevel") ?? "").lowercased() == "eventual")
    }

    /// -All, -Top, or the first page (100), as the SDK pages.
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

extension GraphAPI {
    /// The operations as a shell session's Graph connection may use them: its scopes are checked
    /// only with `Set-LabTenant -EnforceGraphScopes $true`; new ids repeat from run to run.
    init(_ state: M365State) {
        let enforced = state.tenant.settings.enforceGraphScopes
        self.init(tenant: state.tenant, grantedScopes: enforced ? (state.graph?.scopes ?? []) : nil, newObjectId: state.newObjectId,
                  organizationName: state.tenantDisplayName)
    }
}
