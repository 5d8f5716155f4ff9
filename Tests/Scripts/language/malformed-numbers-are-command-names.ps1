# As PowerShell's tokenizer: text without a number's shape is a generic token (a command name at
# the start of a statement, after `=` too); only a number whose value does not fit is a parse error.
foreach ($s in '16p', '1_6', '80x', '100ll', '188lu', '10_000ul', '$x = 12abc', '0xFFFFy', '500sgb', '1uykb', '1 + 16p') {
    $errors = $null
    $null = [System.Management.Automation.Language.Parser]::ParseInput($s, [ref]$null, [ref]$errors)
    '{0} => [{1}]' -f $s, ($errors.ErrorId -join ', ')
}
foreach ($s in '16p', '100ll', '$x = 12abc') {
    try { & ([scriptblock]::Create($s)) } catch { '{0}: {1}' -f $s, $_.FullyQualifiedErrorId }
}
# a real with an integer suffix rounds to even and must fit
2.5l
2.5ul
3.5y
1.5e2s
(2.5l).GetType().Name
