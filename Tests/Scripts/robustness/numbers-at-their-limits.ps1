# Values at the edge of their types give .NET's value or a catchable error, never a crash.
function Try-It([scriptblock] $b) { try { & $b } catch { "error: $($_.Exception.Message)" } }
Try-It { [long]::MinValue / -1 }                      # LongOps.Divide: a double
Try-It { [long]::MinValue % -1 }
Try-It { [math]::Abs([long]::MinValue) }
Try-It { [math]::Abs([int]::MinValue) }
Try-It { [decimal][double]::PositiveInfinity }
Try-It { [decimal]1e300 }
Try-It { [decimal]::MaxValue * 2 }
Try-It { [decimal]::MaxValue + 1 }
Try-It { 1d -lt [double]::PositiveInfinity }          # a decimal with a double compares as doubles
Try-It { 1d -eq [double]::NaN }
Try-It { (Get-Random -Minimum -9223372036854775807).GetType().Name }
Try-It { (Get-Random -Minimum ([long]::MinValue) -Maximum ([long]::MaxValue)).GetType().Name }
Try-It { New-TimeSpan -Days 10675200 }
Try-It { (New-TimeSpan -Days 10675199).Days }
Try-It { foreach ($i in [long]::MinValue..5) { } }
Try-It { -5.5d % 2 }
