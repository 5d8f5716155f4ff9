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
        if demo {
            let tenant = DemoTenant.make()
            return TenantSetup(store: try TenantStore(inMemory: tenant), handle: TenantHandle(tenant))
        }
        // only the default location's folder is made; a --tenant path must be in an existing folder
        let store = try TenantStore(path: tenantPath.map(absolute) ?? TenantStore.defaultPath(), createDirectory: tenantPath == nil)
        return TenantSetup(store: store, handle: TenantHandle(store.tenant))
    }

    /// Installs the Microsoft 365 modules and the store cmdlets, and connects them to the store.
    func install(into session: Session, host: StandardHost) {
        let store = self.store
        M365Module.install(into: session, tenant: handle)
        StoreCmdlets.install(into: session, store: store)
        // Reset-LabTenant, Import-LabTenant, Restore-LabTenant and New-LabTenant swap the tenant.
        handle.onReset = { tenant in store.adopt(tenant) }
        // Another shell's commits become visible at the next statement, even one typed after the
        // shell sat idle at its prompt.
        session.beforeTopLevelStatement.append { store.refresh() }
    }

    static func absolute(_ path: String) -> String {
        var p = path
        if p == "~" || p.hasPrefix("~/") { p = (ProcessInfo.processInfo.environment["HOME"] ?? NSHomeDirectory()) + p.dropFirst() }
        if !p.hasPrefix("/") { p = (FileManager.default.currentDirectoryPath as NSString).appendingPathComponent(p) }
        return (p as NSString).standardizingPath
    }

    /// `licenselab --what-if FILE.ps1`: runs the script on an in-memory copy of the tenant and
    /// prints what it changed (licenses, errors, seats); the tenant itself is not touched.
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
                original = try TenantStore(path: path, createDirectory: tenantPath == nil).tenant
                location = path
            }
        } catch {
            host.write("licenselab: \(error.message)\n", to: .error)
            return 1
        }
        let before = original.snapshot()
        let copy = Tenant(snapshot: before, catalog: original.catalog)
        let memory: TenantStore
        do { memory = try TenantStore(inMemory: copy) } catch {
            host.write("licenselab: \(error.message)\n", to: .error)
            return 1
        }
        let setup = TenantSetup(store: memory, handle: TenantHandle(copy))
        setup.install(into: session, host: host)
        let code = LicenseLab.runFile(script, arguments: arguments, session: session, host: host)
        host.flush()
        let diff = TenantDiff(from: before, to: setup.handle.tenant.snapshot(), catalog: original.catalog)
        host.write("\nWhat if: \(script) on \(location) (nothing was saved)\n\n" + diff.report(), to: .output)
        return code
    }
}
