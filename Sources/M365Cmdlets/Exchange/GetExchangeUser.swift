import PowerShellRuntime

/// Get-User: every directory user as Exchange sees it (with or without a mailbox).
final class GetExchangeUserCommand: Cmdlet {
    static let metadata = CommandMetadata(
        name: "Get-User",
        parameters: [
            Exo.identityParameter(), Exo.resultSize,
            ParameterMetadata(name: "RecipientTypeDetails", type: "string[]", helpMessage: "UserMailbox, User, ..."),
            ParameterMetadata(name: "Filter", type: "string", helpMessage: "An OPATH filter on Name, DisplayName, UserPrincipalName, RecipientTypeDetails, UsageLocation."),
        ],
        outputTypes: [ExchangeObjects.userType],
        moduleName: Exo.module,
        synopsis: "Views user objects.",
        examples: [CommandExample(code: "Get-User -RecipientTypeDetails User", remarks: "Users without a mailbox.")])

    init() {}

    func process(_ context: CommandContext) throws {
        let tenant = try context.tenant
        var users = tenant.activeUsers
        if let identity = context.string("Identity") {
            let folded = identity.lowercased()
            users = users.filter {
                $0.userPrincipalName.lowercased() == folded || $0.alias.lowercased() == folded
                    || $0.displayName.lowercased() == folded || $0.objectId.lowercasedGraphString == folded
            }
            if users.isEmpty {
                try context.writeError(M365Errors.exchange(Exo.notFound(identity), context, target: .string(identity)))
                return
            }
        }
        let details = context.strings("RecipientTypeDetails").map { $0.lowercased() }
        if !details.isEmpty {
            users = users.filter { details.contains((tenant.recipient(ofObject: $0.objectId)?.recipientTypeDetails.rawValue ?? "User").lowercased()) }
        }
        if let text = context.string("Filter") {
            do {
                let f = try OpathFilter.parse(text)
                users = users.filter { u in
                    f.matches { p in
                        switch p.lowercased() {
                        case "name": return [u.alias]
                        case "displayname": return [u.displayName]
                        case "userprincipalname": return [u.userPrincipalName]
                        case "usagelocation": return u.usageLocation.map { [$0] } ?? []
                        case "recipienttypedetails": return [tenant.recipient(ofObject: u.objectId)?.recipientTypeDetails.rawValue ?? "User"]
                        default: return nil
                        }
                    }
                }
            } catch let e as OpathFilter.ParseError {
                try context.writeError(context.errorRecord(e.message, errorId: "InvalidFilter", category: .InvalidArgument))
                return
            }
        }
        guard let size = try Exo.resultSize(context) else { return }
        for u in users.prefix(size ?? users.count) { try context.writeObject(ExchangeObjects.user(tenant, u)) }
    }
}
