# Runs after Invoke-LicenseCleanup.Tests.ps1: each file starts from the tenant as it was when
# Invoke-Pester started, so the other file's changes are gone.
Describe 'A later test file' {
    It 'starts from the same tenant' {
        Connect-MgGraph -NoWelcome
        (Get-MgSubscribedSku | Where-Object SkuPartNumber -eq 'STANDARDPACK').ConsumedUnits | Should -Be 2
    }
    It 'can mock a Microsoft 365 cmdlet without touching the real one elsewhere' {
        Mock Set-MgUserLicense { 'mocked' }
        Set-MgUserLicense -UserId 'nobody@contoso.onmicrosoft.com' -AddLicenses @() -RemoveLicenses @() | Should -Be 'mocked'
        Should -Invoke Set-MgUserLicense -Times 1 -Exactly -Scope It -ParameterFilter { $UserId -eq 'nobody@contoso.onmicrosoft.com' }
    }
}
