# Pester 6's Should-* commands, passing and failing.
Describe 'Should-* (Pester 6)' {
    It 'passes' {
        2 | Should-Be 2
        'Licensed' | Should-BeString 'licensed'
        $null | Should-BeNull
        5 | Should-BeGreaterThan 3
        'E5' | Should-HaveType ([string])
        { throw 'Not enough licenses' } | Should-Throw -ExceptionMessage 'Not enough*'
        Get-Command Get-ChildItem | Should-HaveParameter Path
    }
    It 'Should-Be' { 1 | Should-Be 2 }
    It 'Should-BeString -CaseSensitive' { 'Licensed' | Should-BeString 'licensed' -CaseSensitive }
    It 'Should-BeNull' { 'x' | Should-BeNull }
    It 'Should-BeTrue' { 'yes' | Should-BeTrue }
    It 'Should-BeGreaterThan' { 1 | Should-BeGreaterThan 3 }
    It 'Should-HaveType' { 1 | Should-HaveType ([string]) }
    It 'Should-Throw' { { 'fine' } | Should-Throw -ExceptionMessage 'Not enough*' }
    It 'Should-HaveParameter' { Get-Command Get-ChildItem | Should-HaveParameter Tenant }
    It 'Should-Invoke' {
        Mock Get-Date { }
        Should-Invoke Get-Date -Times 1
    }
}
