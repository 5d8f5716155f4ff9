# -Expand CoreOnly shows a collection as one object; Both shows the collection's own properties
# out of band, then its items.
$list = [System.Collections.Generic.List[object]]::new()
$list.Add([pscustomobject]@{ N = 1 }); $list.Add([pscustomobject]@{ N = 2 })
Format-Table -InputObject $list -Expand EnumOnly
Format-List -InputObject $list -Expand CoreOnly
Format-Table -InputObject $list -Expand Both
