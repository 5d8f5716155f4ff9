import Foundation
import Testing
@testable import PowerShellSyntax

/// A generated 5,000-line script: it must parse cleanly. The CPU time is printed for the
/// record (run `swift build -c release --build-tests -Xswiftc -enable-testing` and
/// `swift test -c release --skip-build --filter ParseBenchmark` to see the release figure);
/// nothing here asserts on time.
@Suite struct ParseBenchmarkTests {
    static func generatedScript(lines target: Int) -> (text: String, functions: Int) {
        var lines: [String] = []
        var i = 0
        while lines.count < target {
            lines.append("function Get-Thing\(i) {")
            lines.append("    [CmdletBinding()]")
            lines.append("    param([Parameter(Mandatory)][string]$Name, [int]$Count = 3)")
            lines.append("    $result = @{ Name = $Name; Count = $Count * 2; Tags = @('a', 'b') }")
            lines.append("    foreach ($u in Get-MsolUser -All | Where-Object { $_.IsLicensed -eq $true }) {")
            lines.append("        if ($u.Licenses.AccountSkuId -contains \"contoso:ENTERPRISEPACK\") { \"$($u.DisplayName) has E3\" }")
            lines.append("        else { Write-Host \"No license for $($u.UserPrincipalName)\" -ForegroundColor Yellow }")
            lines.append("    }")
            lines.append("    $list = [System.Collections.Generic.List[string]]::new(); $list.Add('x') # comment")
            lines.append("    return $result")
            lines.append("}")
            i += 1
        }
        return (lines.joined(separator: "\n"), i)
    }

    @Test func generatedFiveThousandLineScriptParsesCleanly() {
        let (text, functions) = ParseBenchmarkTests.generatedScript(lines: 5000)
        var ts0 = timespec(), ts1 = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts0)
        let r = Parser.parse(text)
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts1)
        let ms = (Double(ts1.tv_sec - ts0.tv_sec) * 1e9 + Double(ts1.tv_nsec - ts0.tv_nsec)) / 1e6
        print("parse of \(text.split(separator: "\n").count) lines: \(ms) ms thread CPU")
        #expect(r.errors.isEmpty)
        #expect(r.scriptBlock.endBlock?.statements.count == functions)
    }
}
