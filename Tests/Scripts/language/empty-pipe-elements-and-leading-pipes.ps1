# An empty pipe element is reported just after its pipe (at the pipe when nothing comes
# before it), and parsing goes on with what follows; a line starting with '|' continues the
# pipeline only when it directly follows (comment lines may come between, blank or
# whitespace-only lines may not). A stray backtick is reported after the operand it left out.
function Show([string]$text) {
    $ers = $null
    $r = [System.Management.Automation.Language.Parser]::ParseInput($text, [ref]$null, [ref]$ers)
    "<<$($text -replace "`n", '\n')>> " + (($ers | ForEach-Object { "$($_.ErrorId)@$($_.Extent.StartOffset)" + $(if ($_.IncompleteInput) { '+' }) }) -join ' ') +
        ' :: ' + (($r.EndBlock.Statements | ForEach-Object { "'$($_.Extent.Text -replace "`n", '\n')'" }) -join ', ')
}
Show '|gps'
Show 'gps|'
Show 'gps| |foreach name'
Show "'Hello' |`n`n"
Show "'Hello'`n    | # nothing`n"
Show "'Hello'`n`n    | ForEach-Object { 1 }"
Show "'Hello'`n `t `n    | ForEach-Object { 1 }"
Show "'Hello'`n    # a comment`n    | ForEach-Object { 1 }"
Show "'Hello' + ``# not a comment`n    ' world'"
'-- through [powershell]::Invoke'
$err = try { [powershell]::Create().AddScript("'Hello' |`n`n").Invoke() } catch { $_ }
$err.Exception.InnerException.GetType().Name
$err.Exception.InnerException.ErrorRecord.FullyQualifiedErrorId
'x' |
    # a comment between
    ForEach-Object { "$_ continued" }
