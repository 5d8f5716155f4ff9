# Every Should operator's failure message, as Pester 5 prints it under -Output Normal.
$env:LICENSELAB_PESTER_FIXED_TIME = '1'
Invoke-Pester -Path "$PSScriptRoot/files/should-failures.Tests.ps1"
