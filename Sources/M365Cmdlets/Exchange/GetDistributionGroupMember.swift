import Licensing
import PowerShellRuntime

/// Get-DistributionGroupMember: the members of a mail-enabled group, as recipients (members
/// without a mailbox show RecipientType User).
final class GetDistributionGroupMemberCommand: Cmdlet {
    static let metadata = CommandMetadata(
        name: "Get-DistributionGroupMember",
        parameters: [Exo.identityParameter(), Exo.resultSize],
        outputTypes: [ExchangeObjects.recipientType],
        moduleName: Exo.module,
        synopsis: "Views the members of a distribution group.",
        examples: [CommandExample(code: "Get-DistributionGroup -ResultSize Unlimited | ForEach-Object { Get-DistributionGroupMember -Identity $_.Name } | Select-Object Name, RecipientType", remarks: "The members of every distribution group.")])

    init() {}

    func process(_ context: CommandContext) throws {
        let tenant = try context.tenant
        let identity = context.string("Identity") ?? ""
        let groups = tenant.recipients(matchingIdentity: identity).filter {
            $0.recipientType == .mailUniversalDistributionGroup || $0.recipientType == .mailUniversalSecurityGroup
        }
        guard let group = groups.first, let groupId = group.externalDirectoryObjectId else {
            try context.writeError(M365Errors.exchange(Exo.notFound(identity), context, target: .string(identity)))
            return
        }
        guard let size = try Exo.resultSize(context) else { return }
        let members = tenant.members(ofGroup: groupId)
        for u in members.prefix(size ?? members.count) {
            if let mailbox = tenant.recipient(ofObject: u.objectId) {
                try context.writeObject(ExchangeObjects.recipient(mailbox))
            } else {
                try context.writeObject(ExchangeObjects.userRecipient(u))
            }
        }
    }
}
