import PowerShellRuntime

/// Connect-Entra: Connect-MgGraph under the module's name (same parameters, same welcome text
/// unless -NoWelcome, one connection that Get-MgContext and the Graph cmdlets share).
final class ConnectEntraCommand: Cmdlet {
    static let metadata = CommandMetadata(
        name: "Connect-Entra",
        parameters: ConnectMgGraphCommand.metadata.parameters,
        moduleName: Entra.module,
        synopsis: "Connects to Microsoft Entra ID with an authenticated account (the lab tenant).",
        examples: [CommandExample(code: "Connect-Entra -Scopes 'User.ReadWrite.All', 'Organization.Read.All' -NoWelcome\n(Get-MgContext).Scopes -contains 'User.ReadWrite.All'",
                                  remarks: "Connects with two permissions; the connection is Microsoft Graph's.", expectedOutput: "True")])

    init() {}

    func process(_ context: CommandContext) throws { try ConnectMgGraphCommand().process(context) }
}
