import Testing
@testable import PowerShellRuntime
import ScriptTestSupport

/// Lines that must never reach the history file (issue #11's leaks, each one), and everyday lines
/// that must.
@Suite struct SensitiveHistoryTests {
    let session = Session(host: TestHost())

    @Test(arguments: [
        "ConvertTo-SecureString 'Pa55w0rd!' -AsP -Force",
        "ConvertTo-SecureString 'Pa55w0rd!' -AsPlain -Force",
        "$s = ConvertTo-SecureString -String 'hunter2' -Force -AsPlainT",
        "New-MsolUser -UserPrincipalName a@contoso.com -DisplayName A -Passw 'Hunter2!'",
        "$h = @{ Authorization = 'Bearer eyJ0eXAiOiJKV1QiLCJhbGciOi' }",
        "Invoke-RestMethod -Uri https://graph.microsoft.com/v1.0/me -Headers @{Authorization = \"Bearer $t\"}",
        "$env:GRAPH_CLIENT_KEY = 'abc123def456'",
        "$env:MY_ACCESS_TOKEN = 'abc'",
        "$env:AZURE_CLIENT_SECRET = 'abc'",
        "$env:SVC_PASSWORD = 'abc'",
        "$env:DB_PWD = 'abc'",
        "$apiKey = 'sk-123456'",
        "$clientSecret = 'x~y'",
        "$adminPwd = 'abc'",
        "$cred = [pscredential]::new('admin@contoso.com', (ConvertTo-SecureString 'x' -AsPlainText -Force))",
        "[System.Net.NetworkCredential]::new('admin', 'P@ss')",
        "$headers['Authorization'] = 'Basic YWRtaW46cGFzcw=='",
        "Connect-Thing -Tok 'abc'",
    ])
    func secretsStayOutOfTheFile(_ line: String) {
        #expect(SensitiveHistory.isSensitive(line, session: session))
    }

    @Test(arguments: [
        "Get-MsolUser -All | Where-Object { $_.IsLicensed }",
        "Set-MsolUserLicense -UserPrincipalName a@contoso.com -AddLicenses contoso:ENTERPRISEPACK",
        "foreach ($key in $h.Keys) { $key }",
        "$env:PATH = '/usr/bin'",
        "$monkey = 'banana'",
        "Get-ChildItem -Path . -Recurse",
        "$cred = Get-Credential",
        "Select-Object -ExpandProperty Licenses",
    ])
    func everydayLinesAreKept(_ line: String) {
        #expect(!SensitiveHistory.isSensitive(line, session: session))
    }

    @Test func aParameterResolvesByPrefixAgainstTheCommandsOwnParameters() {
        let md = CommandMetadata(name: "Set-Thing", parameters: [
            ParameterMetadata(name: "Path", type: "string"), ParameterMetadata(name: "Password", type: "string"),
            ParameterMetadata(name: "PassThru", type: "switch"),
        ])
        #expect(SensitiveHistory.resolve("Passw", metadata: md) == "Password")
        #expect(SensitiveHistory.resolve("PassT", metadata: md) == "PassThru")
        #expect(SensitiveHistory.resolve("pa", metadata: md) == "Password")   // ambiguous: the secret one counts
    }
}
