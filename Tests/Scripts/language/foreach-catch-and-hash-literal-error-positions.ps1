# Error positions as pwsh reports them: a foreach without 'in' just after its variable, a catch
# type list ending in a comma just after the comma (and nothing more), an unclosed hash literal
# just after its '@{'.
function Show([string]$text) {
    $ers = $null
    $r = [System.Management.Automation.Language.Parser]::ParseInput($text, [ref]$null, [ref]$ers)
    "<<$text>> " + (($ers | ForEach-Object { "$($_.ErrorId)@$($_.Extent.StartOffset)" + $(if ($_.IncompleteInput) { '+' }) }) -join ' | ') + " :: '$($r.EndBlock.Statements[0].Extent.Text)'"
}
Show 'foreach ($a into'
Show ':lab foreach ($a into'
Show 'foreach ($a'
Show 'try {} catch [int],'
Show 'try {1} catch [int],[char] {2} catch'
Show '@{ a=1;b=2;c=3;'
try { throw [System.ArgumentException]'bad' } catch [System.FormatException], [System.ArgumentException] { 'caught ' + $_.Exception.GetType().Name }
