import PowerShellRuntime

/// Get-MsolCompanyInformation: the tenant's name, initial domain and country (the directory's
/// location that group licensing uses for members without a usage location).
final class GetMsolCompanyInformationCommand: Cmdlet {
    static let metadata = CommandMetadata(
        name: "Get-MsolCompanyInformation",
        parameters: [Msol.tenantId],
        outputTypes: [MsolObjects.companyInformationType],
        moduleName: Msol.module,
        synopsis: "Gets company-level information.",
        examples: [CommandExample(code: "(Get-MsolCompanyInformation).CountryLetterCode", remarks: "The directory's location.", expectedOutput: "US")])

    init() {}

    func process(_ context: CommandContext) throws {
        let state = try context.m365
        let t = state.tenant
        try context.writeObject(Emit.object(MsolObjects.companyInformationType, [
            ("ExtensionData", Emit.extensionData()),
            ("AllowAdHocSubscriptions", .bool(true)), ("AllowEmailVerifiedUsers", .bool(true)),
            ("AuthorizedServiceInstances", Emit.list([], of: "System.String")), ("City", .null),
            ("CompanyTags", Emit.list([], of: "System.String")), ("CompanyType", .string("CompanyTenant")),
            ("Country", .null), ("CountryLetterCode", .string(t.settings.countryLetterCode)), ("DapEnabled", .null),
            ("DirectorySynchronizationEnabled", .bool(false)), ("DirectorySynchronizationStatus", .string("Disabled")),
            ("DirSyncServiceAccount", .null), ("DisplayName", .string(state.tenantDisplayName)),
            ("InitialDomain", .string(t.initialDomain)), ("LastDirSyncTime", .null), ("LastPasswordSyncTime", .null),
            ("MarketingNotificationEmails", Emit.list([], of: "System.String")), ("ObjectId", .guid(t.tenantId)),
            ("PasswordSynchronizationEnabled", .bool(false)), ("PostalCode", .null), ("PreferredLanguage", .string("en")),
            ("State", .null), ("Street", .null), ("TechnicalNotificationEmails", Emit.list([], of: "System.String")),
            ("TelephoneNumber", .null), ("UsersPermissionToCreateGroupsEnabled", .bool(true)),
            ("UsersPermissionToCreateLOBAppsEnabled", .bool(true)), ("UsersPermissionToReadOtherUsersEnabled", .bool(true)),
            ("UsersPermissionToUserConsentToAppEnabled", .bool(true)),
        ]))
    }
}
