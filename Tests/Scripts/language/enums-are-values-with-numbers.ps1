# An enum value is a value of its type: shown as its name, a number in arithmetic, comparisons
# and JSON; [Flags()] values combine with -bor and show every member they hold.
enum Plan { Free; Standard = 5; Premium = 10 }
[Flags()] enum Access { None = 0; Read = 1; Write = 2; Admin = 4 }
'-- names, numbers and types'
[Plan]::Standard
[int][Plan]::Standard
[Plan]::Standard.value__
[Plan]::Standard.GetType().Name
[Plan]::Standard -is [enum]
[Plan]10
[Plan]'premium'
"as text: $([Plan]::Free)"
'-- comparisons: with values, names and numbers'
[Plan]::Standard -eq 5
[Plan]::Standard -eq 'Standard'
[Plan]::Free -lt [Plan]::Premium
[Plan]::Premium, [Plan]::Free, [Plan]::Standard | Sort-Object | ForEach-Object { "$_" }
'-- flags'
$rw = [Access]::Read -bor [Access]::Write
$rw
$rw.GetType().Name
[int]$rw
$rw.HasFlag([Access]::Write)
$rw.HasFlag([Access]::Admin)
[Access]'Read, Admin'
[Access]7
($rw -band [Access]::Write) -eq [Access]::Write
'-- System.Enum'
[Enum]::GetNames([Plan]) -join ', '
[Enum]::GetValues([Access]) | ForEach-Object { '{0}={1}' -f $_, [int]$_ }
[Enum]::Parse([Plan], 'premium')
[Enum]::IsDefined([Plan], 7)
'-- JSON, hashtable keys, switch'
@{ plan = [Plan]::Premium } | ConvertTo-Json -Compress
@{ plan = [Plan]::Premium } | ConvertTo-Json -Compress -EnumsAsStrings
$seats = @{ [Plan]::Free = 100 }
$seats[[Plan]::Free]
switch ([Plan]::Standard) { 'Standard' { 'switch matched the name' } }
'-- a class property of an enum type starts at 0'
class Subscription { [Plan]$Plan; [Access]$Access }
$s = [Subscription]::new()
$s.Plan, $s.Access -join ' / '
$s.Plan = 'Premium'; $s.Plan.GetType().Name
'-- errors'
try { [Plan]'Gold' } catch { $_.Exception.Message }
try { [Plan]7 } catch { $_.Exception.Message }
try { [Plan]'Free, Standard' } catch { $_.Exception.Message }
[Plan]'Prem*'
try { [Plan]'*' } catch { $_.Exception.Message }
'-- arithmetic computes with the number; + and - give the enumeration back'
[Access]::Read + 1
$a = [Access]::Read; $a += 3; $a
[Access]::Write * 3
[Access]::Admin -band 4
