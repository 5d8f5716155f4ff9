# A ternary missing an operand keeps an error expression in its place, reported just after the
# operator; missing its ':' the whole is an error expression. A number glued to '?' or ':' at
# the start of a statement is a command name, as in pwsh.
foreach ($s in '$true ?', '$true ? 3', '$true ? 3 :', '$true ? :', '$true ? : 3', '$x ? 1 : 2') {
    $ers = $null
    $r = [System.Management.Automation.Language.Parser]::ParseInput($s, [ref]$null, [ref]$ers)
    $e = $r.EndBlock.Statements[0].PipelineElements[0].Expression
    $parts = if ($e -is [System.Management.Automation.Language.TernaryExpressionAst]) { " ($($e.IfTrue.GetType().Name), $($e.IfFalse.GetType().Name))" }
    "<<$s>> $($e.GetType().Name) '$($e.Extent.Text)'$parts :: " + (($ers | ForEach-Object { "$($_.ErrorId)@$($_.Extent.StartOffset)" + $(if ($_.IncompleteInput) { '+' }) }) -join ' ')
}
function 2?3:4 { 'ran 2?3:4' }
2?3:4
$r = [System.Management.Automation.Language.Parser]::ParseInput('1?2:3', [ref]$null, [ref]$null)
$r.EndBlock.Statements[0].PipelineElements[0].GetType().Name
$true ? 'yes' : 'no'
