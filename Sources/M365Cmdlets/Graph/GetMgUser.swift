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
            CommandExample(code: "Get-MgUser -UserId ann@contoso.onmicrosoft.com -Property DisplayName, LicenseAssignmentStates", remarks: "Per-source license states."),
            CommandExample(code: "Get-MgUser -Filter 'assignedLicenses/$count eq 0' -ConsistencyLevel eventual -CountVariable n -All", remarks: "Unlicensed users."),
        ])

    init() {}

    func process(_ context: CommandContext) throws {
        guard let state = try Graph.connect(context, needs: Graph.readUsers) else { return }
        let selection = GraphObjects.Selection(context.strings("Property"), defaults: GraphObjects.userDefault)
        if context.has("UserId") {
            if let u = try Graph.user(context, state) { try context.writeObject(GraphObjects.user(state, u, selection: selection)) }
            return
        }
        guard let filter = try Graph.filter(context) else { return }
        var users = state.tenant.activeUsers
        if let filter { users = users.filter { filter.matches(GraphObjects.userEntity(state, $0)) } }
        if let search = context.string("Search") {
            let term = search.trimmingCharacters(in: CharacterSet(charactersIn: "\"")).split(separator: ":", maxSplits: 1)
            if term.count == 2 {
                let field = term[0].lowercased(), text = term[1].lowercased()
                users = users.filter { ((field == "displayname" ? $0.displayName : (field == "mail" || field == "userprincipalname" ? $0.userPrincipalName : "")).lowercased()).contains(text) }
            }
        }
        if let sort = context.strings("Sort").first?.lowercased() {
            let desc = sort.hasSuffix(" desc")
            let key = sort.split(separator: " ").first.map(String.init) ?? sort
            users.sort { a, b in
                let x = key == "userprincipalname" ? a.userPrincipalName : a.displayName
                let y = key == "userprincipalname" ? b.userPrincipalName : b.displayName
                return desc ? x.lowercased() > y.lowercased() : x.lowercased() < y.lowercased()
            }
        }
        Graph.setCount(context, users.count)
        for u in Graph.page(users, context) { try context.writeObject(GraphObjects.user(state, u, selection: selection)) }
    }
}
