// Report benchmark (Scripts/bench msol-report): the tenant-wide error report of Microsoft's
// group-licensing PowerShell examples (docs/performance.md "Microsoft 365 cmdlets"),
//   Get-MsolUser -All | Where-Object { $_.IndirectLicenseErrors } | Export-Csv -Path x.csv -NoTypeInformation
// over the tenant `New-LabTenant -Users 100000 -Groups 50 -Seed 7` makes (issue #13: 32,201 users in
// error, about 41 MB of CSV), run in process through Session.runScript (the shell's own path).
//   licenselab-report-bench [--users N] [--groups M] [--seed S] [--runs R]
//     defaults: --users 100000 --groups 50 --seed 7 --runs 3 (median reported); a bare number is --users
import Foundation
#if canImport(Glibc)
import Glibc
#endif
import Licensing
import M365Cmdlets
import PowerShellRuntime
import TenantStore

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

func usage() -> Never {
    FileHandle.standardError.write(Data("usage: licenselab-report-bench [--users N>=100] [--groups M>=0] [--seed S] [--runs R>0]\n".utf8))
    exit(2)
}

var userCount = 100_000, groupCount = 50, seed: UInt64 = 7, runs = 3
do {
    var rest = Array(CommandLine.arguments.dropFirst())
    while !rest.isEmpty {
        let name = rest.removeFirst()
        if let n = Int(name) { userCount = n; continue }
        guard !rest.isEmpty, let value = Int(rest.removeFirst()) else { usage() }
        switch name {
        case "--users": userCount = value
        case "--groups": groupCount = value
        case "--seed": seed = UInt64(truncatingIfNeeded: Int64(value))
        case "--runs": runs = value
        default: usage()
        }
    }
}
guard userCount >= 100, groupCount >= 0, runs > 0 else { usage() }

// The tenant, made as `New-LabTenant -Users N -Groups M -Seed S` makes it (the same generator and
// arguments always give the same tenant: products a little short of demand, conflicting direct
// licenses, prohibited and missing usage locations, the queue processed by the rules).
var tenant: Tenant!
let built = milliseconds { tenant = TenantGenerator.make(users: userCount, groups: groupCount, seed: seed) }
let inError = tenant.users.filter { !tenant.indirectLicenseErrors(ofUser: $0.objectId).isEmpty }.count

let host = DiscardingHost()
let session = Session(host: host)
M365Module.install(into: session, tenant: TenantHandle(tenant))
let directory = FileManager.default.temporaryDirectory.appendingPathComponent("licenselab-report-bench-\(getpid())")
try? FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
let csv = directory.appendingPathComponent("x.csv")
defer { try? FileManager.default.removeItem(at: directory) }
let script = "Get-MsolUser -All | Where-Object { $_.IndirectLicenseErrors } | Export-Csv -Path '\(csv.path)' -NoTypeInformation"

print("msol-report: New-LabTenant -Users \(userCount) -Groups \(groupCount) -Seed \(seed): \(inError) users in error (tenant built in \(Int(built)) ms)")
print("  \(script.replacingOccurrences(of: csv.path, with: "x.csv"))")
var times: [Double] = []
var cpuTimes: [Double] = []
for run in 1...runs {
    let cpuStart = threadCPUMilliseconds()
    let ms = milliseconds { _ = session.runScript(text: script, path: nil, arguments: []) }
    let cpu = threadCPUMilliseconds() - cpuStart
    times.append(ms)
    cpuTimes.append(cpu)
    // rows, bytes and an FNV-1a hash of the file: the output must not change between builds
    let bytes = (try? Data(contentsOf: csv)) ?? Data()
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    var rows = -1
    for b in bytes {
        hash = (hash ^ UInt64(b)) &* 0x100_0000_01b3
        if b == 10 { rows += 1 }
    }
    print(String(format: "  run %d: %8.1f ms wall, %8.1f ms CPU, %d rows, %d bytes, FNV-1a %016llx", run, ms, cpu, rows, bytes.count, hash))
}
if !host.errorText.isEmpty { print("  errors:\n\(host.errorText)") }
times.sort()
cpuTimes.sort()
print(String(format: "  median: %.1f ms wall, %.1f ms CPU (target < 1500 ms)", times[times.count / 2], cpuTimes[cpuTimes.count / 2]))
// Where the time goes: the same pipeline cut after each stage (one run each).
print("  stages (one run each):")
let stages = [
    ("Get-MsolUser -All | Out-Null", "Get-MsolUser -All | Out-Null"),
    ("... | Where-Object { $_.IndirectLicenseErrors } | Out-Null", "Get-MsolUser -All | Where-Object { $_.IndirectLicenseErrors } | Out-Null"),
    ("1..USERS | Where-Object { $_ } | Out-Null", "1..\(userCount) | Where-Object { $_ } | Out-Null"),
    // Select-Object -First stops Get-MsolUser after five users (StopUpstreamSignal)
    ("Get-MsolUser -All | Select-Object -First 5 | Out-Null", "Get-MsolUser -All | Select-Object -First 5 | Out-Null"),
    // Export-Csv alone, on the users in error collected beforehand (untimed)
    ("$rows | Export-Csv x.csv", "$rows | Export-Csv -Path '\(csv.path)' -NoTypeInformation"),
]
for (label, text) in stages {
    if label.hasPrefix("$rows") { _ = session.runScript(text: "$rows = @(Get-MsolUser -All | Where-Object { $_.IndirectLicenseErrors })", path: nil, arguments: []) }
    let cpuStart = threadCPUMilliseconds()
    let ms = milliseconds { _ = session.runScript(text: text, path: nil, arguments: []) }
    print(String(format: "    %8.1f ms wall, %8.1f ms CPU  ", ms, threadCPUMilliseconds() - cpuStart) + label)
}
if let peak = peakMemoryMiB() { print(String(format: "  peak memory (VmHWM): %.0f MiB", peak)) }
