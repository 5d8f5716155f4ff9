import PowerShellRuntime

/// The AzureAD module (Azure AD PowerShell v2, retired in 2025): its manifest, its cmdlets with
/// the .NET classes their errors' FullyQualifiedErrorIds end with, the model types scripts create
/// with New-Object, and the default views the module's format file gives (docs/cmdlets.md).
enum AzureADModule {
    static var module: ShellModule {
        ShellModule(
            ModuleManifest(name: AzureAD.module, version: AzureAD.version, moduleType: "Binary",
                           description: "Azure Active Directory V2 General Availability Module.", powerShellVersion: "5.1"),
            commands: [
                .init(ConnectAzureADCommand.self, className: "Microsoft.Open.Azure.AD.CommonLibrary.ConnectAzureAD"),
                .init(DisconnectAzureADCommand.self, className: "Microsoft.Open.Azure.AD.CommonLibrary.DisconnectAzureAD"),
                .init(GetAzureADUserCommand.self, className: AzureAD.classes + "GetUser"),
                .init(SetAzureADUserCommand.self, className: AzureAD.classes + "SetUser"),
                .init(NewAzureADUserCommand.self, className: AzureAD.classes + "NewUser"),
                .init(GetAzureADSubscribedSkuCommand.self, className: AzureAD.classes + "GetSubscribedSku"),
                .init(SetAzureADUserLicenseCommand.self, className: AzureAD.classes + "SetUserLicenses"),
                .init(GetAzureADUserLicenseDetailCommand.self, className: AzureAD.classes + "GetUserLicenseDetail"),
                .init(GetAzureADGroupCommand.self, className: AzureAD.classes + "GetGroup"),
                .init(GetAzureADGroupMemberCommand.self, className: AzureAD.classes + "GetGroupMember"),
                .init(GetAzureADMSGroupCommand.self, className: "Microsoft.Open.MSGraph.PowerShell.Cmdlets.GetMSGroup"),
                .init(NewAzureADMSGroupCommand.self, className: "Microsoft.Open.MSGraph.PowerShell.Cmdlets.NewMSGroup"),
                .init(SetAzureADMSGroupCommand.self, className: "Microsoft.Open.MSGraph.PowerShell.Cmdlets.SetMSGroup"),
                .init(GetAzureADTenantDetailCommand.self, className: AzureAD.classes + "GetTenantDetail"),
                .init(GetAzureADCurrentSessionInfoCommand.self, className: "Microsoft.Open.Azure.AD.CommonLibrary.GetAzureADCurrentSessionInfo"),
            ],
            setUp: { session in
                for t in AzureADObjects.creatableTypes { session.types.register(t) }
                EmulatedTypes.register(AzureADObjects.listedTypes, in: session.types)
                session.types.registerException(M365Errors.azureADException, parent: "System.Exception")
                session.types.registerException(M365Errors.azureADNeedAuthentication, parent: "System.Exception")
                let views = session.views
                views.registerTable(typeName: AzureADObjects.userType, columns: ["ObjectId", "DisplayName", "UserPrincipalName", "UserType"])
                views.registerTable(typeName: AzureADObjects.groupType, columns: ["ObjectId", "DisplayName", "Description"])
                views.registerTable(typeName: AzureADMSGroups.type, columns: ["Id", "DisplayName", "Description"])
                views.registerTable(typeName: AzureADObjects.skuType, columns: ["ObjectId", "SkuPartNumber", "PrepaidUnits", "ConsumedUnits"])
                views.registerTable(typeName: AzureADObjects.licenseDetailType, columns: ["ObjectId", "ServicePlans"])
                views.registerTable(typeName: AzureADObjects.tenantDetailType, columns: ["ObjectId", "DisplayName", "VerifiedDomains"])
                views.registerTable(typeName: AzureADObjects.contextType, columns: ["Account", "Environment", "TenantId", "TenantDomain", "AccountType"])
            })
    }
}
