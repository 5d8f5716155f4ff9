# [ushort] is PowerShell's accelerator for System.UInt16, range-checked like [uint16].
[ushort]65535
[ushort]'12'
try { [ushort]70000 } catch { $_.Exception.Message }
try { [ushort]-1 } catch { $_.Exception.Message }
[ushort].FullName
