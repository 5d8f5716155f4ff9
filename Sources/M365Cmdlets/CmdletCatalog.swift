import PowerShellRuntime

/// Every cmdlet of the four modules, with the .NET class name its FQEIDs end with.
enum CmdletCatalog {
    /// A metatype and a string: immutable, so safe to share.
    struct Entry: @unchecked Sendable {
        let type: any Cmdlet.Type
        let className: String
    }

    static let msol = "Microsoft.Online.Administration.Automation."
    static let graph = "Microsoft.Graph.PowerShell.Cmdlets."
    static let exo = "Microsoft.Exchange.Management.RecipientTasks."
    static let lab = "LicenseLab.Commands."

    static let all: [Entry] = [
        // MSOnline
        Entry(type: ConnectMsolServiceCommand.self, className: msol + "ConnectMsolService"),
        Entry(type: GetMsolAccountSkuCommand.self, className: msol + "GetAccountSku"),
        Entry(type: GetMsolSubscriptionCommand.self, className: msol + "GetSubscription"),
        Entry(type: GetMsolCompanyInformationCommand.self, className: msol + "GetCompanyInformation"),
        Entry(type: GetMsolUserCommand.self, className: msol + "GetUser"),
        Entry(type: NewMsolUserCommand.self, className: msol + "NewUser"),
        Entry(type: SetMsolUserCommand.self, className: msol + "SetUser"),
        Entry(type: RemoveMsolUserCommand.self, className: msol + "RemoveUser"),
        Entry(type: RestoreMsolUserCommand.self, className: msol + "RestoreUser"),
        Entry(type: SetMsolUserLicenseCommand.self, className: msol + "SetUserLicense"),
        Entry(type: NewMsolLicenseOptionsCommand.self, className: msol + "NewLicenseOptions"),
        Entry(type: RedoMsolProvisionUserCommand.self, className: msol + "RedoProvisionUser"),
        Entry(type: GetMsolGroupCommand.self, className: msol + "GetGroup"),
        Entry(type: NewMsolGroupCommand.self, className: msol + "NewGroup"),
        Entry(type: RemoveMsolGroupCommand.self, className: msol + "RemoveGroup"),
        Entry(type: GetMsolGroupMemberCommand.self, className: msol + "GetGroupMember"),
        Entry(type: AddMsolGroupMemberCommand.self, className: msol + "AddGroupMember"),
        Entry(type: RemoveMsolGroupMemberCommand.self, className: msol + "RemoveGroupMember"),
        // Exchange Online
        Entry(type: ConnectExchangeOnlineCommand.self, className: "Microsoft.Exchange.Management.ExoPowershellSnapin.ConnectExchangeOnline"),
        Entry(type: GetRecipientCommand.self, className: exo + "GetRecipient"),
        Entry(type: GetEXORecipientCommand.self, className: "Microsoft.Exchange.Management.RestApiClient.GetExoRecipient"),
        Entry(type: GetMailboxCommand.self, className: exo + "GetMailbox"),
        Entry(type: GetEXOMailboxCommand.self, className: "Microsoft.Exchange.Management.RestApiClient.GetExoMailbox"),
        Entry(type: SetMailboxCommand.self, className: exo + "SetMailbox"),
        Entry(type: NewMailContactCommand.self, className: exo + "NewMailContact"),
        Entry(type: GetMailContactCommand.self, className: exo + "GetMailContact"),
        Entry(type: SetMailContactCommand.self, className: exo + "SetMailContact"),
        Entry(type: RemoveMailContactCommand.self, className: exo + "RemoveMailContact"),
        Entry(type: GetExchangeUserCommand.self, className: exo + "GetUser"),
        Entry(type: GetDistributionGroupCommand.self, className: exo + "GetDistributionGroup"),
        Entry(type: GetDistributionGroupMemberCommand.self, className: exo + "GetDistributionGroupMember"),
        // Microsoft Graph
        Entry(type: ConnectMgGraphCommand.self, className: "Microsoft.Graph.PowerShell.Authentication.Cmdlets.ConnectMgGraph"),
        Entry(type: DisconnectMgGraphCommand.self, className: "Microsoft.Graph.PowerShell.Authentication.Cmdlets.DisconnectMgGraph"),
        Entry(type: GetMgContextCommand.self, className: "Microsoft.Graph.PowerShell.Authentication.Cmdlets.GetMgContext"),
        Entry(type: GetMgSubscribedSkuCommand.self, className: graph + "GetMgSubscribedSku_List"),
        Entry(type: GetMgUserCommand.self, className: graph + "GetMgUser_List"),
        Entry(type: NewMgUserCommand.self, className: graph + "NewMgUser_CreateExpanded"),
        Entry(type: UpdateMgUserCommand.self, className: graph + "UpdateMgUser_UpdateExpanded"),
        Entry(type: RemoveMgUserCommand.self, className: graph + "RemoveMgUser_Delete"),
        Entry(type: GetMgUserLicenseDetailCommand.self, className: graph + "GetMgUserLicenseDetail_List"),
        Entry(type: SetMgUserLicenseCommand.self, className: graph + "SetMgUserLicense_AssignExpanded"),
        Entry(type: InvokeMgLicenseUserCommand.self, className: graph + "InvokeMgLicenseUser_License"),
        Entry(type: GetMgGroupCommand.self, className: graph + "GetMgGroup_List"),
        Entry(type: NewMgGroupCommand.self, className: graph + "NewMgGroup_CreateExpanded"),
        Entry(type: RemoveMgGroupCommand.self, className: graph + "RemoveMgGroup_Delete"),
        Entry(type: GetMgGroupMemberCommand.self, className: graph + "GetMgGroupMember_List"),
        Entry(type: NewMgGroupMemberCommand.self, className: graph + "NewMgGroupMember_Create"),
        Entry(type: RemoveMgGroupMemberDirectoryObjectByRefCommand.self, className: graph + "RemoveMgGroupMemberDirectoryObjectByRef_Delete"),
        Entry(type: SetMgGroupLicenseCommand.self, className: graph + "SetMgGroupLicense_AssignExpanded"),
        Entry(type: GetMgGroupMemberWithLicenseErrorCommand.self, className: graph + "GetMgGroupMemberWithLicenseError_List"),
        Entry(type: InvokeMgGraphRequestCommand.self, className: "Microsoft.Graph.PowerShell.Authentication.Cmdlets.InvokeMgGraphRequest"),
        // Web (no network: the licensing CSV)
        Entry(type: InvokeWebRequestCommand.self, className: "Microsoft.PowerShell.Commands.InvokeWebRequestCommand"),
        Entry(type: InvokeRestMethodCommand.self, className: "Microsoft.PowerShell.Commands.InvokeRestMethodCommand"),
        // Lab
        Entry(type: ResetLabTenantCommand.self, className: lab + "ResetLabTenant"),
        Entry(type: AddLabSubscriptionCommand.self, className: lab + "AddLabSubscription"),
        Entry(type: SetLabTenantCommand.self, className: lab + "SetLabTenant"),
        Entry(type: SetLabGroupLicenseCommand.self, className: lab + "SetLabGroupLicense"),
        Entry(type: InvokeLabGroupReprocessCommand.self, className: lab + "InvokeLabGroupReprocess"),
        Entry(type: WaitLabLicenseProcessingCommand.self, className: lab + "WaitLabLicenseProcessing"),
    ]

