# '?.' and '?[' are operators only right after an operand (after a space '?' is the ternary's);
# after a type literal the first operator may not be an index ('[datetime]?[0]' is a ternary);
# '[1]' names no type (MissingTypename where the name should be, the '[' left unparsed);
# missing member names and indexes are reported just after their operator.
function Show([string]$text) {
    $ers = $null
    $null = [System.Management.Automation.Language.Parser]::ParseInput($text, [ref]$null, [ref]$ers)
    "<<$text>> " + (($ers | ForEach-Object { "$($_.ErrorId)@$($_.Extent.StartOffset)" }) -join ' ')
}
Show '$x ?.name'
Show '[datetime]?::now'
Show '${x}?.'
Show '[datetime]?[0]'
Show '${x} ?[1]'
Show '${x}?[]'
Show '${x}?[             ]'
Show '$x = [1]'
Show '${x}?.Length; ${x}?[0]; [int]::MaxValue; [int[]]$a = 1'
$s = 'abc'
${s}?.Length
${s}?[1]
$n = $null
${n}?.Length
$true ? 'yes' : 'no'
