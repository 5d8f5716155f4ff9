# Select-Object -Unique compares the selected objects by their text (@{a=1} vs @{a=2}), so
# projecting one property keeps every distinct value and drops only repeats.
$rows = [pscustomobject]@{ a = 1; b = 'x' }, [pscustomobject]@{ a = 2; b = 'y' }, [pscustomobject]@{ a = 1; b = 'z' }
($rows | Select-Object a -Unique).Count
$rows | Select-Object a -Unique | ForEach-Object a
# a projected object still prints as a custom object
"$($rows[0] | Select-Object a, b)"
($rows | Select-Object a, b -Unique).Count
