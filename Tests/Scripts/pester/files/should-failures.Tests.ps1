# One failing assertion per Should operator: each prints Pester 5's failure message.
Describe 'Should failures' {
    It 'Be' { 1 | Should -Be 2 }
    It 'Be with strings' { 'licensed' | Should -Be 'Licensed!' }
    It 'Be with collections' { @(1, 2, 3) | Should -Be @(1, 5, 3) }
    It 'Be with -Because' { $null | Should -Be 'E5' -Because 'every user needs a product' }
    It 'Not Be' { 3 | Should -Not -Be 3 }
    It 'BeExactly' { 'abc' | Should -BeExactly 'ABC' }
    It 'BeNullOrEmpty' { 'x' | Should -BeNullOrEmpty }
    It 'Not BeNullOrEmpty' { @() | Should -Not -BeNullOrEmpty }
    It 'BeOfType' { 'text' | Should -BeOfType [int] }
    It 'BeTrue' { $false | Should -BeTrue }
    It 'BeFalse' { 1 | Should -BeFalse }
    It 'Match' { 'ENTERPRISEPACK' | Should -Match '^SPE_' }
    It 'MatchExactly' { 'abc' | Should -MatchExactly 'B' }
    It 'BeLike' { 'contoso:EMS' | Should -BeLike '*:ENTERPRISE*' }
    It 'BeLikeExactly' { 'abc' | Should -BeLikeExactly 'A*' }
    It 'HaveCount' { @(1, 2) | Should -HaveCount 3 }
    It 'Contain' { @('E3', 'EMS') | Should -Contain 'E5' }
    It 'BeIn' { 'E5' | Should -BeIn @('E3', 'EMS') }
    It 'BeGreaterThan' { 2 | Should -BeGreaterThan 5 }
    It 'BeLessThan' { 9 | Should -BeLessThan 5 }
    It 'BeGreaterOrEqual' { 2 | Should -BeGreaterOrEqual 5 }
    It 'BeLessOrEqual' { 9 | Should -BeLessOrEqual 5 }
    It 'Throw with no exception' { { 'fine' } | Should -Throw }
    It 'Throw with another message' { { throw 'Seats exhausted' } | Should -Throw -ExpectedMessage 'Not enough*' }
    It 'Not Throw' { { throw 'boom' } | Should -Not -Throw }
    It 'Exist' {
        Set-Location $TestDrive
        'missing.txt' | Should -Exist
    }
    It 'FileContentMatch' {
        Set-Location $TestDrive
        Set-Content -Path log.txt -Value 'assigned E3'
        'log.txt' | Should -FileContentMatch 'E5'
    }
    It 'HaveParameter' { Get-Command Get-ChildItem | Should -HaveParameter Tenant }
    It 'passes every operator that holds' {
        1 | Should -Be 1
        'a' | Should -BeExactly 'a'
        $null | Should -BeNullOrEmpty
        5 | Should -BeOfType [int]
        $true | Should -BeTrue
        '' | Should -BeFalse
        'abc' | Should -Match 'B'
        'abc' | Should -BeLike 'A*'
        @(1, 2, 3) | Should -HaveCount 3
        @(1, 2, 3) | Should -Contain 2
        2 | Should -BeIn 1, 2
        3 | Should -BeGreaterThan 2
        3 | Should -BeLessOrEqual 3
        { throw 'Not enough licenses' } | Should -Throw -ExpectedMessage 'Not enough*'
        { throw 'x' } | Should -Throw -ErrorId 'x'
        $err = { throw 'kept' } | Should -Throw -PassThru
        $err.Exception.Message | Should -Be 'kept'
        Set-Content -Path "$TestDrive/a.txt" -Value 'hello'
        "$TestDrive/a.txt" | Should -Exist
        "$TestDrive/a.txt" | Should -FileContentMatch 'ell'
        "$TestDrive/a.txt" | Should -FileContentMatchExactly 'hello'
        Get-Command Get-ChildItem | Should -HaveParameter Path
    }
}
