# [System.Management.Automation.LanguagePrimitives]::ConvertTo converts as a cast does (a double to
# 15 digits); a failed conversion is a MethodInvocationException around the PSInvalidCastException.
[System.Management.Automation.LanguagePrimitives]::ConvertTo(1.1*3, [string])
[System.Management.Automation.LanguagePrimitives]::ConvertTo("42", [int]) + 1
[System.Management.Automation.LanguagePrimitives]::IsTrue(@())
try { [System.Management.Automation.LanguagePrimitives]::ConvertTo("x", [int]) } catch { $_.Exception.InnerException.GetType().Name; $_.Exception.Message }
