import Foundation
import GRDB
import Licensing
import Testing
@testable import TenantStore

/// The built `licenselab` (the tests drive it as a child process, as a user's shells would).
func licenselabBinary() -> String? {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    for config in ["debug", "release"] {
        let path = root.appendingPathComponent(".build/\(config)/licenselab").path
        if FileManager.default.isExecutableFile(atPath: path) { return path }
    }
    return nil
}

func startLicenselab(_ binary: String, tenant: String, script: String) throws -> Process {
    let p = Process()
    p.executableURL = URL(fileURLWithPath: binary)
    p.arguments = ["--tenant", tenant, script]
    p.standardOutput = FileHandle.nullDevice
    p.standardError = FileHandle.nullDevice
    try p.run()
    return p
}

/// Runs the built `licenselab` with `arguments` to its end: its exit status and standard output.
func runLicenselab(_ binary: String, _ arguments: [String]) throws -> (Int32, String) {
    let p = Process()
    p.executableURL = URL(fileURLWithPath: binary)
    p.arguments = arguments
    let out = Pipe()
    p.standardOutput = out
    p.standardError = FileHandle.nullDevice
    try p.run()
    let text = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    p.waitUntilExit()
    return (p.terminationStatus, text)
}

/// A tenant with `users` licensable users (u0@..., usage location US) and the given products.
func labTenant(users: Int, units: [(String, Int)]) -> Tenant {
    let t = DemoTenant.makeEmpty(clock: .fixed(fixedDate))
    for (part, n) in units { _ = try? t.addSubscription(skuPartNumber: part, units: n) }
    for i in 0..<users {
        _ = try? t.createUser(userPrincipalName: "u\(i)@contoso.onmicrosoft.com", displayName: "u\(i)", usageLocation: "US",
                              objectId: UUID(uuidString: String(format: "00000000-0000-4000-8000-%012ld", i)))
    }
    return t
}

/// The state without timestamps (a child process stamps with the real clock).
func undated(_ s: TenantSnapshot) -> TenantSnapshot {
    var s = s
    let epoch = Date(timeIntervalSince1970: 0)
    for i in s.users.indices {
        s.users[i].createdDateTime = epoch
        for r in s.users[i].records.indices { s.users[i].records[r].lastUpdatedDateTime = epoch }
    }
    for i in s.queue.indices { s.queue[i].queuedAt = epoch }
    return s
}

func integrityCheck(_ path: String) throws -> String? {
    try DatabaseQueue(path: path).read { db in try String.fetchOne(db, sql: "PRAGMA integrity_check") }
}

