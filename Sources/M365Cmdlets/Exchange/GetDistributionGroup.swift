import PowerShellRuntime

/// Get-DistributionGroup: mail-enabled groups (distribution lists and mail-enabled security groups).
final class GetDistributionGroupCommand: Cmdlet {
    static let metadata = CommandMetadata(
        name: "Get-DistributionGroup",
        parameters: [
            Exo.identityParameter(), Exo.filter, Exo.resultSize,
            ParameterMetadata(name: "RecipientTypeDetails", type: "string[]", helpMessage: "MailUniversalDistributionGroup, MailUniversalSecurityGroup, ..."),
        ],
        outputTypes: [ExchangeObjects.distributionGroupType],
        moduleName: Exo.module,
        synopsis: "Views distribution groups and mail-enabled security groups.",
        examples: [CommandExample(code: "Get-DistributionGroup -ResultSize Unlimited | Select-Object Name, PrimarySmtpAddress", remarks: "Lists mail-enabled groups.")])

    init() {}

    func process(_ context: CommandContext) throws {
        let tenant = try context.tenant
        let groups = tenant.recipients.filter { $0.recipientType == .mailUniversalDistributionGroup || $0.recipientType == .mailUniversalSecurityGroup }
        guard let list = try Exo.select(context, from: groups) else { return }
        for r in list { try context.writeObject(ExchangeObjects.distributionGroup(r)) }
    }
}
