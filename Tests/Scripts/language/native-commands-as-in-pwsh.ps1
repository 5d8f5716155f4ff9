# Native programs run as pwsh 7.4 runs them on Linux: found on $env:PATH or by path, each
# argument one argv entry, pipeline input on standard input, standard output back as strings,
# $LASTEXITCODE and $?, standard error as error records only when redirected.
$env:PATH = '/usr/bin:/bin'
'-- output is strings, one per line'
$lines = sh -c 'printf "one\ntwo\n"'
$lines.Count
$lines[1]
$lines[0].GetType().Name
'-- each argument is one argv entry; an array gives one per element'
$words = 'a b', 'c'
sh -c 'for a in "$@"; do echo "[$a]"; done' sh $words 'd e' 42 -Flag -Name:value
'-- pipeline input goes to standard input as lines'
'beta', 'alpha', 'gamma' | /usr/bin/sort -r
1..3 | sh -c 'while read n; do echo $((n * 10)); done' | ForEach-Object { $_ + 1 }
# a program that stops reading early is no error
1..50000 | head -n 1
'x' | sh -c 'exit 0'
'-- exit codes'
sh -c 'exit 3'
"LASTEXITCODE=$LASTEXITCODE ?=$?"
sh -c 'exit 0'
"LASTEXITCODE=$LASTEXITCODE ?=$?"
& '/bin/sh' -c 'echo by path'
'-- standard error: shown as it is, or records when redirected'
sh -c 'echo to-stderr >&2'
$both = sh -c 'echo out; echo err >&2' 2>&1
$both | ForEach-Object { '{0}: {1}' -f $_.GetType().Name, $_ }
($both | Where-Object { $_ -is [System.Management.Automation.ErrorRecord] }).FullyQualifiedErrorId
sh -c 'echo hidden >&2' 2>$null
'-- $PSNativeCommandUseErrorActionPreference'
$PSNativeCommandUseErrorActionPreference = $true
try { sh -c 'exit 2' -ErrorAction Stop; 'continued: -ErrorAction is an argument of sh' } catch { 'caught' }
$ErrorActionPreference = 'Stop'
try { sh -c 'exit 4'; 'not reached' } catch { $_.FullyQualifiedErrorId; $_.Exception.Message }
$ErrorActionPreference = 'Continue'
$PSNativeCommandUseErrorActionPreference = $false
'-- a missing program is still CommandNotFoundException'
try { no-such-tool-here } catch { $_.FullyQualifiedErrorId }
'-- a program that never ends stops when the pipeline needs no more'
yes | Select-Object -First 2
'-- lines arrive as the program writes them'
# (not at the end all at once: the second line comes a second after the first)
sh -c 'echo first; sleep 1; echo second' | ForEach-Object { if ($_ -eq 'first') { $seen = [datetime]::Now; $_ } else { '{0}, a second later: {1}' -f $_, (([datetime]::Now - $seen).TotalSeconds -ge 0.9) } }
'-- unquoted wildcards and ~ are expanded, as pwsh does on Linux; quoted ones are not'
$dir = Join-Path ([System.IO.Path]::GetTempPath()) "licenselab-glob-$PID"
$null = New-Item -ItemType Directory $dir
Set-Content (Join-Path $dir 'a1.log') 'x'; Set-Content (Join-Path $dir 'a2.log') 'x'
Push-Location $dir
/bin/echo *.log
/bin/echo '*.log'
/bin/echo none*.zz
(/bin/echo ~) -eq $HOME
Pop-Location
Remove-Item -Recurse $dir
