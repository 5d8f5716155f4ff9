# Get-Help shows a function's comment-based help with a syntax line generated from its param block.
function Set-SeatCount {
    <#
    .SYNOPSIS
    Sets the seat count of a subscription.
    .DESCRIPTION
    Changes how many seats the subscription has.
    #>
    [CmdletBinding()]
    param(
        [Parameter(Mandatory)][string]$Sku,
        [int]$Seats = 1,
        [switch]$Force
    )
}
Get-Help Set-SeatCount
