# -ErrorVariable collects the errors its command writes, not those of the commands after it in
# the pipeline (which run while it writes its output). [DBNull]/[NullString] are JSON's null.
function Get-Foo {
    [CmdletBinding()]
    param([Parameter(ValueFromPipeline)] [string] $foo)
    process { Write-Output $foo; Write-Error $foo }
}
(Get-Foo 'msg' -ErrorVariable e1 -OutVariable o1 | Get-Foo -ErrorVariable e2 -OutVariable o2 | Get-Foo -ErrorVariable e3 -OutVariable o3) 2>&1 > $null
"e1: $($e1.Count) e2: $($e2.Count) e3: $($e3.Count)"
"o1: $o1 o2: $o2 o3: $o3"
@{ a = $null; c = [DBNull]::Value; d = [NullString]::Value } | ConvertTo-Json -Compress
