import Foundation
import Licensing
@testable import M365Cmdlets
import PowerShellRuntime
import ScriptTestSupport

/// A script session (the shared `TestHost`) with the M365 modules installed on a fresh demo
/// tenant whose clock is fixed, so runs repeat.
struct LabSession {
    let lab: ScriptSession
    let handle: TenantHandle
    var host: TestHost { lab.host }
    var session: Session { lab.session }

    static let fixedDate = Date(timeIntervalSince1970: 1_767_225_600) // 2026-01-01T00:00:00Z

    /// What goldens add to their fresh session (a `SessionSetup`): the modules on a fresh demo tenant.
    static func installModules(into session: Session) {
        M365Module.install(into: session, tenant: demoTenant(), requestIds: .sequential())
    }

    static func demoTenant(empty: Bool = false) -> TenantHandle {
        let clock = TenantClock.fixed(fixedDate)
        return TenantHandle(empty ? DemoTenant.makeEmpty(clock: clock) : DemoTenant.make(clock: clock))
    }

    init(empty: Bool = false) {
        let handle = LabSession.demoTenant(empty: empty)
        self.handle = handle
        lab = ScriptSession { M365Module.install(into: $0, tenant: handle, requestIds: .sequential()) }
    }

    /// Runs a script; returns stdout (everything written so far).
    @discardableResult
    func run(_ script: String, path: String? = nil) -> String {
        lab.run(script, path: path)
        return host.stdout
    }
}
