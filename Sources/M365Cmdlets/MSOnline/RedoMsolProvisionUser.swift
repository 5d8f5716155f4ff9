import PowerShellRuntime

/// Redo-MsolProvisionUser: retries provisioning of a user's services after a validation error.
/// Lab provisioning (the mailbox) runs with every license change and never stays pending, so
/// there is nothing to retry: the cmdlet checks the user exists and writes nothing. Licensing
/// errors are reprocessed with Invoke-MgLicenseUser or Invoke-LabGroupReprocess.
final class RedoMsolProvisionUserCommand: Cmdlet {
    static let metadata = CommandMetadata(
        name: "Redo-MsolProvisionUser",
        parameters: [
            ParameterMetadata(name: "ObjectId", type: "guid", mandatory: true, valueFromPipelineByPropertyName: true, helpMessage: "The user's object id."),
            Msol.tenantId,
        ],
        moduleName: Msol.module,
        synopsis: "Retries provisioning of a user's services (not license assignment).",
        examples: [CommandExample(code: "Redo-MsolProvisionUser -ObjectId (Get-MsolUser -UserPrincipalName farahg@contoso.onmicrosoft.com).ObjectId", remarks: "Retries provisioning (and group license processing) for Farah.")])

    init() {}

    func process(_ context: CommandContext) throws {
        _ = try Msol.user(context)
    }
}
