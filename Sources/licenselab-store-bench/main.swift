// Store benchmark (Scripts/bench store): opening a large tenant file, the cost of one committed
// cmdlet call, a 100,000-member group processed and committed, and the file size. Prints figures
// only; it never fails on time (docs/performance.md: benchmarks report, tests do not time).
import Foundation
import Licensing
import M365Cmdlets
import PowerShellRuntime
import TenantStore
#if canImport(Glibc)
@preconcurrency import Glibc
#endif

func cpuSeconds() -> Double {
    var ts = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts)
    return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
}

func wallSeconds() -> Double {
    var ts = timespec()
    clock_gettime(CLOCK_MONOTONIC, &ts)
    return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
}

struct Timing: CustomStringConvertible {
    var wall = 0.0, cpu = 0.0
    var description: String { String(format: "%.3f s wall / %.3f s CPU", wall, cpu) }
}

func time<T>(_ body: () throws -> T) rethrows -> (T, Timing) {
    let w = wallSeconds(), c = cpuSeconds()
    let result = try body()
    return (result, Timing(wall: wallSeconds() - w, cpu: cpuSeconds() - c))
}

func fileSizeMB(_ path: String) -> Double {
    let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? NSNumber)?.doubleValue ?? 0
    return size / 1_048_576
}

/// A tenant of `n` users, all in one group carrying E3 + EMS + Power BI Pro (not yet processed).
func bigTenant(_ n: Int) throws -> Tenant {
    let t = DemoTenant.makeEmpty()
    for part in ["ENTERPRISEPACK", "EMS", "POWER_BI_PRO"] { try t.addSubscription(skuPartNumber: part, units: n) }
    try t.addSubscription(skuPartNumber: "STANDARDPACK", units: 20_000)
    let group = try t.createGroup(displayName: "Everyone")
    for i in 0..<n {
        let u = try t.createUser(userPrincipalName: "user\(i)@contoso.onmicrosoft.com", displayName: "User \(i)",
                                 usageLocation: i % 10 == 0 ? nil : "US")
        try t.addMember(groupId: group.objectId, userId: u.objectId)
    }
    return t
}

/// Runs `calls` Set-MsolUser calls (one user each) in a session on `handle`; the store, if any, commits each.
func scriptRun(_ handle: TenantHandle, store: TenantStore?, calls: Int) -> Timing {
    let host = DiscardingHost()
    let session = Session(host: host)
    M365Module.install(into: session, tenant: handle)
    if let store {
        StoreCmdlets.install(into: session, store: store)
        session.afterTopLevelStatement.append { store.refresh() }
    }
    let script = """
        foreach ($i in 0..\(calls - 1)) {
            Set-MsolUser -UserPrincipalName "user$($i % 5000)@contoso.onmicrosoft.com" -DisplayName "Renamed $i"
        }
        """
    let (_, t) = time { _ = session.runScript(text: script, path: nil, arguments: []) }
    if host.errorWrites > 0 { print("  (the script reported \(host.errorWrites) errors)") }
    return t
}

let args = CommandLine.arguments.dropFirst().compactMap { Int($0) }.filter { $0 > 0 }
let n = args.first ?? 100_000
let calls = 10_000
let dir = (NSTemporaryDirectory() as NSString).appendingPathComponent("licenselab-store-bench-\(getpid())")
try? FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
defer { try? FileManager.default.removeItem(atPath: dir) }
let path = (dir as NSString).appendingPathComponent("tenant.sqlite")

print("Store benchmark: \(n) users (Swift release build)")
let source = try bigTenant(n)

// 1. A group of n members with three products, processed in one transaction.
let store = try TenantStore(path: path) { source }
try store.tenant.setGroupLicenses(groupId: store.tenant.groups[0].objectId,
                                  add: ["ENTERPRISEPACK", "EMS", "POWER_BI_PRO"].map { LicenseRequest(.partNumber($0)) })
