# 'using namespace Name = Alias': a missing alias, a comma or a non-name after '=' are parse
# errors at pwsh's positions; a bare '&' or '.' is MissingExpression at the operator itself.
function Show([string]$text) {
    $ers = $null
    $r = [System.Management.Automation.Language.Parser]::ParseInput($text, [ref]$null, [ref]$ers)
    "<<$($text -replace "`n", '\n')>> " + (($ers | ForEach-Object { "$($_.ErrorId)@$($_.Extent.StartOffset)-$($_.Extent.EndOffset) $($_.Message)" }) -join ' | ')
}
Show "using namespace x =`n"
Show 'using namespace x = ;'
Show 'using namespace x = ,'
Show 'using namespace x = &'
Show '&'
Show '1 | .'
$r = [System.Management.Automation.Language.Parser]::ParseInput('using namespace System.Text = Txt', [ref]$null, [ref]$null)
$r.UsingStatements[0].Name + ' = ' + $r.UsingStatements[0].Alias
