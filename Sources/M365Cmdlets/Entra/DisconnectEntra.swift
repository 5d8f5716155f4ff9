import PowerShellRuntime

/// Disconnect-Entra: Disconnect-MgGraph under the module's name.
final class DisconnectEntraCommand: Cmdlet {
    static let metadata = CommandMetadata(
        name: "Disconnect-Entra",
        moduleName: Entra.module,
        synopsis: "Disconnects the current session from a Microsoft Entra ID tenant.",
        examples: [CommandExample(code: "Connect-Entra -NoWelcome\nDisconnect-Entra | Out-Null\n$null -eq (Get-MgContext)",
                                  remarks: "After Disconnect-Entra there is no Graph connection.", expectedOutput: "True")])

    init() {}

    func process(_ context: CommandContext) throws { try DisconnectMgGraphCommand().process(context) }
}
