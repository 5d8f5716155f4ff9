# New-MgGroup, Set-MgGroupLicense with -BodyParameter and DisabledPlans, Remove-MgGroup.
Reset-LabTenant -Empty
Add-LabSubscription -SkuPartNumber ENTERPRISEPACK -Units 2
Add-LabSubscription -SkuPartNumber WORKPLACE_ANALYTICS -Units 2
Connect-MgGraph -Scopes 'Group.ReadWrite.All', 'User.ReadWrite.All', 'Organization.Read.All' -NoWelcome
$skus = Get-MgSubscribedSku -All
$e3 = $skus | Where-Object SkuPartNumber -eq 'ENTERPRISEPACK'
$wpa = $skus | Where-Object SkuPartNumber -eq 'WORKPLACE_ANALYTICS'
$g = New-MgGroup -DisplayName 'WPA' -MailEnabled:$false -MailNickname wpa -SecurityEnabled
$g.SecurityEnabled
try { Set-MgGroupLicense -GroupId $g.Id -AddLicenses @(@{SkuId = $wpa.SkuId}) -RemoveLicenses @() -ErrorAction Stop } catch { $_.Exception.Message.Split([char]10)[0] }
$disabled = ($e3.ServicePlans | Where-Object ServicePlanName -ne 'EXCHANGE_S_ENTERPRISE').ServicePlanId
$r = Set-MgGroupLicense -GroupId $g.Id -BodyParameter @{ addLicenses = @(@{ skuId = $e3.SkuId; disabledPlans = $disabled }, @{ skuId = $wpa.SkuId }); removeLicenses = @() }
$r.DisplayName
((Get-MgGroup -GroupId $g.Id -Property AssignedLicenses).AssignedLicenses | ForEach-Object { "$($_.SkuId) $(@($_.DisabledPlans).Count)" }) -join ';'
Remove-MgGroup -GroupId $g.Id -ErrorAction SilentlyContinue
$Error[0].Exception.Message.Split([char]10)[0]
Set-MgGroupLicense -GroupId $g.Id -AddLicenses @() -RemoveLicenses @($wpa.SkuId, $e3.SkuId) | Out-Null
Remove-MgGroup -GroupId $g.Id
@(Get-MgGroup -All).Count
