param([string[]] $Path)
Invoke-Pester -Path $Path -CI
