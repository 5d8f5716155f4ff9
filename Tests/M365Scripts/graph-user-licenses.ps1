# Set-MgUserLicense (SkuId/DisabledPlans GUIDs), Get-MgUserLicenseDetail, errors, -BodyParameter.
Reset-LabTenant -Empty
Add-LabSubscription -SkuPartNumber ENTERPRISEPACK -Units 1
Connect-MgGraph -Scopes 'User.ReadWrite.All' -NoWelcome
$sku = Get-MgSubscribedSku -All | Where-Object SkuPartNumber -eq 'ENTERPRISEPACK'
$sway = ($sku.ServicePlans | Where-Object ServicePlanName -eq 'SWAY').ServicePlanId
$a = New-MgUser -DisplayName A -UserPrincipalName a@contoso.onmicrosoft.com -MailNickname a -AccountEnabled -PasswordProfile @{ Password = 'Lab-Passw0rd!' }
try { Set-MgUserLicense -UserId $a.Id -AddLicenses @{SkuId = $sku.SkuId} -RemoveLicenses @() -ErrorAction Stop } catch { $_.Exception.Message.Split([char]10)[0] }
Update-MgUser -UserId $a.Id -UsageLocation US
$r = Set-MgUserLicense -UserId $a.Id -AddLicenses @{SkuId = $sku.SkuId; DisabledPlans = @($sway)} -RemoveLicenses @()
$r.DisplayName
$d = Get-MgUserLicenseDetail -UserId a@contoso.onmicrosoft.com
$d.SkuPartNumber
($d.ServicePlans | Where-Object ServicePlanName -eq 'SWAY').ProvisioningStatus
$b = New-MgUser -DisplayName B -UserPrincipalName b@contoso.onmicrosoft.com -MailNickname b -AccountEnabled -UsageLocation US -PasswordProfile @{ Password = 'Lab-Passw0rd!' }
try { Set-MgUserLicense -UserId $b.Id -BodyParameter @{ addLicenses = @(@{ skuId = $sku.SkuId }); removeLicenses = @() } -ErrorAction Stop } catch { $_.Exception.Message.Split([char]10)[0]; $_.Exception.ErrorCode }
Set-MgUserLicense -UserId $a.Id -AddLicenses @() -RemoveLicenses @($sku.SkuId) | Out-Null
(Get-MgSubscribedSku -All).ConsumedUnits
Remove-MgUser -UserId $b.Id
@(Get-MgUser -All).Count
