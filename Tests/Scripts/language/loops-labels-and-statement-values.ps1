$i = 0
do { $i++ } while ($i -lt 5)
$i
do { $i-- } until ($i -le 2)
$i
for ($j = 0; $j -lt 6; $j += 2) { "j=$j" }
:outer foreach ($a in 1..3) { foreach ($b in 1..3) { if ($b -eq 2) { continue outer }; if ($a -eq 3) { break outer }; "$a$b" } }
$squares = foreach ($n in 1..3) { $n * $n }
$squares -join ","
$label = if ($i -gt 1) { "big" } else { "small" }
$label
$sum = 0; 1..5 | ForEach-Object { $sum += $_ }; $sum
while ($true) { if (++$i -ge 5) { break } }
$i
