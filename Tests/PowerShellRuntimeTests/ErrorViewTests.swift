import Testing
import Foundation
@testable import PowerShellRuntime
import ScriptTestSupport

/// Error layouts from docs/sources.md "Error views".
@Suite("Error views")
struct ErrorViewTests {
    @Test func conciseViewOfAnInteractiveErrorIsOneLine() {
        let host = TestHost()
        let s = Session(host: host)
        _ = s.runInteractive(line: "Write-Error 'nope'")
        #expect(host.stderr == "Write-Error: nope\n")
    }

    @Test func conciseViewOfAScriptErrorShowsFileLineAndSquiggle() {
        let r = runScript("'a'\n    throw 'Oops!'\n", path: "/tmp/script.ps1")
        #expect(r.err == """
        Exception: /tmp/script.ps1:2
        Line |
           2 |      throw 'Oops!'
             |      ~~~~~~~~~~~~~
             | Oops!

        """)
    }

    @Test func normalViewHasPositionCategoryAndErrorId() {
        let r = runScript("$ErrorView = 'NormalView'\nWrite-Error 'bad thing'\n", path: "/tmp/s.ps1")
        #expect(r.err == """
        Write-Error : bad thing
        At /tmp/s.ps1:2 char:1
        + Write-Error 'bad thing'
        + ~~~~~~~~~~~~~~~~~~~~~~~
            + CategoryInfo          : NotSpecified: (:) [Write-Error], WriteErrorException
            + FullyQualifiedErrorId : Microsoft.PowerShell.Commands.WriteErrorException


        """)
    }

    @Test func categoryInfoMessageFormat() {
        let rec = ErrorRecord(exception: PSException("System.Management.Automation.ItemNotFoundException", "gone"), errorId: "PathNotFound", category: .ObjectNotFound, targetObject: .string("C:\\nofile.txt"))
        rec.categoryInfo.activity = "Get-ChildItem"
        #expect(rec.categoryInfo.getMessage() == "ObjectNotFound: (C:\\nofile.txt:String) [Get-ChildItem], ItemNotFoundException")
    }

    @Test func errorsWithoutACommandNameTheirCategoryOrException() {
        let host = TestHost()
        let s = Session(host: host)
        _ = s.runInteractive(line: "1/0")
        _ = s.runInteractive(line: "$null.Trim()")
        _ = s.runInteractive(line: "'abc'.Substring(10)")
        #expect(host.stderr == """
        RuntimeException: Attempted to divide by zero.
        InvalidOperation: You cannot call a method on a null-valued expression.
        MethodInvocationException: Exception calling "Substring" with "1" argument(s): "startIndex cannot be larger than length of string. (Parameter 'startIndex')"

        """)
    }

    @Test func commandNotFoundNamesTheCommand() {
        let host = TestHost()
        let s = Session(host: host)
        _ = s.runInteractive(line: "Get-Nothing-Here")
        #expect(host.stderr.hasPrefix("Get-Nothing-Here: The term 'Get-Nothing-Here' is not recognized"))
    }
}
