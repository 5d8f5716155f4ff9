# A cast to a sized type rounds a real to even and refuses a value the type cannot hold, with
# .NET's overflow message.
function Try-It([scriptblock] $b) { try { $r = & $b; '{0} {1}' -f $r.GetType().Name, $r } catch { "error: $($_.Exception.Message) [$($_.FullyQualifiedErrorId)]" } }
Try-It { [byte]256 }
Try-It { [byte]-1 }
Try-It { [sbyte]128 }
Try-It { [int16]40000 }
Try-It { [uint16]-1 }
Try-It { [byte]'300' }
Try-It { [byte]'abc' }
Try-It { [byte]2.5 }
Try-It { [byte]3.5 }
Try-It { [sbyte]-2.5 }
Try-It { [int16]'0x10' }
Try-It { [uint64]1.5e19 }
Try-It { [bigint]2.7 }
Try-It { [bigint]-2.7 }
Try-It { [bigint]'12345678901234567890123' }
Try-It { [single]'1.5' }
Try-It { [int][byte]200 }
Try-It { [long][uint64]::MaxValue }
Try-It { [decimal][uint64]::MaxValue }
Try-It { [double]10uy }
