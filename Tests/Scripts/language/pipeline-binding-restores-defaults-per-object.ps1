# Before each pipeline object binds, parameters the previous object bound return to their
# defaults: a value never leaks into an object that lacks the property.
function Show-Seat {
    param(
        [Parameter(ValueFromPipelineByPropertyName)] $User,
        [Parameter(ValueFromPipelineByPropertyName)] $Sku = 'none'
    )
    process { "$User -> $Sku (bound: $(@($PSBoundParameters.Keys | Sort-Object) -join ','))" }
}
[pscustomobject]@{ User = 'ann'; Sku = 'E3' }, [pscustomobject]@{ User = 'bob' }, [pscustomobject]@{ User = 'cy'; Sku = 'E5' } | Show-Seat
# a value given on the command line stays for every object
[pscustomobject]@{ User = 'dee' }, [pscustomobject]@{ User = 'eve' } | Show-Seat -Sku 'F1'
