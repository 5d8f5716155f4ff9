# Add-Member picks its parameter set as pwsh does: positional arguments that fit the
# note-property sets are a note property (or several, from a hashtable); three or more are
# -MemberType -Name -Value; -TypeName alone only adds a type name. Its checks come in pwsh's order.
$o = New-Object psobject
Add-Member -InputObject $o @{ Plan = 'E3'; Seats = 5 }
"$($o.Plan) $($o.Seats)"
(Add-Member -InputObject a property Any -PassThru).property
(Add-Member -InputObject a 23 Any -PassThru).23
(Add-Member -InputObject a 8 np Any -PassThru).np
(Add-Member -InputObject a 16 sp { 1 + 1 } -PassThru).sp
('text' | Add-Member -TypeName Contoso.Label -PassThru).PSTypeNames[0]
$alias = Add-Member -InputObject a -MemberType AliasProperty -Name Cnt -Value Length -SecondValue String -PassThru
$alias.Cnt.GetType().Name
foreach ($case in @(
    { Add-Member -InputObject a -MemberType Method -Name Name },
    { Add-Member -InputObject a -MemberType NoteProperty -Name Name -Value v -SecondValue w },
    { Add-Member -InputObject a -MemberType ScriptProperty -Name Name -Value $null -SecondValue $null },
    { Add-Member -InputObject a -MemberType ScriptMethod -Name Name -Value something },
    { Add-Member -InputObject a -MemberType AliasProperty -Name Name -Value Length -SecondValue NoSuchType },
    { Add-Member -InputObject a -MemberType AnythingElse -Name Name })) {
    try { & $case } catch { $_.FullyQualifiedErrorId }
}