let (results, processing) = time { store.tenant.processQueue() }
let assigned = results.first?.succeeded ?? 0
print("process a \(n)-member group (3 products) and commit: \(processing) (\(assigned) members licensed)")
do {
    let copy = try bigTenant(n)
    try copy.setGroupLicenses(groupId: copy.groups[0].objectId,
                              add: ["ENTERPRISEPACK", "EMS", "POWER_BI_PRO"].map { LicenseRequest(.partNumber($0)) })
    let (_, t) = time { copy.processQueue() }
    print("  the same processing in memory, without a store: \(t)")
}

// 2. Opening the file (the work before the first prompt).
let (opened, open) = try time { try TenantStore(path: path) }
print("open a \(n)-user tenant file: \(open) (\(opened.tenant.users.count) users, \(opened.tenant.recipients.count) recipients)")

// 3. One-user cmdlet calls: committed each vs in memory, three rounds alternating (this machine's
// timing moves by ±15% between seconds); the ratio of each round, and their median.
let memory = Tenant(snapshot: opened.tenant.snapshot())
var ratios: [(wall: Double, cpu: Double)] = []
var lastStore = Timing(), lastMemory = Timing()
for round in 1...3 {
    let (_, withStore) = time { scriptRun(TenantHandle(opened.tenant), store: opened, calls: calls) }
    let (_, withoutStore) = time { scriptRun(TenantHandle(memory), store: nil, calls: calls) }
    ratios.append((withStore.wall / max(withoutStore.wall, 1e-9), withStore.cpu / max(withoutStore.cpu, 1e-9)))
    print(String(format: "round %d: %d Set-MsolUser calls, each committed: %@; in memory: %@; store overhead per call %.3f ms CPU; %.2fx wall, %.2fx CPU",
                 round, calls, withStore.description, withoutStore.description,
                 (withStore.cpu - withoutStore.cpu) * 1000 / Double(calls), ratios.last!.wall, ratios.last!.cpu))
    lastStore = withStore
    lastMemory = withoutStore
}
let medianWall = ratios.map(\.wall).sorted()[1], medianCPU = ratios.map(\.cpu).sorted()[1]
print(String(format: "store vs memory, median of 3 rounds: %.2fx wall, %.2fx CPU", medianWall, medianCPU))

// The calls are in the call log; folding them into the database happens at a size (16 MB), at
// the end of a session, or before a large commit: its cost belongs to the calls. (The three
// rounds renamed the same 5,000 users, so one fold writes what one round's fold would.)
let (_, folding) = time { opened.fold() }
print(String(format: "folding the calls' records (5,000 users) into the database: %@; one round + fold vs memory (median): %.2fx wall, %.2fx CPU",
             folding.description, medianWall + folding.wall / max(lastMemory.wall, 1e-9),
             medianCPU + folding.cpu / max(lastMemory.cpu, 1e-9)))
_ = lastStore

// 4. Size.
opened.flushWriteAheadLog()
print(String(format: "file size: %.1f MB (+ WAL %.1f MB) for %d users, %d recipients, one %d-member group",
             fileSizeMB(path), fileSizeMB(path + "-wal"), n, opened.tenant.recipients.count, n))

// 5. The whole program to its first statement: `licenselab --tenant FILE -c exit`.
let binary = ((CommandLine.arguments[0] as NSString).deletingLastPathComponent as NSString).appendingPathComponent("licenselab")
if FileManager.default.isExecutableFile(atPath: binary) {
    var runs: [Double] = []
    for _ in 0..<5 {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: binary)
        p.arguments = ["--tenant", path, "-c", "exit"]
        let w = wallSeconds()
        try p.run()
        p.waitUntilExit()
        runs.append(wallSeconds() - w)
    }
    runs.sort()
    print(String(format: "licenselab --tenant FILE -c exit (%d users): median %.3f s, best %.3f s of 5", n, runs[2], runs[0]))
} else {
    print("(build the licenselab product in release to time the whole program)")
}
