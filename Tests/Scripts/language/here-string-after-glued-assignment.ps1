# Looking at the first word of a script or block (for 'using' or a named block) reads quietly:
# '$s=@"' with quotes inside the here-string is no error.
$herestr=@"
'"'
"@
$herestr
$other=@'
"'"
'@
$other
