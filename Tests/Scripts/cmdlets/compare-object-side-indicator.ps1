# Compare-Object: => only in the difference set, <= only in the reference set, == with -IncludeEqual.
Compare-Object -ReferenceObject a, b, c -DifferenceObject b, c, d
Compare-Object a, b b, c -IncludeEqual -ExcludeDifferent | ForEach-Object { "$($_.InputObject) $($_.SideIndicator)" }
$r = [pscustomobject]@{ Upn = 'ann@contoso.com' }, [pscustomobject]@{ Upn = 'bob@contoso.com' }
$d = [pscustomobject]@{ Upn = 'bob@contoso.com' }
Compare-Object $r $d -Property Upn | ForEach-Object { "$($_.Upn) $($_.SideIndicator)" }
