# Invoke-MgGraphRequest on the licensing REST paths.
Reset-LabTenant -Empty
Add-LabSubscription -SkuPartNumber EMS -Units 1
Connect-MgGraph -Scopes 'User.ReadWrite.All', 'Group.ReadWrite.All' -NoWelcome
$skus = Invoke-MgGraphRequest -Method GET -Uri 'https://graph.microsoft.com/v1.0/subscribedSkus'
$skus.value[0].skuPartNumber
$sku = $skus.value[0].skuId
$u = New-MgUser -DisplayName Q -UserPrincipalName q@contoso.onmicrosoft.com -MailNickname q -AccountEnabled -UsageLocation US -PasswordProfile @{ Password = 'Lab-Passw0rd!' }
$body = @{ addLicenses = @(@{ skuId = $sku }); removeLicenses = @() }
$r = Invoke-MgGraphRequest -Method POST -Uri "v1.0/users/$($u.Id)/assignLicense" -Body $body
$r.userPrincipalName
(Invoke-MgGraphRequest -Uri "/v1.0/users/q@contoso.onmicrosoft.com?`$select=licenseAssignmentStates").licenseAssignmentStates[0].state
$g = New-MgGroup -DisplayName G -MailEnabled:$false -MailNickname g -SecurityEnabled
Invoke-MgGraphRequest -Method POST -Uri "v1.0/groups/$($g.Id)/assignLicense" -Body ($body | ConvertTo-Json -Depth 5) | Out-Null
(Invoke-MgGraphRequest -Uri "v1.0/groups/$($g.Id)?`$select=licenseProcessingState").licenseProcessingState.state
Invoke-MgGraphRequest -Method POST -Uri "v1.0/users/$($u.Id)/reprocessLicenseAssignment" | Out-Null
@((Invoke-MgGraphRequest -Uri 'v1.0/groups?$filter=hasMembersWithLicenseErrors eq true').value).Count
try { Invoke-MgGraphRequest -Uri 'v1.0/users/nobody@contoso.onmicrosoft.com' -ErrorAction Stop } catch { $_.Exception.Message.Split([char]10)[0] }
