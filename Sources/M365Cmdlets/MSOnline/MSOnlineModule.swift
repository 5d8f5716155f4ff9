import PowerShellRuntime

/// The MSOnline module (Azure AD PowerShell v1): its manifest, its cmdlets with the .NET class
/// names their errors' FullyQualifiedErrorIds end with, and its default views.
enum MSOnlineModule {
    private static let classes = "Microsoft.Online.Administration.Automation."

    static var module: ShellModule {
        ShellModule(
            ModuleManifest(name: Msol.module, version: "1.1.183.81", moduleType: "Manifest",
                           description: "Microsoft Azure Active Directory Module for Windows PowerShell", powerShellVersion: "5.1"),
            commands: [
                .init(ConnectMsolServiceCommand.self, className: classes + "ConnectMsolService"),
                .init(GetMsolAccountSkuCommand.self, className: classes + "GetAccountSku"),
                .init(GetMsolSubscriptionCommand.self, className: classes + "GetSubscription"),
                .init(GetMsolCompanyInformationCommand.self, className: classes + "GetCompanyInformation"),
                .init(GetMsolDomainCommand.self, className: classes + "GetDomain"),
                .init(GetMsolUserCommand.self, className: classes + "GetUser"),
                .init(NewMsolUserCommand.self, className: classes + "NewUser"),
                .init(SetMsolUserCommand.self, className: classes + "SetUser"),
                .init(RemoveMsolUserCommand.self, className: classes + "RemoveUser"),
                .init(RestoreMsolUserCommand.self, className: classes + "RestoreUser"),
                .init(SetMsolUserLicenseCommand.self, className: classes + "SetUserLicense"),
                .init(NewMsolLicenseOptionsCommand.self, className: classes + "NewLicenseOptions"),
                .init(RedoMsolProvisionUserCommand.self, className: classes + "RedoProvisionUser"),
                .init(GetMsolGroupCommand.self, className: classes + "GetGroup"),
                .init(NewMsolGroupCommand.self, className: classes + "NewGroup"),
                .init(RemoveMsolGroupCommand.self, className: classes + "RemoveGroup"),
                .init(GetMsolGroupMemberCommand.self, className: classes + "GetGroupMember"),
                .init(AddMsolGroupMemberCommand.self, className: classes + "AddGroupMember"),
                .init(RemoveMsolGroupMemberCommand.self, className: classes + "RemoveGroupMember"),
            ],
            setUp: { session in
                EmulatedTypes.register([
                    MsolObjects.userType, MsolObjects.userLicenseType, MsolObjects.accountSkuType, MsolObjects.accountSkuIdentifierType,
                    MsolObjects.serviceStatusType, MsolObjects.servicePlanType, MsolObjects.indirectLicenseErrorType, MsolObjects.groupType,
                    MsolObjects.groupMemberType, MsolObjects.licenseOptionType, MsolObjects.subscriptionType, MsolObjects.companyInformationType,
                    GetMsolDomainCommand.domainType,
                ], in: session.types)
                session.types.registerException(M365Errors.msolException, parent: "System.Exception")
                let views = session.views
                // Left alignment as the module's own output shows it (`False` and `25` sit under
                // the start of their headers). No declared widths: published samples size the
                // columns to their data, as pwsh does for a table whose first column has no
                // width (its held-back group), so long UPNs are never cut.
                views.register(FormatView(typeName: MsolObjects.userType, shape: .table, columns: [
                    ViewColumn("UserPrincipalName", alignment: .left), ViewColumn("DisplayName", alignment: .left),
                    ViewColumn("IsLicensed", label: "isLicensed", alignment: .left),
                ]))
                // New-MsolUser's user carries the Password it was given or generated, and the
                // module prints it first (docs/cmdlets.md "Default views").
                views.register(FormatView(typeName: MsolObjects.userType, shape: .table, columns: [
                    ViewColumn("Password", alignment: .left),
                    ViewColumn("UserPrincipalName", alignment: .left), ViewColumn("DisplayName", alignment: .left),
                    ViewColumn("IsLicensed", label: "isLicensed", alignment: .left),
                ], requiredProperty: "Password"))
                views.register(FormatView(typeName: MsolObjects.accountSkuType, shape: .table, columns: [
                    ViewColumn("AccountSkuId", alignment: .left), ViewColumn("ActiveUnits", alignment: .left),
                    ViewColumn("WarningUnits", alignment: .left), ViewColumn("ConsumedUnits", alignment: .left),
                ]))
                views.registerTable(typeName: MsolObjects.groupType, columns: ["ObjectId", "DisplayName", "GroupType", "Description"])
                views.registerTable(typeName: MsolObjects.groupMemberType, columns: ["GroupMemberType", "EmailAddress", "DisplayName"])
                views.registerTable(typeName: MsolObjects.licenseOptionType, columns: ["ExtensionData", "AccountSkuId", "DisabledServicePlans"])
                views.registerTable(typeName: MsolObjects.serviceStatusType, columns: ["ServicePlan", "ProvisioningStatus"])
                views.registerTable(typeName: GetMsolDomainCommand.domainType, columns: ["Name", "Status", "Authentication"])
            })
    }
}
