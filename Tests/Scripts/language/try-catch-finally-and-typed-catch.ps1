try { throw "boom" } catch { "caught: $($_.Exception.Message)" } finally { "finally" }
try { throw [System.ArgumentNullException]::new("p") } catch [System.ArgumentException] { "argument: $($_.Exception.GetType().Name)" }
try { Get-NoSuchCommand } catch [System.Management.Automation.CommandNotFoundException] { "not found" }
try { try { throw "inner" } finally { "inner finally" } } catch { "outer caught $_" }
try { throw "x" } catch { try { throw } catch { "rethrown: $_" } }
function Test-Finally { try { return "returned" } finally { "cleanup" } }
Test-Finally
$e = try { throw "msg" } catch { $_ }
$e.GetType().FullName
$e.FullyQualifiedErrorId
$e.CategoryInfo.Category
$e.Exception.GetType().FullName
