& (Join-Path $PSScriptRoot "helpers/exit-four.ps1")
"code $LASTEXITCODE"
"parent continues"
