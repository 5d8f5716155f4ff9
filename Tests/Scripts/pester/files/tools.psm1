$script:rate = 7
function Get-SeatCost([int] $Seats) { $Seats * (Get-Rate) }
function Get-Rate { $script:rate }
Export-ModuleMember -Function Get-SeatCost
