import Foundation
import Licensing
import PowerShellRuntime

/// A Microsoft Graph connection as `Connect-MgGraph` records it.
struct GraphConnection {
    var scopes: [String]
    var account: String
    var connectedAt: Date
}

/// Per-session state of the emulated modules: the tenant, the connections, and the directory
/// attributes the licensing core does not model (Department, Title, City...). It lives in a
/// session slot (`session.slot(M365State.self)`): per session, and out of scripts' reach.
final class M365State {
    let handle: TenantHandle
    /// MSOnline: LicenseLab treats the lab tenant as connected from the start (docs/cmdlets.md),
    /// unless `Set-LabTenant -RequireMsolConnection $true` asks for the real module's rule.
    var msolConnected = false
    var requireMsolConnection = false
    var exchangeConnected = true
    var graph: GraphConnection?
    var tenantDisplayName = "Contoso"
    /// The command that last reached the tenant: the queue is processed when another one does
    /// (docs/licensing.md "Processing timing"). Cleared after each top-level statement.
    var lastCommand: CommandContext?
    /// Objects created in this session so far (ids are derived from it, see `newObjectId`).
    var createdObjects = 0
    /// The ids of Graph requests (random; tests install `.sequential()`).
    var requestIds: RequestIds

    init(handle: TenantHandle, requestIds: RequestIds) {
        self.handle = handle
        self.requestIds = requestIds
    }

    var tenant: Tenant { handle.tenant }


    /// A GUID for a new user, group or contact: derived from the tenant, the object's name and
    /// the creation count, so the same script always creates the same ids (reproducible output
    /// and docs), while two objects never share one. Version-4 layout, like the service's.
    func newObjectId(_ name: String) -> UUID {
        createdObjects += 1
        var a: UInt64 = 0xcbf2_9ce4_8422_2325, b: UInt64 = 0x8422_2325_cbf2_9ce4
        for byte in "\(tenant.tenantId.uuidString)|\(name.lowercased())|\(createdObjects)".utf8 {
            a = (a ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
            b = (b ^ UInt64(byte)) &* 0x0000_0100_0000_01b3 &+ (a >> 29)
        }
        func mix(_ x: UInt64) -> UInt64 {   // splitmix64's finalizer: every input bit reaches every output bit
            var z = x &+ 0x9e37_79b9_7f4a_7c15
            z = (z ^ (z >> 30)) &* 0xbf58_476d_1ce4_e5b9
            z = (z ^ (z >> 27)) &* 0x94d0_49bb_1331_11eb
            return z ^ (z >> 31)
        }
        a = mix(a)
        b = mix(b ^ a)
        var bytes = [UInt8](repeating: 0, count: 16)
        for i in 0..<8 { bytes[i] = UInt8(truncatingIfNeeded: a >> (8 * UInt64(i))); bytes[8 + i] = UInt8(truncatingIfNeeded: b >> (8 * UInt64(i))) }
        bytes[6] = (bytes[6] & 0x0F) | 0x40
        bytes[8] = (bytes[8] & 0x3F) | 0x80
        return UUID(uuid: (bytes[0], bytes[1], bytes[2], bytes[3], bytes[4], bytes[5], bytes[6], bytes[7],
                           bytes[8], bytes[9], bytes[10], bytes[11], bytes[12], bytes[13], bytes[14], bytes[15]))
    }

    /// Replaces the tenant (Reset-LabTenant) and forgets adapter-side attributes.
    func reset(to tenant: Tenant) {
        handle.tenant = tenant
        createdObjects = 0
        requireMsolConnection = false
        handle.onReset?(tenant)
    }

    static func find(in session: Session) -> M365State? {
        session.slot(M365State.self)
    }
}

extension CommandContext {
    /// The module state; a terminating error when the module is not installed in this session.
    /// In Immediate mode, group work another command queued is processed first. In Deferred mode,
    /// background work whose simulated delay has passed (Deferred mode with
    /// `Set-LabTenant -ProcessingDelaySeconds`) is done first: time passes during a script
    /// (Start-Sleep in a polling loop), so each cmdlet sees what the service finished meanwhile.
    var m365: M365State {
        get throws {
            guard let s = M365State.find(in: session) else {
                throw terminatingError("The LicenseLab tenant is not available in this session.", errorId: "TenantNotInstalled", category: .ResourceUnavailable)
            }
            if s.requireMsolConnection && !s.msolConnected && metadata.moduleName == Msol.module && metadata.name != "Connect-MsolService" {
                let rec = M365Errors.msol(message: "You must call the Connect-MsolService cmdlet before calling any other cmdlets.",
                                          specific: "MicrosoftOnlineException", code: "NotConnected", self)
                throw RuntimeError(rec)
            }
            let t = s.tenant
            switch t.settings.processingMode {
            case .immediate:
                // Queued group work is done before the next command reads or changes the tenant —
                // wherever it runs: in a function, a `& { }` block, a dot-sourced script — and never
                // inside the command that queued it (its later accesses find itself here).
                if s.lastCommand !== self {
                    s.lastCommand = self
                    t.processQueue()
                }
            case .deferred:
                if t.settings.deferredProcessingDelay != nil { t.processDueWork() }
            }
            return s
        }
    }

    var tenant: Tenant { get throws { try m365.tenant } }
}
