import Foundation
import Licensing
import PowerShellRuntime

/// Get-MgUser: one user by id or UPN, or a list (100 unless -All/-Top) with $filter, including
/// `assignedLicenses/$count eq 0` (needs -ConsistencyLevel eventual) and `any(...)` lambdas.
final class GetMgUserCommand: Cmdlet {
    static let metadata = CommandMetadata(
        name: "Get-MgUser",
        parameters: [
            ParameterMetadata(name: "UserId", type: "string", mandatory: true, valueFromPipelineByPropertyName: true,
                              parameterSets: ["Get"], helpMessage: "The user's id or userPrincipalName."),
        ] + Graph.listParameters + Graph.selectParameters,
        defaultParameterSet: "List",
        outputTypes: [GraphObjects.userType],
        moduleName: Graph.usersModule,
        synopsis: "Gets users from Microsoft Graph.",
        examples: [
            CommandExample(code: "(Get-MgUser -UserId farahg@contoso.onmicrosoft.com -Property DisplayName, LicenseAssignmentStates).LicenseAssignmentStates | Select-Object SkuId, State, Error", remarks: "Farah's license states, one per product and source: her group's assignment is in error (after Connect-MgGraph).", setup: "Connect-MgGraph -NoWelcome"),
            CommandExample(code: "Get-MgUser -Filter 'assignedLicenses/$count eq 0' -ConsistencyLevel eventual -CountVariable n -All", remarks: "Unlicensed users, counted into $n (after Connect-MgGraph).", setup: "Connect-MgGraph -NoWelcome"),
        ])

    init() {}

    func process(_ context: CommandContext) throws {
        guard let api = try Graph.api(context) else { return }
        let selection = GraphSelection(context.strings("Property"), defaults: GraphSelection.userDefaults)
        if context.has("UserId") {
            let id = context.string("UserId") ?? ""
            if let u = try Graph.call(context, { () throws(GraphError) in try api.user(id) }) {
                try context.writeObject(GraphObjects.user(api.tenant, u, selection))
            }
            return
        }
        let query = Graph.listQuery(context)
        guard let users = try Graph.call(context, { () throws(GraphError) in try api.users(query) }) else { return }
        Graph.setCount(context, users.count)
        for u in Graph.page(users, context) { try context.writeObject(GraphObjects.user(api.tenant, u, selection)) }
    }
}