@Suite(.serialized) struct ProcessTests {
    /// Kills a script at random moments; every time the file must be intact and hold exactly the
    /// calls that finished: k calls of `Set-MsolUserLicense` / `Set-MsolUser`, alternating.
    @Test func aKilledScriptLeavesExactlyTheCallsThatFinished() throws {
        let binary = try #require(licenselabBinary(), "build licenselab first (swift build)")
        let dir = TemporaryDirectory()
        let script = dir.file("long.ps1")
        let users = 400
        try """
            foreach ($i in 0..\(users - 1)) {
                Set-MsolUserLicense -UserPrincipalName "u$i@contoso.onmicrosoft.com" -AddLicenses contoso:ENTERPRISEPACK
                Set-MsolUser -UserPrincipalName "u$i@contoso.onmicrosoft.com" -DisplayName "done $i"
            }
            """.write(toFile: script, atomically: true, encoding: .utf8)
        var rng = SystemRandomNumberGenerator()
        var observed: [Int] = []
        // How long the whole script takes here, so the kills can land anywhere in it.
        let timing = dir.file("timing.sqlite")
        _ = try TenantStore(path: timing) { labTenant(users: users, units: [("ENTERPRISEPACK", 1000)]) }
        let started = Date()
        let full = try startLicenselab(binary, tenant: timing, script: script)
        full.waitUntilExit()
        let duration = max(0.05, Date().timeIntervalSince(started))
        for round in 0..<12 {
            let path = dir.file("crash\(round).sqlite")
            _ = try TenantStore(path: path) { labTenant(users: users, units: [("ENTERPRISEPACK", 1000)]) }
            let child = try startLicenselab(binary, tenant: path, script: script)
            usleep(UInt32(Double.random(in: 0.02...1.05, using: &rng) * duration * 1_000_000))
            kill(child.processIdentifier, SIGKILL)
            child.waitUntilExit()

            #expect(try integrityCheck(path) == "ok")
            let stored = try TenantStore(path: path).tenant
            #expect(stored.indexesAreConsistent())
            let e3 = try #require(stored.subscribedSku(partNumber: "ENTERPRISEPACK"))
            let licensed = stored.users.filter { !$0.records.isEmpty }.count
            let renamed = stored.users.filter { $0.displayName.hasPrefix("done ") }.count
            #expect(stored.consumedUnits(skuId: e3.skuId) == licensed)
            // The calls are done in order, so the first `licensed` users are licensed, the first
            // `renamed` renamed, and a kill between the two calls of one user leaves one more licensed.
            #expect(licensed == renamed || licensed == renamed + 1)
            let calls = licensed + renamed
            observed.append(calls)
            let expected = labTenant(users: users, units: [("ENTERPRISEPACK", 1000)])
            for k in 0..<calls {
                let id = expected.users[k / 2].objectId
                if k % 2 == 0 {
                    try expected.assignLicenses(userId: id, add: [LicenseRequest(.accountSkuId("contoso:ENTERPRISEPACK"))])
                } else {
                    try expected.setDisplayName(userId: id, "done \(k / 2)")
                }
            }
            let replayed = undated(expected.snapshot())
            let actual = undated(stored.snapshot())
            let differing = zip(actual.users, replayed.users).filter { $0 != $1 }.map(\.0.userPrincipalName)
            #expect(actual.users.count == replayed.users.count && differing.isEmpty,
                    "after a kill at \(calls) calls these users differ from \(calls) calls replayed: \(differing.prefix(5))")
            #expect(actual.recipients == replayed.recipients)
            #expect(actual.subscribedSkus == replayed.subscribedSkus)
        }
        // The kills landed at different moments (not all before the first call or after the last).
        #expect(Set(observed).count > 1, "kills at \(observed)")
    }

    /// Two shells on one file, 1,000 changes each on the same 200 users, plus a race for scarce seats.
    @Test func twoProcessesOnOneFileLoseNoUpdate() throws {
        let binary = try #require(licenselabBinary(), "build licenselab first (swift build)")
        let dir = TemporaryDirectory()
        let path = dir.file("shared.sqlite")
        _ = try TenantStore(path: path) {
            labTenant(users: 200, units: [("STANDARDPACK", 1000), ("POWER_BI_PRO", 1000), ("EMS", 150)])
        }
        func script(_ name: String, part: String, emsOrder: String) throws -> String {
            let file = dir.file("\(name).ps1")
            try """
                foreach ($round in 0..4) {
                    foreach ($n in 0..199) {
                        $u = "u$n@contoso.onmicrosoft.com"
                        if ($round % 2 -eq 0) { Set-MsolUserLicense -UserPrincipalName $u -AddLicenses contoso:\(part) }
                        else { Set-MsolUserLicense -UserPrincipalName $u -RemoveLicenses contoso:\(part) }
                    }
                }
                foreach ($n in \(emsOrder)) {
                    Set-MsolUserLicense -UserPrincipalName "u$n@contoso.onmicrosoft.com" -AddLicenses contoso:EMS -ErrorAction SilentlyContinue
                }
                """.write(toFile: file, atomically: true, encoding: .utf8)
            return file
        }
        let a = try startLicenselab(binary, tenant: path, script: try script("a", part: "STANDARDPACK", emsOrder: "0..199"))
        let b = try startLicenselab(binary, tenant: path, script: try script("b", part: "POWER_BI_PRO", emsOrder: "199..0"))
        a.waitUntilExit()
        b.waitUntilExit()
        #expect(a.terminationStatus == 0 && b.terminationStatus == 0)
        #expect(try integrityCheck(path) == "ok")
        let t = try TenantStore(path: path).tenant
        #expect(t.indexesAreConsistent())
        func holders(_ part: String) -> Int {
            let sku = t.subscribedSku(partNumber: part)!.skuId
            return t.users.filter { u in u.records.contains { $0.skuId == sku } }.count
        }
        // Five rounds each (add, remove, add, remove, add): every user ends with both products.
        #expect(holders("STANDARDPACK") == 200)
        #expect(holders("POWER_BI_PRO") == 200)
        for part in ["STANDARDPACK", "POWER_BI_PRO"] {
            #expect(t.consumedUnits(skuId: t.subscribedSku(partNumber: part)!.skuId) == 200)
        }
        // EMS: both shells tried every user; exactly the 150 seats are taken, each by one record.
        let ems = t.subscribedSku(partNumber: "EMS")!.skuId
        #expect(holders("EMS") == 150)
        #expect(t.consumedUnits(skuId: ems) == 150)
        #expect(t.users.allSatisfy { u in u.records.filter { $0.skuId == ems }.count <= 1 })
    }

    @Test func whatIfReportsTheChangesAndLeavesTheTenantAsItWas() throws {
        let binary = try #require(licenselabBinary(), "build licenselab first (swift build)")
        let dir = TemporaryDirectory()
        let path = dir.file("t.sqlite")
        _ = try TenantStore(path: path)
        let before = try reread(path)
        let script = dir.file("change.ps1")
        try """
            Set-MsolUserLicense -UserPrincipalName hugoi@contoso.onmicrosoft.com -RemoveLicenses contoso:STANDARDPACK
            Invoke-LabGroupReprocess -GroupObjectId \(DemoTenant.Groups.e3Users.lowercasedString)
            """.write(toFile: script, atomically: true, encoding: .utf8)
        let (status, text) = try runLicenselab(binary, ["--tenant", path, "--what-if", script])
        #expect(status == 0)
        #expect(text.contains("LicenseRemoved hugoi@contoso.onmicrosoft.com STANDARDPACK"))
        #expect(text.contains("ErrorResolved  hugoi@contoso.onmicrosoft.com ENTERPRISEPACK MutuallyExclusiveViolation from group E3 Users"))
        #expect(text.contains("nothing was saved"))
        #expect(try reread(path) == before)
    }

    @Test func whatIfWritesNoFileAndListsTheFilesItWouldHaveWritten() throws {
        let binary = try #require(licenselabBinary(), "build licenselab first (swift build)")
        let dir = TemporaryDirectory()
        let backup = dir.file("backup.json")
        let old = dir.file("old.txt")
        try "yesterday's backup\n".write(toFile: backup, atomically: true, encoding: .utf8)
        try "old\n".write(toFile: old, atomically: true, encoding: .utf8)
        let script = dir.file("cleanup.ps1")
        try """
            Get-MsolUser -All | Select-Object UserPrincipalName | ConvertTo-Json | Set-Content $PSScriptRoot/backup.json
            Export-LabTenant -Path $PSScriptRoot/tenant.json
            Remove-Item $PSScriptRoot/old.txt
            (Get-Content $PSScriptRoot/backup.json -Raw | ConvertFrom-Json).Count -gt 0
            Test-Path $PSScriptRoot/old.txt
            """.write(toFile: script, atomically: true, encoding: .utf8)
        let (status, text) = try runLicenselab(binary, ["--demo", "--what-if", script])
        #expect(status == 0)
        #expect(text.hasPrefix("True\nFalse\n"))
        #expect(text.contains("Files (kept in memory; none was touched):"))
        #expect(text.contains("FileChanged \(backup)"))
        #expect(text.contains("FileCreated \(dir.file("tenant.json"))"))
        #expect(text.contains("FileDeleted \(old)"))
        #expect(try String(contentsOfFile: backup, encoding: .utf8) == "yesterday's backup\n")
        #expect(try String(contentsOfFile: old, encoding: .utf8) == "old\n")
        #expect(!FileManager.default.fileExists(atPath: dir.file("tenant.json")))
    }

    @Test func whatIfCreatesNoTenantFileAndLeavesNoJournalBeside() throws {
        let binary = try #require(licenselabBinary(), "build licenselab first (swift build)")
        let dir = TemporaryDirectory()
        let script = dir.file("noop.ps1")
        try "'ran'".write(toFile: script, atomically: true, encoding: .utf8)
        let missing = dir.file("new.sqlite")
        var (status, text) = try runLicenselab(binary, ["--tenant", missing, "--what-if", script])
        #expect(status == 0)
        #expect(text.hasPrefix("ran\n"))
        #expect(!FileManager.default.fileExists(atPath: missing))
        let existing = dir.file("t.sqlite")
        do { _ = try TenantStore(path: existing) }
        let before = try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted()
        let folderTime = try FileManager.default.attributesOfItem(atPath: dir.path)[.modificationDate] as? Date
        (status, text) = try runLicenselab(binary, ["--tenant", existing, "--what-if", script])
        #expect(status == 0)
        #expect(text.contains("No licensing changes."))
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted() == before)
        #expect(try FileManager.default.attributesOfItem(atPath: dir.path)[.modificationDate] as? Date == folderTime)
    }
}
