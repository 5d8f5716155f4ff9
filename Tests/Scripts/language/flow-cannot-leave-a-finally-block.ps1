# break, continue and return may not leave a finally block (a parse error); a loop or switch
# inside the block may take a break or continue (a labeled one only with its label), and a
# nested script block or function is its own scope.
function Show([string]$text) {
    $ers = $null
    $null = [System.Management.Automation.Language.Parser]::ParseInput($text, [ref]$null, [ref]$ers)
    "<<$text>> " + (($ers | ForEach-Object { "$($_.ErrorId)@$($_.Extent.StartOffset) '$($_.Extent.Text)'" }) -join ' ')
}
Show 'try {} finally { return }'
Show 'try {} finally { break }'
Show 'try {} finally { continue }'
Show 'try {} finally { if ($x) { return 5 } }'
Show 'foreach ($i in 1) { try {} finally { break } }'
Show 'try {} finally { foreach ($i in 1,2) { break; continue } }'
Show 'try {} finally { switch (1) { 1 { break } } }'
Show ':outer foreach ($i in 1) { try {} finally { foreach ($j in 1) { break outer } } }'
Show 'try {} finally { :inner while ($true) { break inner } }'
Show 'try {} finally { & { return 1 }; function f { return 2 } }'
Show 'try {} finally { $l = "x"; break $l }'
try { 'body' } finally { foreach ($i in 1..3) { if ($i -eq 2) { break }; "finally $i" } }
