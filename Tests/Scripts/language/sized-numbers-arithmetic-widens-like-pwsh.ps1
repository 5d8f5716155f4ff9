# Arithmetic runs in the wider operand's type by .NET's TypeCode order; types narrower than Int32
# compute as Int32, unsigned types stay unsigned until a negative operand or an overflow.
function Show($v) { '{0} {1}' -f $v.GetType().Name, $v }
'-- small types compute as Int32'
Show ([byte]200 + [byte]100)
Show (10y * 10y)
Show (10s - 20s)
Show (-(10uy))
'-- UInt32'
Show (10u + 5u)
Show (10u + 5)
Show (10u - 20u)
Show (10u + -5)
Show (4000000000u * 2u)
Show (10u / 4u)
Show (10u / 5u)
Show (10u + 5L)
'-- UInt64'
Show (10ul + 5)
Show ([uint64]::MaxValue + 1)
Show (10ul + -20)
Show (7ul % 4)
'-- Single computes as Double'
Show ([single]1.5 + 1)
Show ([single]1.5 * [single]2)
'-- BigInteger'
Show (10n + 5)
Show (7n / 2)
Show (-7n % 2)
Show ([bigint]::Parse('99999999999999999999') * 10)
'-- division by zero'
try { 10u / 0u } catch { $_.Exception.Message }
try { 10n / 0 } catch { $_.Exception.Message }
