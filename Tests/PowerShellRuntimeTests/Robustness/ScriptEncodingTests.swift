import Foundation
import Testing
@testable import PowerShellRuntime
import ScriptTestSupport

/// Script files are read as pwsh reads them: UTF-8, or UTF-16/UTF-32 (either byte order) when a
/// byte order mark says so; a NUL in a script is named in the error.
@Suite struct ScriptEncodingTests {
    @Test(arguments: [
        [0xEF, 0xBB, 0xBF] + Array("'hi'".utf8),
        [0xFF, 0xFE] + Array("'hi'".utf16).flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] },
        [0xFE, 0xFF] + Array("'hi'".utf16).flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] },
        [0xFF, 0xFE, 0, 0] + Array("'hi'".unicodeScalars).flatMap { [UInt8($0.value & 0xFF), 0, 0, 0] },
        [0, 0, 0xFE, 0xFF] + Array("'hi'".unicodeScalars).flatMap { [0, 0, 0, UInt8($0.value & 0xFF)] },
    ] as [[UInt8]])
    func aByteOrderMarkChoosesTheEncoding(_ bytes: [UInt8]) {
        #expect(Session.decodeScript(Data(bytes)) == "'hi'")
    }

    @Test func aNulCharacterIsNamedInTheError() {
        let r = runScript("\"a\"\u{0}\"b\"")
        #expect(r.err.contains("Unexpected token '`0'"))
    }
}
