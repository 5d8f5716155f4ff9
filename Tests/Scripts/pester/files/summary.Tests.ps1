# Two passing tests, one failing, one skipped, and a block whose BeforeAll fails.
Describe 'Counted' {
    It 'passes' { $true | Should -BeTrue }
    It 'passes too' { 1 + 1 | Should -Be 2 }
    It 'fails' { 1 + 1 | Should -Be 3 }
    It 'is skipped' -Skip { }
}
Describe 'Broken setup' {
    BeforeAll { throw 'The tenant could not be prepared.' }
    It 'never runs' { $true | Should -BeTrue }
}
