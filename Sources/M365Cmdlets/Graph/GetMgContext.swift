import PowerShellRuntime

/// Get-MgContext: the current connection (scopes, account, tenant), nothing when disconnected.
final class GetMgContextCommand: Cmdlet {
    static let metadata = CommandMetadata(
        name: "Get-MgContext",
        outputTypes: [GraphObjects.contextType],
        moduleName: Graph.authModule,
        synopsis: "Gets the Microsoft Graph connection.",
        examples: [CommandExample(code: "(Get-MgContext).Scopes -contains 'User.Read.All'", remarks: "Whether the session has a permission (the scopes requested by Connect-MgGraph, with the sign-in scopes openid, profile and email).", expectedOutput: "True", setup: "Connect-MgGraph -Scopes User.Read.All -NoWelcome")])

    init() {}

    func process(_ context: CommandContext) throws {
        let state = try context.m365
        guard state.graph != nil else { return }
        try context.writeObject(GetMgContextCommand.contextObject(state))
    }

    static func contextObject(_ state: M365State) -> Value {
        let c = state.graph
        let app = c?.account.isEmpty ?? false
        return Emit.object(GraphObjects.contextType, [
            ("ClientId", .string("14d82eec-204b-4c2f-b7e8-296a70dab67e")),
            ("TenantId", .string(state.tenant.tenantId.lowercasedGraphString)),
            ("Scopes", Emit.array((c?.scopes ?? []).map { .string($0) }, of: "System.String")),
            ("AuthType", .string(app ? "AppOnly" : "Delegated")),
            ("TokenCredentialType", .string(app ? "ClientCertificate" : "InteractiveBrowser")),
            ("CertificateThumbprint", .null),
            ("Account", app ? .null : .string(c?.account ?? "")),
            ("AppName", .string("Microsoft Graph Command Line Tools")),
            ("ContextScope", .string("CurrentUser")),
            ("Environment", .string("Global")),
        ])
    }
}
