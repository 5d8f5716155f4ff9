function Get-Upn {
    [CmdletBinding()]
    param([Parameter(ValueFromPipelineByPropertyName)][string]$UserPrincipalName, [Parameter(ValueFromPipelineByPropertyName)][Alias("Dept")][string]$Department)
    process { "$UserPrincipalName in $Department" }
}
[pscustomobject]@{ UserPrincipalName = "ann@contoso.com"; Dept = "Sales" }, [pscustomobject]@{ UserPrincipalName = "bob@contoso.com"; Dept = "IT" } | Get-Upn
function Add-One { param([Parameter(ValueFromPipeline)][int]$N) process { $N + 1 } }
1, "2", 3 | Add-One
function Get-ById { param([Parameter(ValueFromPipelineByPropertyName)][string]$ObjectId) process { "id=$ObjectId" } }
[pscustomobject]@{ Key = "k1" }, [pscustomobject]@{ Key = "k2" } | Get-ById -ObjectId { $_.Key.ToUpper() }
