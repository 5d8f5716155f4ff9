# Groups that carry licenses: a collection as a Where-Object condition, and a calculated column
# whose expression is itself a pipeline (several products render as {A, B}).
Get-MsolGroup -All | Where-Object { $_.Licenses } | Select-Object `
    DisplayName, `
    @{ Label = 'Products'; Expression = { $_.Licenses | Select-Object -ExpandProperty SkuPartNumber } }
"unlicensed groups: $(@(Get-MsolGroup -All | Where-Object { -not $_.Licenses }).DisplayName)"
