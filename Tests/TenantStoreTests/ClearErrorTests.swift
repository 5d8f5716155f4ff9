import Foundation
import Licensing
import Testing
@testable import TenantStore

/// Errors that name what is really wrong (issue #11's unclear ones).
@Suite struct ClearErrorTests {
    @Test func aTenantFileNestedTooDeepSaysSo() throws {
        let deep = "{\"name\":\"x\",\"users\":" + String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000) + "}"
        #expect { _ = try TenantFile.read(Data(deep.utf8)) } throws: { error in
            "\(error)".contains("nested at most 256 levels deep") && "\(error)".contains("100001 levels deep")
        }
    }

    @Test func aNumberTooLargeIsShownAsWritten() throws {
        let tenant = TenantFile.export(DemoTenant.makeEmpty(clock: .fixed(fixedDate)))
        var json = try #require(try JSONSerialization.jsonObject(with: Data(tenant.utf8)) as? [String: Any])
        json["subscriptions"] = [["skuPartNumber": "EMS", "enabledUnits": 0]]
        var text = String(data: try JSONSerialization.data(withJSONObject: json), encoding: .utf8) ?? ""
        text = text.replacingOccurrences(of: "\"enabledUnits\":0", with: "\"enabledUnits\":9223372036854775807")
        #expect { _ = try TenantFile.read(Data(text.utf8)) } throws: { error in
            "\(error)".contains("from 0 to 2147483647") && "\(error)".contains("found 9223372036854775807")
        }
    }

    @Test func anEmptyTenantPathOnTheCommandLineIsNamed() throws {
        guard let binary = licenselabBinary() else { return }
        let p = Process()
        p.executableURL = URL(fileURLWithPath: binary)
        p.arguments = ["--tenant", "", "-c", "1"]
        let err = Pipe()
        p.standardError = err
        p.standardOutput = FileHandle.nullDevice
        try p.run()
        p.waitUntilExit()
        let text = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        #expect(p.terminationStatus != 0)
        #expect(text.contains("--tenant needs the path of a tenant file; it was given an empty one."))
    }
}

@Suite struct ImportTargetTests {
    @Test func aFolderADeviceAndAnEmptyFileAreNamedForWhatTheyAre() throws {
        let dir = TemporaryDirectory()
        let s = try StoredSession(dir.file("t.sqlite"))
        s.run("Import-LabTenant -Path '\(dir.path)'")
        #expect(s.host.stderr.contains("is a folder"))
        s.host.stderr = ""
        s.run("Import-LabTenant -Path /dev/null")
        #expect(s.host.stderr.contains("'/dev/null' is empty"))
    }
}
