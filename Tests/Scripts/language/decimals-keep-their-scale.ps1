# System.Decimal keeps its scale as .NET does: trailing zeros survive literals, text
# conversion, + and - (larger scale), * (scales add) and / (the dividend's scale, plus the
# digits an inexact quotient needs, up to 28); comparisons ignore the scale.
1.50d
[decimal]'2.10'
[decimal]'2.10' + 1
1.5d * 2
10d / 4
4.00d / 2
1d / 3
10d / 3
2.10d - 0.10d
[decimal]0.1
[decimal]5
'{0}' -f 1.50d
'{0:N1}' -f 1.55d
[math]::Round(1.555d, 2)
[math]::Round(2.50d, 1)
1.5d -eq 1.50d
(1.50d).GetType().Name
7.5d % 2
[decimal]'1.50E1'
@{ Cost = 12.50d } | ConvertTo-Json -Compress
[pscustomobject]@{ Cost = 12.50d } | ConvertTo-Csv -NoTypeInformation
$t = 0d; foreach ($c in 1.25d, 2.50d, 3.00d) { $t += $c }; $t
[decimal]::MaxValue
-1.50d
