using namespace System.Text
$sb = [StringBuilder]::new()
[void]$sb.Append("ok")
$sb.ToString()
