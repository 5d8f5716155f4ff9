# An array type may have at most 32 dimensions: more is reported over the commas, its ']' is
# taken, and a missing closing ']' of the type literal is reported where it should be.
$commas = ',' * 32
foreach ($s in ("[int[$commas"), ("[int[$commas]"), ("[int[$commas]]"), '[int[,,]]', '[int[]]') {
    $e = $null
    $null = [System.Management.Automation.Language.Parser]::ParseInput($s, [ref]$null, [ref]$e)
    "<<$s>> " + (($e | ForEach-Object { "$($_.ErrorId)@$($_.Extent.StartOffset)-$($_.Extent.EndOffset)" }) -join ' | ')
}
