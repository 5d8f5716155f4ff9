import PowerShellRuntime

/// The ExchangeOnlineManagement module (EXO V3): manifest, cmdlets with their .NET class names,
/// default views.
enum ExchangeOnlineModule {
    private static let recipientTasks = "Microsoft.Exchange.Management.RecipientTasks."
    private static let restClient = "Microsoft.Exchange.Management.RestApiClient."

    static var module: ShellModule {
        ShellModule(
            ModuleManifest(name: Exo.module, version: "3.7.1", moduleType: "Script",
                           description: "This is a General Availability (GA) release of the Exchange Online Powershell V3 module."),
            commands: [
                .init(ConnectExchangeOnlineCommand.self, className: "Microsoft.Exchange.Management.ExoPowershellSnapin.ConnectExchangeOnline"),
                .init(GetRecipientCommand.self, className: recipientTasks + "GetRecipient"),
                .init(GetEXORecipientCommand.self, className: restClient + "GetExoRecipient"),
                .init(GetMailboxCommand.self, className: recipientTasks + "GetMailbox"),
                .init(GetEXOMailboxCommand.self, className: restClient + "GetExoMailbox"),
                .init(SetMailboxCommand.self, className: recipientTasks + "SetMailbox"),
                .init(NewMailboxCommand.self, className: recipientTasks + "NewMailbox"),
                .init(GetMailboxStatisticsCommand.self, className: "Microsoft.Exchange.Management.MapiTasks.GetMailboxStatistics"),
                .init(GetEXOMailboxStatisticsCommand.self, className: restClient + "GetExoMailboxStatistics"),
                .init(NewMailContactCommand.self, className: recipientTasks + "NewMailContact"),
                .init(GetMailContactCommand.self, className: recipientTasks + "GetMailContact"),
                .init(SetMailContactCommand.self, className: recipientTasks + "SetMailContact"),
                .init(RemoveMailContactCommand.self, className: recipientTasks + "RemoveMailContact"),
                .init(GetExchangeUserCommand.self, className: recipientTasks + "GetUser"),
                .init(GetDistributionGroupCommand.self, className: recipientTasks + "GetDistributionGroup"),
                .init(GetDistributionGroupMemberCommand.self, className: recipientTasks + "GetDistributionGroupMember"),
            ],
            setUp: { session in
                EmulatedTypes.register([
                    ExchangeObjects.recipientType, ExchangeObjects.mailboxType, ExchangeObjects.mailContactType, ExchangeObjects.userType,
                    ExchangeObjects.distributionGroupType, "Microsoft.Exchange.Data.ProxyAddress", "Microsoft.Exchange.Data.SmtpProxyAddress",
                    MailboxStatistics.type, MailboxStatistics.exoType, "Microsoft.Exchange.Data.ByteQuantifiedSize",
                ], in: session.types)
                session.types.registerException(M365Errors.exchangeException, parent: "System.Exception")
                session.types.registerException(M365Errors.exchangeNotFound, parent: M365Errors.exchangeException)
                let views = session.views
                views.registerTable(typeName: ExchangeObjects.recipientType, columns: ["Name", "RecipientType"])
                views.registerTable(typeName: ExchangeObjects.mailboxType, columns: ["Name", "Alias", "Database", "ProhibitSendQuota", "ExternalDirectoryObjectId"])
                views.registerTable(typeName: ExchangeObjects.mailContactType, columns: ["Name", "Alias", "RecipientType"])
                views.registerTable(typeName: ExchangeObjects.userType, columns: ["Name", "RecipientType"])
                views.registerTable(typeName: ExchangeObjects.distributionGroupType, columns: ["Name", "DisplayName", "GroupType", "PrimarySmtpAddress"])
                views.registerTable(typeName: MailboxStatistics.type, columns: ["DisplayName", "ItemCount", "StorageLimitStatus", "LastLogonTime"])
            })
    }
}
