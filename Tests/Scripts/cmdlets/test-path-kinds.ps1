# Test-Path on files, directories, -PathType, the env: and variable: drives.
$dir = [System.IO.Path]::GetTempPath()
Test-Path $dir
Test-Path $dir -PathType Container
Test-Path $dir -PathType Leaf
Test-Path (Join-Path $dir 'll-definitely-missing.txt')
$here = 1
Test-Path variable:here
Test-Path variable:nothere
Test-Path env:PATH
