BeforeAll {
    Import-Module "$PSScriptRoot/tools.psm1" -Force
}

Describe 'TestDrive' {
    It 'is a folder of its own, reachable as $TestDrive and TestDrive:' {
        Set-Content -Path 'TestDrive:\report.csv' -Value 'UserPrincipalName'
        "$TestDrive/report.csv" | Should -Exist
        Get-Content -Path 'TestDrive:/report.csv' | Should -Be 'UserPrincipalName'
        Test-Path -Path 'TestDrive:\missing.csv' | Should -BeFalse
    }
}

Describe 'InModuleScope' {
    It 'reaches a module''s private functions and script variables' {
        InModuleScope tools { Get-Rate } | Should -Be 7
        InModuleScope tools { $script:rate } | Should -Be 7
        InModuleScope tools -Parameters @{ n = 3 } { Get-SeatCost $n } | Should -Be 21
    }
    It 'fails for a module that is not loaded' {
        { InModuleScope nosuchmodule { 1 } } | Should -Throw -ExpectedMessage "No modules named 'nosuchmodule' are currently loaded."
    }
    It 'lets a mock made inside the module replace a private function' {
        Mock Get-Rate { 100 } -ModuleName tools
        Get-SeatCost 2 | Should -Be 200
        Should -Invoke Get-Rate -ModuleName tools -Times 1 -Exactly
    }
}
