import PowerShellRuntime

/// The Microsoft.Entra module (Microsoft Entra PowerShell): script functions over Microsoft Graph
/// PowerShell, so its errors' FullyQualifiedErrorIds end with the function's own name.
enum EntraModule {
    static var module: ShellModule {
        ShellModule(
            ModuleManifest(name: Entra.module, version: Entra.version, moduleType: "Script",
                           description: "Microsoft Entra PowerShell v1.0: Microsoft Entra PowerShell is a scenario-driven module that allows administrators to efficiently manage Entra ID resources, including users, groups, applications, and policies, among others"),
            commands: ([
                ConnectEntraCommand.self, DisconnectEntraCommand.self, GetEntraUserCommand.self, SetEntraUserCommand.self,
                SetEntraUserLicenseCommand.self, GetEntraUserLicenseDetailCommand.self, GetEntraSubscribedSkuCommand.self,
                GetEntraAccountSkuCommand.self, GetEntraGroupCommand.self, GetEntraGroupMemberCommand.self, EnableEntraAzureADAliasCommand.self,
            ] as [any Cmdlet.Type]).map { ModuleCommand($0, className: $0.metadata.name) },
            aliases: [("Update-EntraUser", "Set-EntraUser")],
            setUp: { session in
                // the model types Set-EntraUserLicense takes are the AzureAD module's (the Entra module defines them too)
                for t in AzureADObjects.creatableTypes where session.types.emulatedType(t.fullName) == nil { session.types.register(t) }
            })
    }
}
