import PowerShellRuntime

/// The lab's own module, `LicenseLab`: tenant reset and settings, subscriptions, group licensing
/// processing, the tenant file's cmdlets (export, import, checkpoints, diffs), the outbox
/// (Get-LabMail, Clear-LabMail), and the conceptual
/// help topics that teach the lab.
enum LabModule {
    private static let classes = "LicenseLab.Commands."

    static var module: ShellModule {
        ShellModule(
            ModuleManifest(name: Lab.module, version: LicenseLabVersion.string, moduleType: "Binary",
                           description: "The lab's own commands: tenant reset, subscriptions, group licensing processing.",
                           author: "LicenseLab", importedAtStart: true, inGallery: false),
            commands: [
                .init(ResetLabTenantCommand.self, className: classes + "ResetLabTenant"),
                .init(AddLabSubscriptionCommand.self, className: classes + "AddLabSubscription"),
                .init(SetLabTenantCommand.self, className: classes + "SetLabTenant"),
                .init(SetLabGroupLicenseCommand.self, className: classes + "SetLabGroupLicense"),
                .init(InvokeLabGroupReprocessCommand.self, className: classes + "InvokeLabGroupReprocess"),
                .init(WaitLabLicenseProcessingCommand.self, className: classes + "WaitLabLicenseProcessing"),
                .init(ExportLabTenantCommand.self, className: classes + "ExportLabTenant"),
                .init(ImportLabTenantCommand.self, className: classes + "ImportLabTenant"),
                .init(NewLabTenantCommand.self, className: classes + "NewLabTenant"),
                .init(CheckpointLabTenantCommand.self, className: classes + "CheckpointLabTenant"),
                .init(RestoreLabTenantCommand.self, className: classes + "RestoreLabTenant"),
                .init(GetLabCheckpointCommand.self, className: classes + "GetLabCheckpoint"),
                .init(RemoveLabCheckpointCommand.self, className: classes + "RemoveLabCheckpoint"),
                .init(CompareLabTenantCommand.self, className: classes + "CompareLabTenant"),
                .init(GetLabMailCommand.self, className: classes + "GetLabMail"),
                .init(ClearLabMailCommand.self, className: classes + "ClearLabMail"),
                .init(NewLabGraphTokenCommand.self, className: classes + "NewLabGraphToken"),
                .init(GetLabGraphRequestCommand.self, className: classes + "GetLabGraphRequest"),
                .init(GetLabAuditLogCommand.self, className: classes + "GetLabAuditLog"),
                .init(GetLabLicenseDiagnosisCommand.self, className: classes + "GetLabLicenseDiagnosis"),
            ],
            helpTopics: [
                LabHelpTopics.aboutLicenseLab, LabHelpTopics.aboutGroupLicensing, LabHelpTopics.aboutGroupLicensingErrors,
                // one per section of the group-licensing article, in the scenarios' order
                LabHelpTopics.aboutGroupLicensingNotEnoughLicenses, LabHelpTopics.aboutGroupLicensingConflictingServicePlans,
                LabHelpTopics.aboutGroupLicensingDependencyViolation, LabHelpTopics.aboutGroupLicensingUsageLocation,
                LabHelpTopics.aboutGroupLicensingSeveralProducts, LabHelpTopics.aboutGroupLicensingAddOnPrerequisites,
                LabHelpTopics.aboutGroupLicensingDuplicateProxyAddresses, LabHelpTopics.aboutGroupLicensingReprocessAfterFreeing,
                LabHelpTopics.aboutLicenseLabScenarios, LabHelpTopics.aboutLabCmdlets, LabHelpTopics.aboutLicenseLabPersistence,
            ],
            // Get-Help's DESCRIPTION of every Microsoft 365 cmdlet (all modules), kept as help text
            descriptions: M365CmdletDescriptions.all,
            setUp: { session in
                session.views.register(MailObjects.view)
                session.views.register(GraphRequestObjects.view)
                session.views.register(AuditObjects.view)
            })
    }
}

/// The lab's conceptual help topics (`Get-Help about_LicenseLab`), one file each.
enum LabHelpTopics {}
