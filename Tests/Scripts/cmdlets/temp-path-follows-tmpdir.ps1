# [System.IO.Path]::GetTempPath() reads $env:TMPDIR as .NET does on Unix (with a final /), so a
# script that points TMPDIR elsewhere writes its temporary files there; without it, /tmp/.
$env:TMPDIR = '/srv/lab-scratch'
[System.IO.Path]::GetTempPath()
$env:TMPDIR = '/srv/'
[System.IO.Path]::GetTempPath()
$env:TMPDIR = ''
[System.IO.Path]::GetTempPath() -eq ('/' + 'tmp/')
