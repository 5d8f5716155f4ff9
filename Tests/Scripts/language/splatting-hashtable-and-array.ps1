function Show-Args { param($Name, $Level, [switch]$Force) "$Name/$Level/$Force" }
$p = @{ Name = "n1"; Level = "High" }
Show-Args @p
Show-Args @p -Force
$arr = "pos1", "pos2"
Show-Args @arr
$sw = @{ Force = $false; Name = "n2" }
Show-Args @sw
