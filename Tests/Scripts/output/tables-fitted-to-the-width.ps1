# Columns are as wide as their widest cell or label (the whole group is measured); when the table
# is wider than the line, the last column that fits is cut with an ellipsis and the ones after it
# are dropped; a label wider than its shortened column wraps within it.
$users = 1..2 | ForEach-Object {
    [pscustomobject]@{
        UserPrincipalName = "user$_@contoso.onmicrosoft.com"; DisplayName = "User Number $_"
        Department = 'Licensing operations'; UsageLocation = 'US'; Title = 'Senior license administrator'
        ObjectId = "9c3e5d20-2b4a-4c6d-8e7f-00000000000$_"
    }
}
$users | Format-Table | Out-String -Width 80
$users | Format-Table | Out-String -Width 120
$users | Format-Table UserPrincipalName, DisplayName, Title, UsageLocation | Out-String -Width 90
# Out-String -Width applies after Format-List too: long values wrap at words
[pscustomobject]@{ Note = 'Group-based licensing errors are kept on the user and found later.' } | Format-List | Out-String -Width 40
