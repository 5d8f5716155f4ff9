Describe 'Report' {
    It 'passes' { $true | Should -BeTrue }
    It 'fails with <thing> & "quotes"' -ForEach @{ thing = '<xml>' } { 'a' | Should -Be 'b' }
    It 'is skipped' -Skip { }
    Context 'Inner' {
        It 'passes inside' { }
    }
}
