# -GroupBy starts a new group (after an empty line) when the key changes; keys compare without
# case; an object without the property stays in the current group, and a first object without it
# opens a group with no header (FormatGroupManager.UpdateGroupingKeyValue).
[pscustomobject]@{ N = 1; Dept = 'Sales' }, [pscustomobject]@{ N = 2 }, [pscustomobject]@{ N = 3; Dept = 'SALES' },
    [pscustomobject]@{ N = 4; Dept = 'IT' } | Format-Table N -GroupBy Dept
[pscustomobject]@{ N = 1 } | Format-Table -GroupBy Missing
