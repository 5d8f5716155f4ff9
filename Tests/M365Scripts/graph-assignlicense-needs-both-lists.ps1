# assignLicense needs both addLicenses and removeLicenses (empty arrays are fine), and at least
# one license to change: Set-MgUserLicense with only -AddLicenses fails as the service answers,
# which is why scripts write -RemoveLicenses @().
Connect-MgGraph -NoWelcome
$upn = 'priyaq@contoso.onmicrosoft.com'
$e3 = @{ SkuId = '6fd2c87f-b296-42f0-b197-1e91e994b900' }
try { Set-MgUserLicense -UserId $upn -AddLicenses $e3 -ErrorAction Stop } catch { $_.Exception.Message; $_.FullyQualifiedErrorId }
try { Set-MgUserLicense -UserId $upn -RemoveLicenses @() -ErrorAction Stop } catch { $_.Exception.Message }
try { Set-MgUserLicense -UserId $upn -AddLicenses @() -RemoveLicenses @() -ErrorAction Stop } catch { $_.Exception.Message }
try { Invoke-MgGraphRequest -Method POST -Uri "v1.0/users/$upn/assignLicense" -Body @{ addLicenses = @($e3) } } catch { ($_.ErrorDetails.Message -split "`n")[-1] | ConvertFrom-Json | ForEach-Object { $_.error.message } }
(Get-MgUserLicenseDetail -UserId $upn).SkuPartNumber.Count
Set-MgUserLicense -UserId $upn -AddLicenses $e3 -RemoveLicenses @() | Out-Null
(Get-MgUserLicenseDetail -UserId $upn).SkuPartNumber
