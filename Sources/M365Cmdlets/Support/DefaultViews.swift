import PowerShellRuntime

/// The modules' default table views (their format.ps1xml): research §2.5, §2.8, §2.11, §3.1.
enum DefaultViews {
    static func register(in views: ViewRegistry) {
        // Left alignment as the module's own output shows it (research §2.5, §2.11: `False` and
        // `25` sit under the start of their headers). No declared widths: the published samples
        // size the columns to their data (a 37-cell UPN column in one, 27 in another), which is
        // what pwsh does with a table whose first column has no width (BaseOutputtingCommand's
        // held-back group), so long UPNs are never cut.
        views.register(FormatView(typeName: MsolObjects.userType, shape: .table, columns: [
            ViewColumn("UserPrincipalName", alignment: .left), ViewColumn("DisplayName", alignment: .left),
            ViewColumn("IsLicensed", label: "isLicensed", alignment: .left),
        ]))
        views.register(FormatView(typeName: MsolObjects.accountSkuType, shape: .table, columns: [
            ViewColumn("AccountSkuId", alignment: .left), ViewColumn("ActiveUnits", alignment: .left),
            ViewColumn("WarningUnits", alignment: .left), ViewColumn("ConsumedUnits", alignment: .left),
        ]))
        views.registerTable(typeName: MsolObjects.groupType, columns: ["ObjectId", "DisplayName", "GroupType", "Description"])
        views.registerTable(typeName: MsolObjects.groupMemberType, columns: ["GroupMemberType", "EmailAddress", "DisplayName"])
        views.registerTable(typeName: MsolObjects.licenseOptionType, columns: ["ExtensionData", "AccountSkuId", "DisabledServicePlans"])
        views.registerTable(typeName: MsolObjects.serviceStatusType, columns: ["ServicePlan", "ProvisioningStatus"])
        views.registerTable(typeName: GraphObjects.userType, columns: ["DisplayName", "Id", "Mail", "UserPrincipalName"])
        views.registerTable(typeName: GraphObjects.groupType, columns: ["DisplayName", "Id", "MailNickname", "Description", "GroupTypes"])
        views.registerTable(typeName: GraphObjects.skuType, columns: ["SkuId", "SkuPartNumber", "ConsumedUnits", "AppliesTo"])
        views.registerTable(typeName: GraphObjects.directoryObjectType, columns: ["Id", "DeletedDateTime"])
        views.registerTable(typeName: GraphObjects.licenseDetailsType, columns: ["Id", "SkuId", "SkuPartNumber"])
        views.registerTable(typeName: GraphObjects.licenseStateType, columns: ["SkuId", "State", "Error", "AssignedByGroup"])
        views.registerTable(typeName: ExchangeObjects.recipientType, columns: ["Name", "RecipientType"])
        views.registerTable(typeName: ExchangeObjects.mailboxType, columns: ["Name", "Alias", "Database", "ProhibitSendQuota", "ExternalDirectoryObjectId"])
        views.registerTable(typeName: ExchangeObjects.mailContactType, columns: ["Name", "Alias", "RecipientType"])
        views.registerTable(typeName: ExchangeObjects.userType, columns: ["Name", "RecipientType"])
        views.registerTable(typeName: ExchangeObjects.distributionGroupType, columns: ["Name", "DisplayName", "GroupType", "PrimarySmtpAddress"])
    }
}
