# Mocks belong to the block or test that made them; Should -Invoke counts the calls made where
# it is asked (the current test, or the whole block).
BeforeAll {
    function Send-Notice([string] $To, [string] $Text) { "sent '$Text' to $To" }
    function Get-Recipient { @('ann@contoso.com', 'bob@contoso.com', 'cy@fabrikam.com') }
    function Get-Quota { param([string] $Sku = 'E3') "real quota of $Sku" }
    function Invoke-Notices {
        foreach ($r in Get-Recipient) { $null = Send-Notice -To $r -Text 'seat removed' }
    }
}

Describe 'Mock' {
    BeforeAll {
        Mock Send-Notice { "mocked notice to $To" }
    }

    It 'replaces a function for every test of the block' {
        Send-Notice -To 'ann@contoso.com' | Should -Be 'mocked notice to ann@contoso.com'
    }

    It 'counts the calls of this test with -Scope It' {
        Invoke-Notices
        Should -Invoke Send-Notice -Times 3 -Exactly -Scope It
        Should -Invoke Send-Notice -Times 2 -Exactly -Scope It -ParameterFilter { $To -like '*@contoso.com' }
        Should -Not -Invoke Send-Notice -Scope It -ParameterFilter { $To -eq 'nobody@contoso.com' }
    }

    It 'counts the calls of the whole Describe with -Scope Describe' {
        Should -Invoke Send-Notice -Times 4 -Exactly -Scope Describe
    }

    It 'uses the newest mock whose filter matches, else the default mock' {
        Mock Get-Recipient { 'only@contoso.com' }
        Mock Send-Notice { 'filtered' } -ParameterFilter { $To -eq 'only@contoso.com' }
        Get-Recipient | Should -Be 'only@contoso.com'
        Send-Notice -To 'only@contoso.com' | Should -Be 'filtered'
        Send-Notice -To 'other@contoso.com' | Should -Be 'mocked notice to other@contoso.com'
    }

    It 'lets the real command run when no filter matches and there is no default mock' {
        Mock Get-Recipient { 'filtered' } -ParameterFilter { $false }
        @(Get-Recipient) | Should -HaveCount 3
    }

    It 'gives parameter filters the function''s default values' {
        Mock Get-Quota { "mocked quota of $Sku" } -ParameterFilter { $Sku -eq 'E3' }
        Get-Quota | Should -Be 'mocked quota of E3'
        Get-Quota -Sku E5 | Should -Be 'real quota of E5'
        Should -Invoke Get-Quota -Times 1 -Exactly -Scope It -ParameterFilter { $Sku -eq 'E3' }
    }

    It 'fails when the calls are not what was expected' {
        Send-Notice -To 'ann@contoso.com'
        Should -Invoke Send-Notice -Times 2 -Exactly -Scope It
    }

    It 'fails Should -Not -Invoke when the command was called' {
        Send-Notice -To 'ann@contoso.com'
        Should -Not -Invoke Send-Notice -Scope It
    }

    It 'fails Should -Invoke at least' {
        Mock Get-Recipient { }
        Should -Invoke Get-Recipient -Times 1 -Scope It
    }

    It 'fails Should -Invoke of a command that has no mock' {
        Should -Invoke Get-Date
    }
}

Describe 'After the Describe' {
    It 'runs the real function again: the mock ended with its block' {
        Send-Notice -To 'ann@contoso.com' -Text 'hi' | Should -Be "sent 'hi' to ann@contoso.com"
    }
}
