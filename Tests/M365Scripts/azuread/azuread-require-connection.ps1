# Before Connect-AzureAD every AzureAD cmdlet stops with AadNeedAuthenticationException, the
# exception scripts catch to decide to connect. Connect-AzureAD returns the context table.
# Pages: Azure/azure-docs-powershell-azuread azureadps-2.0/AzureAD/Connect-AzureAD.md, Disconnect-AzureAD.md
try {
    $null = Get-AzureADUser -Top 1
} catch [Microsoft.Open.Azure.AD.CommonLibrary.AadNeedAuthenticationException] {
    'not connected: ' + $_.Exception.Message
    $_.FullyQualifiedErrorId
    $_.CategoryInfo.ToString()
}
Get-AzureADSubscribedSku
'the next statement runs'
Connect-AzureAD
(Get-AzureADUser -ObjectId averyb@contoso.onmicrosoft.com).DisplayName
Disconnect-AzureAD
try { Get-AzureADGroup } catch { $_.Exception.Message }
Connect-AzureAD -AccountId 'helpdesk@contoso.onmicrosoft.com' | Select-Object -ExpandProperty Account | ForEach-Object ToString
