# A group's products through .Licenses, with the pipeline continued at the start of the next line
# (PowerShell 7); a missing group sends $null on, which Select-Object drops (pwsh selects nothing
# from a $null input object), so nothing follows.
(Get-MsolGroup -ObjectId 9c3e5d20-2b4a-4c6d-8e7f-000000000003).Licenses
    | Select-Object SkuPartNumber
$none = $null
$none
    | Select-Object SkuPartNumber | ForEach-Object { "row with SkuPartNumber='$($_.SkuPartNumber)'" }
