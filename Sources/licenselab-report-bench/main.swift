// Report benchmark (Scripts/bench msol-report): the tenant-wide error report of Microsoft's
// group-licensing PowerShell examples (docs/performance.md "Microsoft 365 cmdlets"),
//   Get-MsolUser -All | Where-Object { $_.IndirectLicenseErrors } | Export-Csv -Path x.csv -NoTypeInformation
// over a generated tenant, run in process through Session.runScript (the shell's own path).
//   licenselab-report-bench [USERS] [RUNS]     defaults: 100000 users, 3 runs (median reported)
import Foundation
#if canImport(Glibc)
import Glibc
#endif
import Licensing
import M365Cmdlets
import PowerShellRuntime

func milliseconds(_ body: () throws -> Void) rethrows -> Double {
    let start = DispatchTime.now().uptimeNanoseconds
    try body()
    return Double(DispatchTime.now().uptimeNanoseconds - start) / 1_000_000
}

/// CPU time of the calling thread in milliseconds (the machine is shared: wall time includes waiting).
func threadCPUMilliseconds() -> Double {
    var ts = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts)
    return Double(ts.tv_sec) * 1000 + Double(ts.tv_nsec) / 1_000_000
}

/// Peak resident set size (VmHWM) in MiB, from /proc/self/status; nil where unavailable.
func peakMemoryMiB() -> Double? {
    guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return nil }
    for line in status.split(separator: "\n") where line.hasPrefix("VmHWM:") {
        let kb = line.split(separator: " ").compactMap { Double($0) }.first
        return kb.map { $0 / 1024 }
    }
    return nil
}

let arguments = CommandLine.arguments.dropFirst().compactMap { Int($0) }
let userCount = arguments.first ?? 100_000
let runs = arguments.count > 1 ? arguments[1] : 3
guard userCount >= 100, runs > 0 else {
    FileHandle.standardError.write(Data("usage: licenselab-report-bench [USERS>=100] [RUNS>0]\n".utf8))
    exit(2)
}

// The tenant, built through the Licensing API: every user in an "E3 + EMS" group; E3 seats for
// 97% of them and EMS for 98% (the rest get CountViolation, all or nothing), 0.5% of users in a
// country where the plans are prohibited, 1% holding E1 directly (MutuallyExclusiveViolation),
// 1% with no usage location (they use the tenant's). About 4-5% of users end up in error.
let tenant = DemoTenant.makeEmpty()
var built = 0.0
do {
    built = try milliseconds {
        try tenant.addSubscription(skuPartNumber: "ENTERPRISEPACK", units: userCount * 97 / 100)
        try tenant.addSubscription(skuPartNumber: "EMS", units: userCount * 98 / 100)
        try tenant.addSubscription(skuPartNumber: "STANDARDPACK", units: userCount / 100 + 1)
        let group = try tenant.createGroup(displayName: "E3 + EMS")
        for i in 0..<userCount {
            let location: String? = i % 200 == 7 ? "IR" : (i % 100 == 3 ? nil : (i % 2 == 0 ? "US" : "GB"))
            let user = try tenant.createUser(userPrincipalName: "user\(i)@contoso.onmicrosoft.com",
                                             displayName: "User \(i)", usageLocation: location)
            if i % 100 == 11 {
                try tenant.assignLicenses(userId: user.objectId, add: [LicenseRequest(.accountSkuId("contoso:STANDARDPACK"))])
            }
            try tenant.addMember(groupId: group.objectId, userId: user.objectId)
        }
        try tenant.setGroupLicenses(groupId: group.objectId, add: [LicenseRequest(.accountSkuId("contoso:ENTERPRISEPACK")),
                                                                   LicenseRequest(.accountSkuId("contoso:EMS"))])
        tenant.processQueue()
    }
} catch {
    FileHandle.standardError.write(Data("building the tenant failed: \(error)\n".utf8))
    exit(1)
}
let inError = tenant.users.filter { !tenant.indirectLicenseErrors(ofUser: $0.objectId).isEmpty }.count

let host = DiscardingHost()
let session = Session(host: host)
M365Module.install(into: session, tenant: TenantHandle(tenant))
let directory = FileManager.default.temporaryDirectory.appendingPathComponent("licenselab-report-bench-\(getpid())")
try? FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
let csv = directory.appendingPathComponent("x.csv")
defer { try? FileManager.default.removeItem(at: directory) }
let script = "Get-MsolUser -All | Where-Object { $_.IndirectLicenseErrors } | Export-Csv -Path '\(csv.path)' -NoTypeInformation"

print("msol-report: \(userCount) users, \(inError) in error (tenant built in \(Int(built)) ms)")
print("  \(script.replacingOccurrences(of: csv.path, with: "x.csv"))")
var times: [Double] = []
var cpuTimes: [Double] = []
for run in 1...runs {
    let cpuStart = threadCPUMilliseconds()
    let ms = milliseconds { _ = session.runScript(text: script, path: nil, arguments: []) }
    let cpu = threadCPUMilliseconds() - cpuStart
    times.append(ms)
    cpuTimes.append(cpu)
    let rows = ((try? String(contentsOf: csv, encoding: .utf8))?.split(separator: "\n").count ?? 1) - 1
    print(String(format: "  run %d: %8.1f ms wall, %8.1f ms CPU, %d rows", run, ms, cpu, rows))
}
if !host.errorText.isEmpty { print("  errors:\n\(host.errorText)") }
times.sort()
cpuTimes.sort()
print(String(format: "  median: %.1f ms wall, %.1f ms CPU (target < 2000 ms)", times[times.count / 2], cpuTimes[cpuTimes.count / 2]))
// Where the time goes: the same pipeline cut after each stage (one run each).
print("  stages (one run each):")
let stages = [
    ("Get-MsolUser -All | Out-Null", "Get-MsolUser -All | Out-Null"),
    ("... | Where-Object { $_.IndirectLicenseErrors } | Out-Null", "Get-MsolUser -All | Where-Object { $_.IndirectLicenseErrors } | Out-Null"),
    ("1..USERS | Where-Object { $_ } | Out-Null", "1..\(userCount) | Where-Object { $_ } | Out-Null"),
    // Select-Object -First stops Get-MsolUser after five users (StopUpstreamSignal)
    ("Get-MsolUser -All | Select-Object -First 5 | Out-Null", "Get-MsolUser -All | Select-Object -First 5 | Out-Null"),
]
for (label, text) in stages {
    let cpuStart = threadCPUMilliseconds()
    let ms = milliseconds { _ = session.runScript(text: text, path: nil, arguments: []) }
    print(String(format: "    %8.1f ms wall, %8.1f ms CPU  ", ms, threadCPUMilliseconds() - cpuStart) + label)
}
if let peak = peakMemoryMiB() { print(String(format: "  peak memory (VmHWM): %.0f MiB", peak)) }
