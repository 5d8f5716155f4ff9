# [Parser]::ParseInput's tokens carry PowerShell's TokenKind and TokenFlags: keywords where the
# grammar reads them (with the Keyword flag), a command's name marked CommandName (a keyword
# used as a command keeps its kind), simple words as Identifier, other bare words as Generic,
# operators and punctuation by their own kinds.
function Show([string]$text) {
    $tks = $null; $ers = $null
    $null = [System.Management.Automation.Language.Parser]::ParseInput($text, [ref]$tks, [ref]$ers)
    "<<$text>>"
    '  ' + (($tks | ForEach-Object { "$($_.Kind)[$($_.TokenFlags)] $($_.Text)" }) -join ' | ')
}
Show 'switch (1) {default {0} "default" {1} adefault {2}}'
Show 'foreach ($i in 1..2) {$i}'
Show 'class test {hidden $a; static aMethod () {return $this.a} }'
Show 'echo default hidden in static'
Show 'default'
Show 'Get-ChildItem -Path x | % { $_.Name -ceq "a" -or $x -band 3 }'
Show 'if ($x) {} elseif ($y) {} else {}; do {} until ($z)'
Show 'begin {} process {} end {}'
Show "try {} catch {} finally {}; 'lit' + @'`nhere`n'@"
Show '$x ??= $y ?? 1; $a?.b; ${a}?[0]'
'-- the enumerations'
[System.Management.Automation.Language.TokenKind]::Variable
[int][System.Management.Automation.Language.TokenKind]::Default
[System.Management.Automation.Language.TokenFlags]::Keyword -bor [System.Management.Automation.Language.TokenFlags]::CommandName
[enum]::GetNames([System.Management.Automation.Language.TokenKind]).Count
