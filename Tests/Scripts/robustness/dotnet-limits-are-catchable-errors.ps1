# Characters, strings, arrays and enums at their limits: .NET's value or its catchable error.
function Try-It([scriptblock] $b) { try { & $b } catch { "$($_.Exception.GetType().Name): $($_.Exception.Message)" } }
Try-It { [char]::ToUpper('ß') }
Try-It { [char]::ToUpper('a') }
Try-It { [char]::ToLower('İ') }
Try-It { [int][char]65535 }
Try-It { [char]65536 }
Try-It { [char]6442450951 }
Try-It { [char]-1 }
Try-It { [string]::new('ab', 3) }
Try-It { [string]::new('a', 3) }
Try-It { [string]::new('a', -1) }
Try-It { [string]::new('a', 2147483647) }
Try-It { [array]::CreateInstance([object], 2147483647) }
Try-It { [array]::CreateInstance([object], -1) }
Try-It { [array]::CreateInstance([object], 3).Count }
Try-It { enum Twice { A; a } }
Try-It { enum TooBig { A = 9223372036854775807 } }
Try-It { enum PastTheEnd { A = 2147483647; B } }
Try-It { enum Small : byte { A = 255 }; [Small]255 }
Try-It { enum Bytes : byte { A = 256 } }
Try-It { enum Fine { A = 5; B }; [Fine]6 }
