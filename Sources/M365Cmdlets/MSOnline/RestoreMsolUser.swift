import Licensing
import PowerShellRuntime

/// Restore-MsolUser: brings a user back from the recycle bin; it needs a free seat of every
/// product it held (docs/licensing.md "Users").
final class RestoreMsolUserCommand: Cmdlet {
    static let metadata = CommandMetadata(
        name: "Restore-MsolUser",
        parameters: [
            ParameterMetadata(name: "ObjectId", type: "guid", mandatory: true, valueFromPipelineByPropertyName: true,
                              parameterSets: ["RestoreUser__0"], helpMessage: "The deleted user's object id."),
            ParameterMetadata(name: "UserPrincipalName", type: "string", mandatory: true, valueFromPipelineByPropertyName: true,
                              parameterSets: ["RestoreUserByUpn__0"], helpMessage: "The deleted user's UPN."),
            ParameterMetadata(name: "AutoReconcileProxyConflicts", type: "switch", helpMessage: "Drop proxy addresses now used by others."),
            ParameterMetadata(name: "NewUserPrincipalName", type: "string", helpMessage: "Restore under a new UPN."),
            Msol.tenantId,
        ],
        defaultParameterSet: "RestoreUser__0",
        moduleName: Msol.module,
        synopsis: "Restores a deleted user.",
        examples: [CommandExample(code: "Get-MsolUser -ReturnDeletedUsers | Restore-MsolUser", remarks: "Restores every deleted user that still fits in the seats.")])

    init() {}

    func process(_ context: CommandContext) throws {
        let tenant = try context.tenant
        guard let user = try Msol.user(context, includeDeleted: true) else { return }
        guard try Msol.perform(context, target: .string(user.userPrincipalName), { try tenant.restoreUser(userId: user.objectId) }) else { return }
        if let upn = context.string("NewUserPrincipalName") {
            try Msol.perform(context, target: .string(upn)) { try tenant.setUserPrincipalName(userId: user.objectId, upn) }
        }
    }
}
