import PowerShellRuntime

/// Invoke-WebRequest, Invoke-RestMethod and Send-MailMessage join PowerShell's own
/// Microsoft.PowerShell.Utility module (the lab's versions serve the licensing CSV and keep mail
/// in the lab's outbox instead of using the network).
enum WebModule {
    static var module: ShellModule {
        ShellModule(ModuleManifest(name: WebRequests.module, version: "7.0.0.0", moduleType: "Manifest", importedAtStart: true, inGallery: false),
                    commands: [
                        .init(InvokeWebRequestCommand.self, className: "Microsoft.PowerShell.Commands.InvokeWebRequestCommand"),
                        .init(InvokeRestMethodCommand.self, className: "Microsoft.PowerShell.Commands.InvokeRestMethodCommand"),
                        .init(SendMailMessageCommand.self, className: "Microsoft.PowerShell.Commands.SendMailMessage"),
                    ])
    }
}
