import Testing
@testable import PowerShellSyntax

@Suite struct CommentHelpTests {
    @Test func helpBlockBeforeAFunctionIsAttachedToIt() {
        let src = """
        <#
        .SYNOPSIS
            Assigns a license.
        .DESCRIPTION
            Adds the SKU to the user.
            Second line.
        .PARAMETER UserPrincipalName
            The user to license.
        .PARAMETER Sku
            The SKU id.
        .EXAMPLE
            Set-License -UserPrincipalName a@b.com -Sku contoso:EMS
        .NOTES
            v1
        #>
        function Set-License { param($UserPrincipalName, $Sku) }
        """
        let r = Parser.parse(src)
        #expect(r.errors.isEmpty)
        guard case .functionDefinition(let f)? = r.scriptBlock.endBlock?.statements.first, let help = f.help else {
            Issue.record("no help"); return
        }
        #expect(help.synopsis == "Assigns a license.")
        #expect(help.description == "Adds the SKU to the user.\nSecond line.")
        #expect(help.parameterPairs.map(\.name) == ["UserPrincipalName", "Sku"])
        #expect(help.parameterPairs.first?.text == "The user to license.")
        #expect(help.examples == ["Set-License -UserPrincipalName a@b.com -Sku contoso:EMS"])
        #expect(help.notes == "v1")
        // Directly followed by a function, it is the function's help, not the script's.
        #expect(r.scriptBlock.help == nil)
    }

    @Test func lineCommentHelpInsideTheBodyIsAttached() {
        let src = "function Get-X {\n    # .SYNOPSIS\n    # Gets X.\n    param()\n    1\n}"
        guard case .functionDefinition(let f)? = onlyStatement(src) else { Issue.record("no function"); return }
        #expect(f.help?.synopsis == "Gets X.")
    }

    @Test func helpAtTheEndOfTheBodyIsAttached() {
        let src = "function Get-X {\n    1\n<#\n.SYNOPSIS\nAt the end.\n#>\n}"
        guard case .functionDefinition(let f)? = onlyStatement(src) else { Issue.record("no function"); return }
        #expect(f.help?.synopsis == "At the end.")
    }

    @Test func commentTwoBlankLinesAwayIsNotFunctionHelp() {
        let src = "<#\n.SYNOPSIS\nScript help.\n#>\n\n\nfunction Get-X { 1 }"
        let r = Parser.parse(src)
        guard case .functionDefinition(let f)? = r.scriptBlock.endBlock?.statements.first else { Issue.record("no function"); return }
        #expect(f.help == nil)
        #expect(r.scriptBlock.help?.synopsis == "Script help.")
    }

    @Test func ordinaryCommentsAreNotHelp() {
        guard case .functionDefinition(let f)? = onlyStatement("# just a note\nfunction Get-X { 1 }") else { Issue.record("no function"); return }
        #expect(f.help == nil)
    }

    @Test func scriptHelpBeforeParamWithBomAndRequires() {
        let src = "\u{FEFF}#Requires -Modules MSOnline\n<#\n.SYNOPSIS\nReports licenses.\n.PARAMETER Path\nWhere to write.\n#>\nparam([string]$Path)\n$Path\n"
        let r = Parser.parse(src)
        #expect(r.errors.isEmpty)
        #expect(r.scriptBlock.help?.synopsis == "Reports licenses.")
        #expect(r.scriptBlock.help?.parameterPairs.first?.name == "Path")
        #expect(r.scriptBlock.requirements.first?.values == ["MSOnline"])
        #expect(r.scriptBlock.paramBlock?.parameters.first?.name.name == "Path")
    }
}
