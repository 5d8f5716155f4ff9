# DateTime and TimeSpan arithmetic beyond their range is .NET's catchable error, never a crash
# or a silently clamped value.
function Try-It([scriptblock] $b) { try { & $b } catch { "$($_.Exception.GetType().Name): $($_.Exception.Message)" } }
$d = [datetime]'2026-06-15'
Try-It { [timespan]::MinValue.Duration() }
Try-It { [timespan]::MinValue.Negate() }
Try-It { [timespan]::MaxValue.Negate().Ticks }
Try-It { $d - [timespan]::MinValue }
Try-It { $d.Subtract([timespan]::MinValue) }
Try-It { $d - [long]::MinValue }
Try-It { $d + [timespan]::MaxValue }
Try-It { [datetime]::MaxValue + [timespan]::FromTicks(1) }
Try-It { [datetime]::MaxValue.AddTicks(1) }
Try-It { $d.AddDays(1e10) }
Try-It { $d.AddDays([double]::NaN) }
Try-It { $d.AddDays(3000000) }
Try-It { $d.AddYears(20000) }
Try-It { $d.AddYears(8000) }
Try-It { $d.AddMonths(200000) }
Try-It { $d.AddMonths(-24306) }
Try-It { $d.AddDays(1.5).ToString('yyyy-MM-dd HH:mm') }
Try-It { [timespan]::MaxValue + [timespan]::FromTicks(1) }
Try-It { [timespan]::MinValue - 1 }
Try-It { [timespan]::MaxValue.Add([timespan]::FromTicks(1)) }
Try-It { [timespan]::FromDays(-1e300) }
Try-It { [timespan]::FromHours([double]::NaN) }
Try-It { ([timespan]::FromDays(10675199)).Days }
Try-It { Get-Date -UnixTimeSeconds 922337203685 }
Try-It { (Get-Date -UnixTimeSeconds 253402300799 -AsUTC).Year }
Try-It { [datetime]::ParseExact('99999999999999999999', 'yyyyyyyyyyyyyyyyyyyy', $null) }
