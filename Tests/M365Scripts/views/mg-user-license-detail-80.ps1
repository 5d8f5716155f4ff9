# window-width: 80
# Get-MgUserLicenseDetail's table: Id SkuId SkuPartNumber.
# Page: learn.microsoft.com/powershell/module/microsoft.entra.users/get-entrauserlicensedetail (the same SDK model,
# MicrosoftGraphLicenseDetails).
Connect-MgGraph -NoWelcome
Get-MgUserLicenseDetail -UserId averyb@contoso.onmicrosoft.com
