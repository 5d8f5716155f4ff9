import Foundation
import Licensing
import M365Cmdlets
import PowerShellRuntime
import TenantStore

/// Which tenant a `licenselab` run uses and how it is kept (docs/persistence.md):
/// - default: the SQLite file `$XDG_DATA_HOME/licenselab/tenant.sqlite`, created from the demo
///   tenant on first use; `--tenant PATH` chooses another file (created if missing);
/// - `--demo`: a fresh demo tenant in memory, nothing saved (checkpoints live in memory too).
/// Every mutating cmdlet call is committed to the file on its own; other shells' commits are
/// read before each statement.
struct TenantSetup {
    let store: TenantStore
    let handle: TenantHandle

    static func open(demo: Bool, tenantPath: String?) throws(TenantStoreError) -> TenantSetup {
        let store = try TenantStore.forCommandLine(demo: demo, path: tenantPath)
        return TenantSetup(store: store, handle: TenantHandle(store.tenant))
    }

    /// Installs the Microsoft 365 modules and the store cmdlets, and connects them to the store.
    func install(into session: Session, host: StandardHost) {
        let store = self.store
        M365Module.install(into: session, tenant: handle, store: store)
        // Reset-LabTenant, Import-LabTenant, Restore-LabTenant and New-LabTenant swap the tenant.
        handle.onReset = { tenant in store.adopt(tenant) }
        // Another shell's commits become visible at the next statement, even one typed after the
        // shell sat idle at its prompt.
        session.beforeTopLevelStatement.append { store.refresh() }
    }

    /// A file name as it can be printed on one line: control characters in PowerShell's escape
    /// notation (`` `n ``, `` `t ``, `` `u{1B} ``), so a name cannot fake a line of the report.
    static func visible(_ text: String) -> String {
        var out = ""
        for u in text.unicodeScalars {
            switch u {
            case "\n": out += "`n"
            case "\r": out += "`r"
            case "\t": out += "`t"
            case "\0": out += "`0"
            case "`": out += "``"
            default:
                if u.value < 0x20 || (0x7F...0x9F).contains(u.value) || u.value == 0x2028 || u.value == 0x2029 {
                    out += "`u{\(String(u.value, radix: 16, uppercase: true))}"
                } else {
                    out.unicodeScalars.append(u)
                }
            }
        }
        return out
    }

    static func absolute(_ path: String) -> String { TenantStore.absolutePath(path) }

    /// `licenselab --what-if FILE.ps1`: runs the script on an in-memory copy of the tenant and a
    /// copy-on-write overlay of the file system, and prints what it changed (licenses, errors,
    /// seats; files created, changed or deleted); neither the tenant nor any file is touched.
    static func whatIf(script: String, arguments: [String], demo: Bool, tenantPath: String?, session: Session,
                       host: StandardHost) -> Int32 {
        let original: Tenant
        let location: String
        do {
            if demo {
                original = DemoTenant.make()
                location = "the demo tenant"
            } else {
                let path = tenantPath.map(absolute) ?? TenantStore.defaultPath()
                // read as it is: nothing is created or written beside it
                original = try TenantStore.readTenant(path: path)
                location = path
            }
        } catch {
            host.write("licenselab: \(error.message)\n", to: .error)
            return 1
        }
        let before = original.snapshot()
        let copy = Tenant(snapshot: before, catalog: original.baseCatalog)
        let memory: TenantStore
        do { memory = try TenantStore(inMemory: copy) } catch {
            host.write("licenselab: \(error.message)\n", to: .error)
            return 1
        }
        let setup = TenantSetup(store: memory, handle: TenantHandle(copy))
        setup.install(into: session, host: host)
        // files too: the script reads what is there and writes to a copy-on-write overlay
        let overlay = OverlayFileSystem(base: session.fileSystem)
        session.fileSystem = overlay
        let code = LicenseLab.runFile(script, arguments: arguments, session: session, host: host)
        host.flush()
        let diff = TenantDiff(from: before, to: setup.handle.tenant.snapshot(), catalog: original.catalog)
        host.write("\nWhat if: \(script) on \(location) (nothing was saved)\n\n" + diff.report() + "\n" + filesReport(overlay.changes()),
                   to: .output)
        return code
    }

    /// The files a `--what-if` run would have created, changed or deleted, as a table like the
    /// licensing one: Change, Path, Detail.
    static func filesReport(_ changes: [OverlayFileSystem.Change]) -> String {
        guard !changes.isEmpty else { return "No file changes.\n" }
        let title = "Files (kept in memory; none was touched):\n\n"
        let rows = changes.map { [$0.kind.rawValue, visible($0.path), visible($0.detail)] }
        let widths = [max(6, rows.map { $0[0].count }.max() ?? 0), max(4, rows.map { $0[1].count }.max() ?? 0)]
        func line(_ cells: [String]) -> String {
            var text = cells[0].padding(toLength: widths[0], withPad: " ", startingAt: 0) + " "
                + cells[1].padding(toLength: widths[1], withPad: " ", startingAt: 0) + " " + cells[2]
            while text.last == " " { text.removeLast() }
            return text + "\n"
        }
        var out = title + line(["Change", "Path", "Detail"])
        out += line([String(repeating: "-", count: widths[0]), String(repeating: "-", count: widths[1]), "------"])
        for row in rows { out += line(row) }
        return out
    }
}
