# A failing test, to show Pester's message with -Because.
Describe 'Seat count' {
    It 'fails when a seat count is wrong' {
        Connect-MgGraph -NoWelcome
        (Get-MgSubscribedSku | Where-Object SkuPartNumber -eq 'STANDARDPACK').PrepaidUnits.Enabled | Should -Be 4 -Because 'five seats were bought'
    }
}
