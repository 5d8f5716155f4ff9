import Foundation
import PowerShellRuntime
import TenantStore

/// Export-LabTenant: writes the tenant as a tenant file (docs/tenant-format.md).
final class ExportLabTenantCommand: Cmdlet {
    static let metadata = CommandMetadata(
        name: "Export-LabTenant",
        parameters: [ParameterMetadata(name: "Path", type: "string", position: 0, mandatory: true, helpMessage: "The JSON file to write.")],
        moduleName: Lab.module,
        synopsis: "Writes the lab tenant to a JSON tenant file.",
        examples: [CommandExample(code: "Export-LabTenant -Path ./contoso.json", remarks: "Everything the tenant holds, as JSON.")])

    init() {}

    func process(_ context: CommandContext) throws {
        let tenant = try context.tenant
        let path = context.fileSystemPath(context.string("Path") ?? "")
        do {
            // replaced whole, never half written; a device is written through (FileSystem.save)
            try context.files.save(Data(TenantFile.export(tenant).utf8), to: path)
        } catch {
            try context.writeStoreError("Cannot write the tenant file '\(path)': \(error)", errorId: "ExportFailed",
                                        category: .WriteError, target: .string(path))
        }
    }
}
