$users = @(
    [pscustomobject]@{ Name = "Ann"; Licenses = @([pscustomobject]@{ AccountSkuId = "contoso:E3" }, [pscustomobject]@{ AccountSkuId = "contoso:EMS" }) }
    [pscustomobject]@{ Name = "Bob"; Licenses = @([pscustomobject]@{ AccountSkuId = "contoso:E5" }) }
)
$users.Name -join ","
$users.Licenses.AccountSkuId -join ","
$users.Name.ToUpper() -join ","
$users.Missing -eq $null
@($users.Licenses).Count
($users | Where-Object Name -eq "Bob").Licenses.AccountSkuId
