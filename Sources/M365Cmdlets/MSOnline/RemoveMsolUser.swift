import Licensing
import PowerShellRuntime

/// Remove-MsolUser: moves the user to the recycle bin (its seats are freed), or purges it from
/// the recycle bin with -RemoveFromRecycleBin.
final class RemoveMsolUserCommand: Cmdlet {
    static let metadata = CommandMetadata(
        name: "Remove-MsolUser",
        parameters: [
            ParameterMetadata(name: "ObjectId", type: "guid", mandatory: true, valueFromPipelineByPropertyName: true,
                              parameterSets: ["RemoveUser__0"], helpMessage: "The user's object id."),
            ParameterMetadata(name: "UserPrincipalName", type: "string", mandatory: true, valueFromPipelineByPropertyName: true,
                              parameterSets: ["RemoveUserByUpn__0"], helpMessage: "The user's UPN."),
            ParameterMetadata(name: "RemoveFromRecycleBin", type: "switch", helpMessage: "Delete a user already in the recycle bin for good."),
            ParameterMetadata(name: "Force", type: "switch", helpMessage: "Do not ask for confirmation."),
            Msol.tenantId,
        ],
        defaultParameterSet: "RemoveUser__0",
        supportsShouldProcess: true,
        moduleName: Msol.module,
        synopsis: "Removes a user from Azure Active Directory (to the recycle bin for 30 days).",
        examples: [CommandExample(code: "Remove-MsolUser -UserPrincipalName averyb@contoso.onmicrosoft.com -Force", remarks: "Deletes Avery; her licenses are freed (Restore-MsolUser brings her back within 30 days).")])

    init() {}

    func process(_ context: CommandContext) throws {
        let tenant = try context.tenant
        let purge = context.switchPresent("RemoveFromRecycleBin")
        guard let user = try Msol.user(context, includeDeleted: purge) else { return }
        guard try context.shouldProcess(target: user.userPrincipalName) else { return }
        // MSOnline asks before deleting unless -Force is given (its ShouldContinue, not -Confirm)
        guard try context.switchPresent("Force") || context.shouldContinue(query: Msol.continuePrompt, caption: "Confirm") else { return }
        try Msol.perform(context, target: .string(user.userPrincipalName)) {
            if purge { try tenant.purgeUser(userId: user.objectId) } else { try tenant.deleteUser(userId: user.objectId) }
        }
    }
}
