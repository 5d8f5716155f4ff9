# [scriptblock]::Create(text) parses the text into a script block (its param block included);
# text that does not parse throws a MethodInvocationException around a ParseException that
# says where, as pwsh does.
$double = [scriptblock]::Create('param($x) $x * 2')
& $double 21
$double.GetType().FullName
$double.Invoke(5)
try { [scriptblock]::Create('1 +') } catch {
    $_.Exception.GetType().FullName
    $_.Exception.InnerException.GetType().FullName
    $_.Exception.Message
}
