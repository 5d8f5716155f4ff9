import Foundation
import Glibc
import Licensing
import PowerShellRuntime
import TenantStore

/// Import-LabTenant: replaces the tenant with a tenant file's. An invalid file changes nothing.
final class ImportLabTenantCommand: Cmdlet {
    static let metadata = CommandMetadata(
        name: "Import-LabTenant",
        parameters: [
            ParameterMetadata(name: "Path", type: "string", position: 0, mandatory: true, helpMessage: "The JSON tenant file to read."),
            Lab.forceReplace,
            Lab.passThru,
        ],
        supportsShouldProcess: true,
        moduleName: Lab.module,
        synopsis: "Replaces the lab tenant with the one a JSON tenant file describes.",
        examples: [CommandExample(code: "Export-LabTenant -Path ./contoso.json; Reset-LabTenant -Empty; Import-LabTenant -Path ./contoso.json; (Get-MsolUser -All).Count", remarks: "Saves the tenant, empties it, and reads the file back: the file's tenant replaces the current one.", expectedOutput: "24")])

    init() {}

    func process(_ context: CommandContext) throws {
        let state = try context.m365
        let path = context.fileSystemPath(context.string("Path") ?? "")
        guard let status = context.files.status(path) else {
            try context.writeStoreError("Cannot find the tenant file '\(path)'.", errorId: "TenantFileNotFound", category: .ObjectNotFound,
                                        target: .string(path))
            return
        }
        if status.kind == .directory {
            try context.writeStoreError("The tenant file '\(path)' is a folder; give the path of a JSON tenant file.", errorId: "TenantFileIsFolder",
                                        category: .InvalidArgument, target: .string(path))
            return
        }
        // read what is there (a device or pipe too: its text is read until its end)
        let data: Data
        do { data = try context.files.read(path) } catch {
            try context.writeStoreError("Cannot read the tenant file '\(path)': \(FileSystemFailure.reason(of: error)).", errorId: "TenantFileUnreadable",
                                        category: .ReadError, target: .string(path))
            return
        }
        if data.isEmpty {
            try context.writeStoreError("The tenant file '\(path)' is empty.", errorId: "InvalidTenantFile", category: .InvalidData, target: .string(path))
            return
        }
        let snapshot: TenantSnapshot
        let notes: [String]
        do {
            let reading = try TenantFile.readReporting(data, catalog: state.tenant.baseCatalog, now: state.tenant.clock.now())
            snapshot = reading.snapshot
            notes = reading.notes
        } catch {
            try context.writeStoreError("The tenant file '\(path)' is not valid: \(error.description)", errorId: "InvalidTenantFile",
                                        category: .InvalidData, target: .string(path))
            return
        }
        guard try context.mayReplaceTenant(named: state.tenant.name) else { return }
        state.reset(to: Tenant(snapshot: snapshot, catalog: state.tenant.baseCatalog, clock: state.tenant.clock))
        // what the file holds that the lab could not represent
        for note in notes { try context.writeWarning(note) }
        if context.switchPresent("PassThru") { try context.writeObject(LabObjects.tenant(state)) }
    }
}
