# Pester 5's two phases: Discovery runs the Describe/Context bodies to find the tests; Run then
# runs the setup blocks and the tests, each in the scope of the blocks around it.
BeforeDiscovery {
    $regions = @('US', 'DE')
}

BeforeAll {
    Write-Host 'file BeforeAll'
    $fileLevel = 'from the file BeforeAll'
}

Describe 'Scoping' {
    $looseInDescribe = 'set while discovering'
    Write-Host 'Describe body runs during Discovery'

    BeforeAll {
        Write-Host '  Describe BeforeAll'
        $describeLevel = 'from the Describe BeforeAll'
    }
    BeforeEach { Write-Host '    BeforeEach'; $perTest = 1 }
    AfterEach { Write-Host '    AfterEach' }
    AfterAll { Write-Host '  Describe AfterAll' }

    It 'does not see variables set loosely in the Describe body' {
        $looseInDescribe | Should -BeNullOrEmpty
    }
    It 'sees the BeforeAll variables of its blocks and the file' {
        $describeLevel | Should -Be 'from the Describe BeforeAll'
        $fileLevel | Should -Be 'from the file BeforeAll'
    }
    It 'runs BeforeEach in its own scope' {
        $perTest | Should -Be 1
        $perTest = 2
    }
    It 'gets a fresh BeforeEach value' {
        $perTest | Should -Be 1
    }

    Context 'Nested' {
        BeforeAll { $contextLevel = 'context' }
        It 'sees outer and inner BeforeAll variables' {
            "$describeLevel/$contextLevel" | Should -Be 'from the Describe BeforeAll/context'
        }
    }

    Context 'Region <_>' -ForEach $regions {
        It 'runs once per region (<_>)' {
            $_ | Should -BeIn @('US', 'DE')
        }
    }

    It 'templates <name> with <count>' -TestCases @(
        @{ name = 'alpha'; count = 1 }
        @{ name = 'beta'; count = 2 }
    ) {
        $count | Should -BeGreaterThan 0
    }

    It 'is skipped' -Skip {
        throw 'never runs'
    }

    It 'can mark itself inconclusive' {
        Set-ItResult -Inconclusive -Because 'the lab has no such data'
    }
}
