import Foundation
import Licensing
import PowerShellRuntime

/// The tenant a session's Microsoft 365 cmdlets act on. `Reset-LabTenant` replaces the tenant
/// object, so the session holds this box rather than the tenant itself; the CLI (and a store)
/// keep the same box and read `tenant` after each command.
public final class TenantHandle {
    public var tenant: Tenant
    /// Called after `Reset-LabTenant` swapped in a new tenant (a store may persist it).
    public var onReset: ((Tenant) -> Void)?

    public init(_ tenant: Tenant) { self.tenant = tenant }
}

/// Installs the MSOnline, Exchange Online, Microsoft Graph and Lab modules into a session.
public enum M365Module {
    /// Registers every cmdlet (with the .NET class names their FQEIDs use), the emulated types and
    /// exception types, the default views, and the hook that runs queued group processing after
    /// each top-level statement (LICENSING.md §5: never inside the assigning cmdlet).
    public static func install(into session: Session, tenant: TenantHandle) {
        let state = M365State(handle: tenant)
        state.attach(to: session)
        for entry in CmdletCatalog.all { session.commands.register(entry.type, fullyQualifiedName: entry.className) }
        for (alias, target) in CmdletCatalog.aliases { session.commands.register(alias: alias, for: target) }
        EmulatedTypes.register(in: session.types)
        DefaultViews.register(in: session.views)
        session.afterTopLevelStatement.append { [weak state] in
            guard let state else { return }
            _ = state.handle.tenant.processQueueIfImmediate()
        }
    }

    /// The tenant name the prompt shows (`PS contoso> `), nil when the module is not installed.
    public static func tenantName(in session: Session) -> String? {
        M365State.find(in: session)?.handle.tenant.name
    }

    /// Names of the installed cmdlets by module (for docs and Get-Module).
    public static var commandNames: [(module: String, name: String)] {
        CmdletCatalog.all.map { (module: $0.type.metadata.moduleName, name: $0.type.metadata.name) }
    }
}
