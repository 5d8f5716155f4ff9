# Pester tests of a license-cleanup script, run against the lab's tenant: the CSV and the mail
# are mocked; Set-MgUserLicense really runs, so seats and the service's errors are real.
BeforeAll {
    Connect-MgGraph -Scopes User.ReadWrite.All, Organization.Read.All -NoWelcome
    $script = "$PSScriptRoot/Invoke-LicenseCleanup.ps1"
    function Get-E1 { Get-MgSubscribedSku | Where-Object SkuPartNumber -eq 'STANDARDPACK' }
}

Describe 'Invoke-LicenseCleanup' {
    BeforeAll {
        Mock Import-Csv {
            [pscustomobject]@{ UserPrincipalName = 'hugoi@contoso.onmicrosoft.com' }
            [pscustomobject]@{ UserPrincipalName = 'svent@contoso.onmicrosoft.com' }
        }
        Mock Send-MailMessage { }
        $waiting = 'priyaq', 'umaw', 'quentinr', 'wesy', 'liamm', 'nicoo', 'yaraz', 'olgap' | ForEach-Object { "$_@contoso.onmicrosoft.com" }
        $results = & $script -LeaversCsv 'leavers.csv' -Waiting $waiting
    }

    It 'reads the leavers from the CSV it is given' {
        Should -Invoke Import-Csv -Times 1 -Exactly -Scope Describe -ParameterFilter { $Path -eq 'leavers.csv' }
    }

    It 'frees the leavers'' direct licenses' {
        $hugo = Get-MgUser -UserId 'hugoi@contoso.onmicrosoft.com' -Property AssignedLicenses
        $hugo.AssignedLicenses.SkuId | Should -Not -Contain (Get-E1).SkuId
    }

    It 'uses every free seat and no more' {
        (Get-E1).ConsumedUnits | Should -Be (Get-E1).PrepaidUnits.Enabled
    }

    It 'reports <name> as <result>' -ForEach @(
        @{ name = 'priyaq'; result = 'Assigned' }
        @{ name = 'umaw'; result = '*invalid usage location*' }
        @{ name = 'wesy'; result = '*proxy address*already being used*' }
        @{ name = 'olgap'; result = '*does not have any available licenses*' }
    ) {
        ($results | Where-Object User -eq "$name@contoso.onmicrosoft.com").Result | Should -BeLike $result
    }

    It 'mails the licensing team once, naming each failed user' {
        Should -Invoke Send-MailMessage -Times 1 -Exactly -Scope Describe -ParameterFilter {
            $Subject -eq '3 license assignments failed' -and $Body -match 'umaw' -and $Body -match 'olgap'
        }
    }

    It 'fails when a seat count is wrong (a failing test, to show the message)' {
        (Get-E1).ConsumedUnits | Should -Be 4 -Because 'five seats were bought'
    }
}
