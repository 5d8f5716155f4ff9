import PowerShellRuntime

/// Disconnect-AzureAD: ends the connection; the module's cmdlets then ask for Connect-AzureAD again.
final class DisconnectAzureADCommand: Cmdlet {
    static let metadata = CommandMetadata(
        name: "Disconnect-AzureAD",
        moduleName: AzureAD.module,
        synopsis: "Disconnects the current session from an Azure Active Directory tenant.",
        examples: [CommandExample(code: "Connect-AzureAD | Out-Null\nDisconnect-AzureAD\ntry { Get-AzureADUser -Top 1 } catch { $_.Exception.Message }",
                                  remarks: "After Disconnect-AzureAD, cmdlets fail until the next Connect-AzureAD.",
                                  expectedOutput: "You must call the Connect-AzureAD cmdlet before calling any other cmdlets.")])

    init() {}

    func process(_ context: CommandContext) throws {
        _ = try context.m365
        AzureAD.connection(context).account = nil
    }
}
