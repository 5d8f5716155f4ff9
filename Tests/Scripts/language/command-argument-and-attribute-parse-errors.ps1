# Command arguments: a parameter with ':' and no value is reported just after it (not as
# incomplete input), a trailing comma after an argument is a missing expression, a comma with no
# argument before it a missing argument. An attribute must qualify a variable.
function Show([string]$text) {
    $ers = $null
    $null = [System.Management.Automation.Language.Parser]::ParseInput($text, [ref]$null, [ref]$ers)
    "<<$text>> " + (($ers | ForEach-Object { "$($_.ErrorId)@$($_.Extent.StartOffset)$(if ($_.IncompleteInput) { '+' }) $($_.Message)" }) -join ' | ')
}
Show 'gcm -a:'
Show 'gcm -a: 1,'
Show 'gcm ,'
Show 'gcm a,'
Show 'gcm -a: , b'
Show '[a()][b]'
Show '[a()][b]2'
Show '[ValidateNotNull()][int]$x = 5'
function f { param([Parameter()][ValidateRange(1, 5)][int]$n) $n }
f -n:3
