import Licensing
import PowerShellRuntime

/// Remove-MsolGroupMember: the member loses the group's licenses when the group is processed,
/// unless a plan another license needs would go (DependencyViolation, stored on the user).
final class RemoveMsolGroupMemberCommand: Cmdlet {
    static let metadata = CommandMetadata(
        name: "Remove-MsolGroupMember",
        parameters: [
            ParameterMetadata(name: "GroupObjectId", type: "guid", mandatory: true, valueFromPipelineByPropertyName: true, helpMessage: "The group's object id."),
            ParameterMetadata(name: "GroupMemberType", type: "string", valueFromPipelineByPropertyName: true, validateSet: ["User", "Group"], helpMessage: "User (default) or Group."),
            ParameterMetadata(name: "GroupMemberObjectId", type: "guid", valueFromPipelineByPropertyName: true, helpMessage: "The member's object id."),
            Msol.tenantId,
        ],
        moduleName: Msol.module,
        synopsis: "Removes a member from a security group.",
        examples: [CommandExample(code: "$g = Get-MsolGroup -SearchString 'Power BI Pro'; $u = Get-MsolUser -UserPrincipalName priyaq@contoso.onmicrosoft.com\nRemove-MsolGroupMember -GroupObjectId $g.ObjectId -GroupMemberObjectId $u.ObjectId", remarks: "Removes Priya from the Power BI Pro group; the group's license leaves her.")])

    init() {}

    func process(_ context: CommandContext) throws {
        let tenant = try context.tenant
        guard let g = try Msol.group(context) else { return }
        let memberValue = context.value("GroupMemberObjectId") ?? .null
        guard let id = ValueAccess.guid(memberValue) else {
            let identity = LanguagePrimitives.toString(memberValue)
            try context.writeError(M365Errors.msol(Msol.userNotFound(identity), context, target: .string(identity)))
            return
        }
        try Msol.perform(context, target: .guid(id)) { try tenant.removeMember(groupId: g.objectId, userId: id) }
    }
}
