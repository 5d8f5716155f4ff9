# Parse errors of data sections and parameter lists at PowerShell's positions: a wrong data
# option or a missing command name ends the statement (what follows is the next statement);
# a parameter list stops where no parameter starts and then wants its ')'; duplicate and
# splatted parameters are reported; a statement that failed needs no separator before the next.
function Show([string]$text) {
    $ers = $null
    $r = [System.Management.Automation.Language.Parser]::ParseInput($text, [ref]$null, [ref]$ers)
    $st = $r.EndBlock.Statements
    "<<$text>> " + (($ers | ForEach-Object { "$($_.ErrorId)@$($_.Extent.StartOffset)" }) -join ' ') +
        ' :: ' + (($st | ForEach-Object { "$($_.GetType().Name) '$($_.Extent.Text)'" }) -join ', ')
}
Show 'data'
Show 'data foo'
Show 'data -abc foo {}'
Show 'data -abc & {}'
Show 'data -s & {}'
Show 'data -s ) {}'
Show 'data -sup a,'
Show 'data -sup a,b'
Show 'data x -SupportedCommand a, b { "in data" }'
Show 'function foo('
Show 'function foo {param(}'
Show 'function f { param($a,[int]$a) }'
Show 'function f($a,[int]$A){}'
Show 'function foo (@a) {}'
Show 'foreach (@a in $b) {}'
Show 'function foo($a,)'
Show 'function foo([int])'
Show 'function foo($a = )'
Show 'function foo($a 1'
