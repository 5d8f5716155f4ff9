import PowerShellRuntime

/// Disconnect-MgGraph: forgets the connection and writes the context it closed.
final class DisconnectMgGraphCommand: Cmdlet {
    static let metadata = CommandMetadata(
        name: "Disconnect-MgGraph",
        moduleName: Graph.authModule,
        synopsis: "Disconnects from Microsoft Graph.",
        examples: [CommandExample(code: "Disconnect-MgGraph | Out-Null", remarks: "Signs out of the session Connect-MgGraph opened; later Graph cmdlets need Connect-MgGraph again.", setup: "Connect-MgGraph -NoWelcome")])

    init() {}

    func process(_ context: CommandContext) throws {
        let state = try context.m365
        guard state.graph != nil else {
            try context.writeError(context.errorRecord("No application to sign out from.", errorId: "Microsoft.Graph.PowerShell.Authentication.Cmdlets.DisconnectMgGraph",
                                                       category: .InvalidOperation, exceptionType: "System.Exception"))
            return
        }
        let ctx = GetMgContextCommand.contextObject(state)
        state.graph = nil
        try context.writeObject(ctx)
    }
}
