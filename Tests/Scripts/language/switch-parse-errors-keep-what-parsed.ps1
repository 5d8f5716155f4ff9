# A switch statement that fails to parse becomes an ErrorStatementAst keeping what did parse:
# its options (Flags), its parenthesized value (Conditions) and its clause conditions and
# bodies in order (Bodies); the errors are PowerShell's, at its positions.
function Show([string]$text) {
    $errors = $null
    $ast = [System.Management.Automation.Language.Parser]::ParseInput($text, [ref]$null, [ref]$errors)
    $s = $ast.EndBlock.Statements[0]
    "<<$text>> $($s.GetType().Name) '$($s.Extent.Text)'"
    ($errors | ForEach-Object { "$($_.ErrorId)@$($_.Extent.StartOffset)" + $(if ($_.IncompleteInput) { '+' }) }) -join ' '
    if ($s -is [System.Management.Automation.Language.ErrorStatementAst]) {
        "  Kind=$($s.Kind.Text) Bodies=[$(($s.Bodies | ForEach-Object { $_.Extent.Text }) -join '|')] Conditions=[$(($s.Conditions | ForEach-Object { $_.Extent.Text }) -join '|')]"
        if ($s.Flags) { $s.Flags.Keys | ForEach-Object { "  flag $_ -> '$($s.Flags[$_].Item1.Text)' '$($s.Flags[$_].Item2.Extent.Text)'" } }
    }
}
Show 'switch'
Show 'switch -abc'
Show 'switch -file'
Show 'switch -file a'
Show 'switch -file a (1)'
Show 'switch ('
Show 'switch ()'
Show 'switch ("abc")  '
Show 'switch ("abc")  {'
Show 'switch ("abc")  { 1'
Show 'switch ("abc")  { 1 }'
Show 'switch (1) {foo}'
Show 'switch (1) {foo {bar}'
Show 'switch (1) {default {9} default{2}'
Show 'switch -regex -casesensitive (1) {a {1}}'