    /// The modules' own aliases (Graph PowerShell ships these).
    /// The Beta module's cmdlets act as their v1.0 namesakes (the lab serves one API version).
    static let aliases: [(String, String)] = [
        ("Connect-Graph", "Connect-MgGraph"),
        ("Disconnect-Graph", "Disconnect-MgGraph"),
        ("Get-MgBetaUser", "Get-MgUser"),
        ("Update-MgBetaUser", "Update-MgUser"),
        ("Get-MgBetaUserLicenseDetail", "Get-MgUserLicenseDetail"),
        ("Set-MgBetaUserLicense", "Set-MgUserLicense"),
        ("Invoke-MgBetaLicenseUser", "Invoke-MgLicenseUser"),
        ("Get-MgBetaSubscribedSku", "Get-MgSubscribedSku"),
        ("Get-MgBetaGroup", "Get-MgGroup"),
        ("Get-MgBetaGroupMember", "Get-MgGroupMember"),
        ("Set-MgBetaGroupLicense", "Set-MgGroupLicense"),
        ("Get-MgBetaGroupMemberWithLicenseError", "Get-MgGroupMemberWithLicenseError"),
        ("Get-MgGroupMemberWithLicenseErrorAsUser", "Get-MgGroupMemberWithLicenseError"),
    ]
}
