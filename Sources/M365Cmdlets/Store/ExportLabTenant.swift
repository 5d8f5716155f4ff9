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
            try Data(TenantFile.export(tenant).utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
        } catch {
            try context.writeStoreError("Cannot write the tenant file '\(path)': \(error.localizedDescription)", errorId: "ExportFailed",
                                        category: .WriteError, target: .string(path))
        }
    }
}
