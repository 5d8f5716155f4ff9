import PowerShellRuntime

/// The Microsoft Graph PowerShell SDK's modules: one per part of the API as the SDK ships them
/// (Authentication, Users, Users.Actions, Groups, Identity.DirectoryManagement), the
/// `Microsoft.Graph` meta-module that brings them all, and the Beta modules, whose cmdlets act as
/// their v1.0 namesakes (the lab serves one API version).
enum GraphModules {
    static let version = "2.25.0"
    private static let cmdlets = "Microsoft.Graph.PowerShell.Cmdlets."
    private static let authentication = "Microsoft.Graph.PowerShell.Authentication.Cmdlets."

    static var all: [ShellModule] {
        [metaModule, authenticationModule, usersModule, usersActionsModule, groupsModule, directoryModule,
         betaMetaModule, betaUsersModule, betaGroupsModule, betaDirectoryModule]
    }

    private static func part(_ name: String, description: String = "Microsoft Graph PowerShell Cmdlets") -> ModuleManifest {
        ModuleManifest(name: name, version: version, moduleType: "Script", description: description)
    }

    static var metaModule: ShellModule {
        ShellModule(ModuleManifest(name: "Microsoft.Graph", version: version, moduleType: "Manifest", description: "Microsoft Graph PowerShell module",
                                   nestedModules: [Graph.authModule, Graph.usersModule, Graph.usersActionsModule, Graph.groupsModule, Graph.directoryModule]))
    }

    static var authenticationModule: ShellModule {
        ShellModule(part(Graph.authModule, description: "Microsoft Graph PowerShell Authentication Module."), commands: [
            .init(ConnectMgGraphCommand.self, className: authentication + "ConnectMgGraph"),
            .init(DisconnectMgGraphCommand.self, className: authentication + "DisconnectMgGraph"),
            .init(GetMgContextCommand.self, className: authentication + "GetMgContext"),
            .init(InvokeMgGraphRequestCommand.self, className: authentication + "InvokeMgGraphRequest"),
        ], aliases: [("Connect-Graph", "Connect-MgGraph"), ("Disconnect-Graph", "Disconnect-MgGraph")], setUp: { session in
            // the SDK's model types (shared by its parts) and the exceptions its cmdlets throw
            EmulatedTypes.register([
                GraphObjects.userType, GraphObjects.groupType, GraphObjects.skuType, GraphObjects.directoryObjectType,
                GraphObjects.licenseDetailsType, GraphObjects.assignedLicenseType, GraphObjects.licenseStateType, GraphObjects.servicePlanInfoType,
            ], in: session.types)
            session.types.registerException(M365Errors.graphException, parent: "System.Exception")
            session.types.registerException("System.Security.Authentication.AuthenticationException", parent: "System.SystemException")
        })
    }

    static var usersModule: ShellModule {
        ShellModule(part(Graph.usersModule), commands: [
            .init(GetMgUserCommand.self, className: cmdlets + "GetMgUser_List"),
            .init(NewMgUserCommand.self, className: cmdlets + "NewMgUser_CreateExpanded"),
            .init(UpdateMgUserCommand.self, className: cmdlets + "UpdateMgUser_UpdateExpanded"),
            .init(RemoveMgUserCommand.self, className: cmdlets + "RemoveMgUser_Delete"),
            .init(GetMgUserLicenseDetailCommand.self, className: cmdlets + "GetMgUserLicenseDetail_List"),
        ], setUp: { session in
            session.views.registerTable(typeName: GraphObjects.userType, columns: ["DisplayName", "Id", "Mail", "UserPrincipalName"])
            session.views.registerTable(typeName: GraphObjects.licenseDetailsType, columns: ["Id", "SkuId", "SkuPartNumber"])
            // The SDK's generated views (docs/cmdlets.md "Default views"): a model's own simple and
            // string-list properties in alphabetical order, after an inherited Id.
            session.views.registerTable(typeName: GraphObjects.licenseStateType,
                                        columns: ["AssignedByGroup", "DisabledPlans", "Error", "LastUpdatedDateTime", "SkuId", "State"])
            session.views.registerTable(typeName: GraphObjects.assignedLicenseType, columns: ["DisabledPlans", "SkuId"])
        })
    }

