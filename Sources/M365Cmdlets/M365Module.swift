import Foundation
import Licensing
import PowerShellRuntime
import TenantStore

/// The tenant a session's Microsoft 365 cmdlets act on. `Reset-LabTenant` replaces the tenant
/// object, so the session holds this box rather than the tenant itself; the CLI (and a store)
/// keep the same box and read `tenant` after each command.
public final class TenantHandle {
    private enum State {
        case built(Tenant)
        case pending(() -> Tenant)
    }
    private var state: State

    /// The tenant; a handle made with `init(building:)` builds it on first use.
    public var tenant: Tenant {
        get {
            switch state {
            case .built(let t): return t
            case .pending(let make):
                let t = make()
                state = .built(t)
                return t
            }
        }
        set { state = .built(newValue) }
    }

    /// False while a lazily built tenant has not been asked for (nothing can be queued in it yet).
    public var isBuilt: Bool {
        if case .built = state { return true }
        return false
    }

    /// Called after `Reset-LabTenant` swapped in a new tenant (a store may persist it).
    public var onReset: ((Tenant) -> Void)?

    public init(_ tenant: Tenant) { state = .built(tenant) }

    /// A handle whose tenant is built on first use, so a script that never touches the tenant
    /// (`licenselab -c '1'`) does not pay for building it.
    public init(building make: @escaping () -> Tenant) { state = .pending(make) }
}

/// The emulated Microsoft 365 modules and the lab's own, installed into a session with one call.
public enum M365Module {
    /// Every module, in the order Get-Module -ListAvailable lists them.
    static var all: [ShellModule] {
        [LabModule.module, MSOnlineModule.module, ExchangeOnlineModule.module] + GraphModules.all
            + [AzureADModule.module, EntraModule.module, WebModule.module]
    }

    /// Installs the modules into a session acting on `tenant`. Each module brings its commands,
    /// views and the .NET types scripts name; what they share is set up here once: their
    /// per-session state (a slot scripts cannot reach, holding the tenant), Tab completion of
    /// tenant values, and the hook that runs queued group processing after each top-level
    /// statement (commands also process it before they reach the tenant; never inside the
    /// assigning cmdlet). With a `store`, the Lab module's tenant-file
    /// cmdlets work on it and a change it cannot save fails the call that made it. Graph errors
    /// take their request ids from `requestIds` and their dates from the tenant's clock.
    public static func install(into session: Session, tenant: TenantHandle, store: TenantStore? = nil,
                               requestIds: RequestIds = .random()) {
        let state = M365State(handle: tenant, requestIds: requestIds)
        session.setSlot(state)
        if let store { StoreCmdlets.install(into: session, store: store) }
        for module in all { session.install(module) }
        TenantCompletion.register(in: session)
        // a runspace ([powershell]::Create()) works on the same tenant, with connections of its own
        session.runspaceSetup.append { runspace in install(into: runspace, tenant: tenant, store: store, requestIds: requestIds) }
        session.afterTopLevelStatement.append { [weak state] in
            guard let state, state.handle.isBuilt else { return }
            state.lastCommand = nil
            _ = state.handle.tenant.processQueueIfImmediate()
        }
    }

    /// The tenant name the prompt shows (`PS contoso> `), nil when the modules are not installed.
    public static func tenantName(in session: Session) -> String? {
        session.slot(M365State.self)?.handle.tenant.name
    }

    /// Every cmdlet of the modules with the module that exports it (docs and tests).
    public static var commandNames: [(module: String, name: String)] {
        all.flatMap { m in m.commands.map { (module: m.manifest.name, name: $0.type.metadata.name) } }
    }
}
