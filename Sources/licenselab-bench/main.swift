// Licensing benchmark: a tenant of N users, one group of N members with 3 products processed and
// reprocessed, and 10,000 direct assignments; N = 10k, 100k, 1M to show linear growth. Prints
// figures only; it never fails on time (docs/performance.md: benchmarks report, tests do not time).
import Foundation
import Licensing
#if canImport(Glibc)
@preconcurrency import Glibc
#endif

func peakMemoryMB() -> Double {
    guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return .nan }
    for line in status.split(separator: "\n") where line.hasPrefix("VmHWM:") {
        let kb = line.split(separator: " ").compactMap { Double($0) }.first ?? .nan
        return kb / 1024
    }
    return .nan
}

/// CPU time of this thread: on a machine shared with other jobs, wall time measures the queue
/// for the CPU as much as the work, so both are reported.
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
    var description: String { String(format: "%6.3f / %6.3f", wall, cpu) }
}

func time<T>(_ body: () throws -> T) rethrows -> (T, Timing) {
    let w = wallSeconds(), c = cpuSeconds()
    let result = try body()
    return (result, Timing(wall: wallSeconds() - w, cpu: cpuSeconds() - c))
}

struct Figures {
    var members = 0
    var createUsers = Timing(), addMembers = Timing(), process = Timing(), reprocess = Timing(), direct = Timing()
    var peakMB = 0.0
}

func run(members n: Int, directAssignments d: Int) throws -> Figures {
    var f = Figures(members: n)
    let tenant = DemoTenant.makeEmpty()
    for part in ["ENTERPRISEPACK", "EMS", "POWER_BI_PRO"] { try tenant.addSubscription(skuPartNumber: part, units: n) }
    try tenant.addSubscription(skuPartNumber: "STANDARDPACK", units: d)
    var ids: [UUID] = []
    ids.reserveCapacity(n)
    (_, f.createUsers) = try time {
        for i in 0..<n {
            ids.append(try tenant.createUser(userPrincipalName: "user\(i)@contoso.onmicrosoft.com",
                                             displayName: "User \(i)", usageLocation: i % 10 == 0 ? nil : "US").objectId)
        }
    }
    let group = try tenant.createGroup(displayName: "Everyone").objectId
    (_, f.addMembers) = try time { for id in ids { try tenant.addMember(groupId: group, userId: id) } }
    try tenant.setGroupLicenses(groupId: group, add: ["ENTERPRISEPACK", "EMS", "POWER_BI_PRO"].map {
        LicenseRequest(.partNumber($0))
    })
    let (processed, p) = time { tenant.processQueue() }
    f.process = p
    precondition(processed.first?.succeeded == n && tenant.consumedUnits(skuId: tenant.subscribedSku(partNumber: "EMS")!.skuId) == n)
    try tenant.reprocessGroup(groupId: group)
    let (reprocessed, r) = time { tenant.processQueue() }
    f.reprocess = r
    precondition(reprocessed.first?.succeeded == n)

    var others: [UUID] = []
    for i in 0..<d {
        others.append(try tenant.createUser(userPrincipalName: "direct\(i)@contoso.onmicrosoft.com",
                                            displayName: "Direct \(i)", usageLocation: "US").objectId)
    }
    let e1 = [LicenseRequest(.accountSkuId("contoso:STANDARDPACK"))]
    (_, f.direct) = try time { for id in others { try tenant.assignLicenses(userId: id, add: e1) } }
    precondition(tenant.consumedUnits(skuId: tenant.subscribedSku(partNumber: "STANDARDPACK")!.skuId) == d)
    f.peakMB = peakMemoryMB()
    return f
}

let arguments = CommandLine.arguments.dropFirst()
if arguments.first == "parse" { exit(ParseBench.run(Array(arguments.dropFirst()))) }
let sizes = arguments.isEmpty ? [10_000, 100_000, 1_000_000] : arguments.compactMap { Int($0) }.filter { $0 > 0 }
if sizes.isEmpty || (!arguments.isEmpty && sizes.count != arguments.count) {
    print("usage: licenselab-bench [N...]   (N: positive numbers of users; default 10000 100000 1000000)")
    exit(2)
}
print("Licensing benchmark (release build): a tenant of N users, one group of N members with 3 products")
print("(ENTERPRISEPACK, EMS, POWER_BI_PRO) processed then reprocessed, and 10,000 direct STANDARDPACK assignments.")
print("Times in seconds, wall / CPU of this thread; peak memory is the process's VmHWM after the row.")
print("members   create users       add members        process group      reprocess group    10k direct         peak memory")
do {
    for n in sizes {
        let f = try run(members: n, directAssignments: 10_000)
        let cells = [f.createUsers, f.addMembers, f.process, f.reprocess, f.direct].map { "\($0)    " }.joined()
        print(String(format: "%7d   ", f.members) + cells + String(format: "%5.0f MB", f.peakMB))
    }
} catch {
    print("benchmark failed: \(error)")
    exit(1)
}
