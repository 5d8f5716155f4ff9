# Conversions follow .NET's range rules: a value the target type cannot hold is an error, never a
# wrapped or truncated number.
function Try-It([scriptblock] $b) { try { & $b } catch { "error: $($_.Exception.Message)" } }
Try-It { [long]'9223372036854775808' }
Try-It { [long]'-9223372036854775809' }
Try-It { [long]'-9223372036854775808' }
Try-It { [long]9.2e18 }
Try-It { [long]9.3e18 }
Try-It { [uint32]-1 }
Try-It { [uint32]4294967296 }
Try-It { [uint32]4294967295 }
Try-It { [uint64]-1 }
Try-It { [uint64]'18446744073709551615' }
Try-It { [uint64]'18446744073709551616' }
Try-It { [decimal]1e300 }
Try-It { [int]2147483647.4 }
