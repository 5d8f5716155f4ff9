// REPL benchmark (Scripts/bench repl): tab completion of tenant values in a large tenant, in
// process, through the same CompletionEngine and providers the shell uses.
//   licenselab-repl-bench [USERS] [RUNS]     defaults: 100000 users, 25 runs per case
import Foundation
import Licensing
import M365Cmdlets
import PowerShellRuntime

func milliseconds(_ body: () -> Void) -> Double {
    let start = DispatchTime.now().uptimeNanoseconds
    body()
    return Double(DispatchTime.now().uptimeNanoseconds - start) / 1_000_000
}

let arguments = CommandLine.arguments.dropFirst().compactMap { Int($0) }
let userCount = arguments.first ?? 100_000
let runs = arguments.count > 1 ? arguments[1] : 25
guard userCount > 0, runs > 0 else {
    FileHandle.standardError.write(Data("usage: licenselab-repl-bench [USERS>0] [RUNS>0]\n".utf8))
    exit(2)
}

// A tenant of `userCount` users named like a real directory: first.last + number.
let firstNames = ["adele", "alex", "allan", "bianca", "christie", "debra", "diego", "emily", "enrico", "grady",
                  "henrietta", "irvin", "isaiah", "johanna", "joni", "lee", "lidia", "lynne", "megan", "miriam",
                  "nestor", "patti", "pradeep", "raul", "sam"]
let lastNames = ["vance", "wilber", "deyoung", "pincombe", "cline", "berry", "siciliani", "braun", "munck", "archie",
                 "cantrell", "sink", "langer", "lauridsen", "sherman", "gu", "holloway", "fitzgerald", "bowen", "graham"]
let tenant = DemoTenant.makeEmpty()
for part in ["ENTERPRISEPACK", "EMS", "POWER_BI_PRO"] { try? tenant.addSubscription(skuPartNumber: part, units: userCount) }
let buildMs = milliseconds {
    for i in 0..<userCount {
        let first = firstNames[i % firstNames.count]
        let last = lastNames[(i / firstNames.count) % lastNames.count]
        _ = try? tenant.createUser(userPrincipalName: "\(first).\(last)\(i)@contoso.onmicrosoft.com", displayName: "\(first) \(last)", usageLocation: "US")
    }
}
let session = Session(host: DiscardingHost())
M365Module.install(into: session, tenant: TenantHandle(tenant))
let engine = CompletionEngine(session: session)

print("REPL completion, \(userCount) users (tenant built in \(Int(buildMs)) ms), \(runs) runs per case, in process")
print("matches   median ms    max ms   case")
let cases: [(String, String)] = [
    ("UPN, unique prefix", "Get-MsolUser -UserPrincipalName adele.vance5000"),
    ("UPN, first.last prefix", "Get-MsolUser -UserPrincipalName megan.bowen"),
    ("UPN, one letter", "Set-MsolUserLicense -UserPrincipalName a"),
    ("UPN, no match", "Get-MsolUser -UserPrincipalName zz"),
    ("AccountSkuId after -AddLicenses", "Set-MsolUserLicense -UserPrincipalName x -AddLicenses contoso:"),
    ("command name", "Get-Msol"),
    ("parameter name", "Set-MsolUserLicense -Add"),
]
for (name, line) in cases {
    var times: [Double] = []
    var count = 0
    for _ in 0..<runs {
        times.append(milliseconds { count = engine.complete(line: line, cursor: line.count).matches.count })
    }
    times.sort()
    let median = times[times.count / 2]
    print(String(count).padding(toLength: 7, withPad: " ", startingAt: 0)
          + String(format: "%11.2f %9.2f   ", median, times.last ?? 0) + "\(name): \(line)")
}
