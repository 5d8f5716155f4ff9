# New-AzureADUser with a PasswordProfile, and Set-AzureADUser, as documented.
# Pages: Azure/azure-docs-powershell-azuread azureadps-2.0/AzureAD/New-AzureADUser.md, Set-AzureADUser.md
Connect-AzureAD | Out-Null
# New-AzureADUser Example 1: Create a user
$PasswordProfile = New-Object -TypeName Microsoft.Open.AzureAD.Model.PasswordProfile
$PasswordProfile.Password = "Pa55w.rd-lab"
New-AzureADUser -DisplayName "New User" -PasswordProfile $PasswordProfile -UserPrincipalName "NewUser@contoso.onmicrosoft.com" -AccountEnabled $true -MailNickName "Newuser"
$PasswordProfile.PSObject.Properties.Name
# Set-AzureADUser Example 1: Update a user
$user = Get-AzureADUser -ObjectId NewUser@contoso.onmicrosoft.com
$user.DisplayName = 'YetAnotherTestUser'
Set-AzureADUser -ObjectId NewUser@contoso.onmicrosoft.com -Displayname $user.Displayname
Set-AzureADUser -ObjectId NewUser@contoso.onmicrosoft.com -UsageLocation GB -Department Sales -City London -GivenName Yet -Surname Another
Get-AzureADUser -ObjectId NewUser@contoso.onmicrosoft.com | Select-Object DisplayName, UsageLocation, Department, City, GivenName, Surname
# the same user through MSOnline and Graph
Get-MsolUser -UserPrincipalName NewUser@contoso.onmicrosoft.com | Select-Object DisplayName, Department, City, FirstName, LastName
# refusals: a usage location that is not an ISO 3166 code, a missing required property
try { Set-AzureADUser -ObjectId NewUser@contoso.onmicrosoft.com -UsageLocation UK } catch { $_.Exception.Message }
(Get-AzureADUser -ObjectId NewUser@contoso.onmicrosoft.com).UsageLocation
try { New-AzureADUser -DisplayName "No Nickname" -PasswordProfile $PasswordProfile -UserPrincipalName "nonick@contoso.onmicrosoft.com" -AccountEnabled $true } catch { $_.Exception.ErrorContent.Message.Value }
try { Set-AzureADUser -ObjectId ghost@contoso.onmicrosoft.com -Department X } catch { $_.Exception.Message.Split("`n")[0..2] }
