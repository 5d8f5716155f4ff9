import Licensing
import PowerShellRuntime

/// Wait-LabLicenseProcessing: runs all queued group processing now (Deferred mode).
final class WaitLabLicenseProcessingCommand: Cmdlet {
    static let metadata = CommandMetadata(
        name: "Wait-LabLicenseProcessing",
        parameters: [Lab.passThru],
        moduleName: Lab.module,
        synopsis: "Processes every queued group now.",
        examples: [CommandExample(code: "Set-LabTenant -ProcessingMode Deferred; Wait-LabLicenseProcessing", remarks: "Runs the queue.")])

    init() {}

    func process(_ context: CommandContext) throws {
        let tenant = try context.tenant
        let results = tenant.processQueue()
        guard context.switchPresent("PassThru") else { return }
        for r in results {
            try context.writeObject(Emit.object("LicenseLab.GroupProcessingResult", [
                ("GroupId", .guid(r.groupId)), ("Succeeded", .int(r.succeeded)), ("Failed", .int(r.failed)),
                ("FailedSilently", .int(r.failedSilently)), ("Removed", .int(r.removed)),
            ]))
        }
    }
}
