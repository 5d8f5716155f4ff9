# $PSStyle holds the escape sequences; OutputRendering decides whether formatted output carries
# them: Host (terminal only, the default), PlainText (never) or Ansi (always, strings included).
# Format-Table and Format-List take -ExcludeProperty (alone it means -Property *).
$PSStyle.OutputRendering
$PSStyle.Reset -eq "`e[0m"
$PSStyle.Formatting.TableHeader -eq "`e[32;1m"
$PSStyle.Foreground.FromRgb(1, 2, 3) -replace "`e", '<ESC>'
$PSStyle.Background.BrightRed -replace "`e", '<ESC>'
$PSStyle.OutputRendering = 'Ansi'
[pscustomobject]@{ foo = 1 } | Format-Table | Out-String -Stream | ForEach-Object { $_ -replace "`e", '<ESC>' }
[pscustomobject]@{ a = 'Hello'; b = $PSStyle.Foreground.Cyan + 'world' } | Format-List | Out-String -Stream | ForEach-Object { $_ -replace "`e", '<ESC>' }
$PSStyle.OutputRendering = 'PlainText'
[pscustomobject]@{ Name = 'Test'; Age = 30; City = 'Seattle' } | Format-Table -ExcludeProperty Age
[pscustomobject]@{ Prop1 = 1; Prop2 = 2; Other = 3 } | Format-List -ExcludeProperty Prop*
# a -Property name the object does not have is left out of its list
([pscustomobject]@{ a = 1 } | Format-List -Property a, nosuch | Out-String).Trim()
