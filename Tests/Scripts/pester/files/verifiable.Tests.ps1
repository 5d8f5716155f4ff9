Describe 'Verifiable mocks and exclusive filters' {
    It 'passes when every verifiable mock was called' {
        Mock Get-Date { 'mocked' } -Verifiable
        Get-Date | Out-Null
        Should -InvokeVerifiable
    }
    It 'fails when a verifiable mock was not called' {
        Mock Get-Date { 'mocked' } -Verifiable -ParameterFilter { $Format -eq 'yyyy' }
        Should -InvokeVerifiable
    }
    It 'passes -ExclusiveFilter when every call matches' {
        Mock Get-Random { 4 }
        Get-Random -Maximum 10 | Out-Null
        Should -Invoke Get-Random -ExclusiveFilter { $Maximum -eq 10 } -Scope It
    }
    It 'fails -ExclusiveFilter when another call was made' {
        Mock Get-Random { 4 }
        Get-Random -Maximum 10 | Out-Null
        Get-Random -Maximum 99 | Out-Null
        Should -Invoke Get-Random -ExclusiveFilter { $Maximum -eq 10 } -Scope It
    }
}