    static var usersActionsModule: ShellModule {
        ShellModule(part(Graph.usersActionsModule), commands: [
            .init(SetMgUserLicenseCommand.self, className: cmdlets + "SetMgUserLicense_AssignExpanded"),
            .init(InvokeMgLicenseUserCommand.self, className: cmdlets + "InvokeMgLicenseUser_License"),
            .init(SendMgUserMailCommand.self, className: cmdlets + "SendMgUserMail_SendExpanded"),
        ])
    }

    static var groupsModule: ShellModule {
        ShellModule(part(Graph.groupsModule), commands: [
            .init(GetMgGroupCommand.self, className: cmdlets + "GetMgGroup_List"),
            .init(NewMgGroupCommand.self, className: cmdlets + "NewMgGroup_CreateExpanded"),
            .init(UpdateMgGroupCommand.self, className: cmdlets + "UpdateMgGroup_UpdateExpanded"),
            .init(RemoveMgGroupCommand.self, className: cmdlets + "RemoveMgGroup_Delete"),
            .init(GetMgGroupMemberCommand.self, className: cmdlets + "GetMgGroupMember_List"),
            .init(NewMgGroupMemberCommand.self, className: cmdlets + "NewMgGroupMember_Create"),
            .init(RemoveMgGroupMemberDirectoryObjectByRefCommand.self, className: cmdlets + "RemoveMgGroupMemberDirectoryObjectByRef_Delete"),
            .init(SetMgGroupLicenseCommand.self, className: cmdlets + "SetMgGroupLicense_AssignExpanded"),
            .init(GetMgGroupMemberWithLicenseErrorCommand.self, className: cmdlets + "GetMgGroupMemberWithLicenseError_List"),
        ], aliases: [("Get-MgGroupMemberWithLicenseErrorAsUser", "Get-MgGroupMemberWithLicenseError")], setUp: { session in
            session.views.registerTable(typeName: GraphObjects.groupType, columns: ["DisplayName", "Id", "MailNickname", "Description", "GroupTypes"])
            session.views.registerTable(typeName: GraphObjects.directoryObjectType, columns: ["Id", "DeletedDateTime"])
            session.views.registerTable(typeName: GraphObjects.assignedLicenseType, columns: ["DisabledPlans", "SkuId"])
        })
    }

    static var directoryModule: ShellModule {
        ShellModule(part(Graph.directoryModule), commands: [
            .init(GetMgSubscribedSkuCommand.self, className: cmdlets + "GetMgSubscribedSku_List"),
            .init(GetMgOrganizationCommand.self, className: cmdlets + "GetMgOrganization_List"),
        ], setUp: { session in
            session.views.registerTable(typeName: GraphObjects.skuType, columns: [
                "Id", "AccountId", "AccountName", "AppliesTo", "CapabilityStatus", "ConsumedUnits", "SkuId", "SkuPartNumber"])
        })
    }

    // MARK: Beta: aliases of the v1.0 cmdlets

    static var betaMetaModule: ShellModule {
        ShellModule(ModuleManifest(name: "Microsoft.Graph.Beta", version: version, moduleType: "Manifest", description: "Microsoft Graph PowerShell module",
                                   nestedModules: ["Microsoft.Graph.Beta.Users", "Microsoft.Graph.Beta.Groups", "Microsoft.Graph.Beta.Identity.DirectoryManagement"]))
    }

    static var betaUsersModule: ShellModule {
        ShellModule(part("Microsoft.Graph.Beta.Users"), aliases: [
            ("Get-MgBetaUser", "Get-MgUser"), ("Update-MgBetaUser", "Update-MgUser"),
            ("Get-MgBetaUserLicenseDetail", "Get-MgUserLicenseDetail"), ("Set-MgBetaUserLicense", "Set-MgUserLicense"),
            ("Invoke-MgBetaLicenseUser", "Invoke-MgLicenseUser"), ("Send-MgBetaUserMail", "Send-MgUserMail"),
        ])
    }

    static var betaGroupsModule: ShellModule {
        ShellModule(part("Microsoft.Graph.Beta.Groups"), aliases: [
            ("Get-MgBetaGroup", "Get-MgGroup"), ("Get-MgBetaGroupMember", "Get-MgGroupMember"),
            ("Set-MgBetaGroupLicense", "Set-MgGroupLicense"), ("Get-MgBetaGroupMemberWithLicenseError", "Get-MgGroupMemberWithLicenseError"),
        ])
    }

    static var betaDirectoryModule: ShellModule {
        ShellModule(part("Microsoft.Graph.Beta.Identity.DirectoryManagement"), aliases: [("Get-MgBetaSubscribedSku", "Get-MgSubscribedSku")])
    }
}
