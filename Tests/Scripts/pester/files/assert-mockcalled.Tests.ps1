# Pester 5's Assert-MockCalled (removed in Pester 6).
Describe 'Assert-MockCalled' {
    It 'counts calls like Should -Invoke' {
        Mock Get-Date { '2026-01-01' }
        Get-Date | Should -Be '2026-01-01'
        Assert-MockCalled Get-Date -Times 1 -Exactly
    }
    It 'fails with the same message' {
        Mock Get-Date { }
        Assert-MockCalled Get-Date -Times 1 -Scope It
    }
}
