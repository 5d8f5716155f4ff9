try { throw "custom failure" } catch { $err = $_ }
$err.Exception.Message
$err.FullyQualifiedErrorId
$err.CategoryInfo.Category
$err.CategoryInfo.GetMessage()
$err.InvocationInfo.ScriptLineNumber
$err.TargetObject
$err.ToString()
Write-Error -Message "typed" -Category ObjectNotFound -ErrorId "Thing.NotFound" -TargetObject "t1" -ErrorAction SilentlyContinue
$e2 = $Error[0]
$e2.FullyQualifiedErrorId
$e2.CategoryInfo.GetMessage()
$Error[1].Exception.Message
try { [System.IO.File]::ReadAllText("/nonexistent/licenselab/file.txt") } catch { $_.Exception.GetType().Name }
$ex = [System.InvalidOperationException]::new("outer", [System.ArgumentException]::new("inner"))
$ex.InnerException.Message
$ex.GetBaseException().Message
