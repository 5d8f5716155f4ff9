import Licensing
import PowerShellRuntime

/// Add-MsolGroupMember: adds a user to a group; a licensed group queues the new member for
/// license processing (evaluated after the statement, docs/licensing.md "Processing timing").
final class AddMsolGroupMemberCommand: Cmdlet {
    static let metadata = CommandMetadata(
        name: "Add-MsolGroupMember",
        parameters: [
            ParameterMetadata(name: "GroupObjectId", type: "guid", mandatory: true, valueFromPipelineByPropertyName: true, helpMessage: "The group's object id."),
            ParameterMetadata(name: "GroupMemberType", type: "string", valueFromPipelineByPropertyName: true, validateSet: ["User", "Group"], helpMessage: "User (default) or Group."),
            ParameterMetadata(name: "GroupMemberObjectId", type: "guid", valueFromPipelineByPropertyName: true, helpMessage: "The member's object id."),
            Msol.tenantId,
        ],
        moduleName: Msol.module,
        synopsis: "Adds a member to a security group.",
        examples: [CommandExample(code: "$g = Get-MsolGroup -SearchString 'Power BI Pro'; $u = Get-MsolUser -UserPrincipalName rosas@contoso.onmicrosoft.com\nAdd-MsolGroupMember -GroupObjectId $g.ObjectId -GroupMemberObjectId $u.ObjectId", remarks: "Adds Rosa to the Power BI Pro group; the group's licenses follow (or an error state, when the seats are gone).")])

    init() {}

    func process(_ context: CommandContext) throws {
        let tenant = try context.tenant
        guard let g = try Msol.group(context) else { return }
        let memberValue = context.value("GroupMemberObjectId") ?? .null
        if NameKey(context.string("GroupMemberType") ?? "User") == NameKey("Group") {
            try context.writeError(M365Errors.msol(message: "Nested groups are not supported by group-based licensing in LicenseLab.", specific: "InvalidOperationException", code: "NotSupported", context))
            return
        }
        guard let id = ValueAccess.guid(memberValue), tenant.user(id: id) != nil else {
            let identity = LanguagePrimitives.toString(memberValue)
            try context.writeError(M365Errors.msol(Msol.userNotFound(identity), context, target: .string(identity)))
            return
        }
        try Msol.perform(context, target: .guid(id)) { try tenant.addMember(groupId: g.objectId, userId: id) }
    }
}
