# Invoke-Command runs a script block here (arguments to its param() block or $args, pipeline
# input as $input); remoting is refused. Add-Type accepts assemblies by name and refuses C#.
Invoke-Command -ScriptBlock { param($n) $n * 2 } -ArgumentList 21
Invoke-Command { "args: $args" } -ArgumentList a, b
1, 2 | Invoke-Command { $input | ForEach-Object { $_ * 10 } }
$outer = 'seen'; Invoke-Command { "outer variable: $outer" }
try { Invoke-Command -ComputerName srv1 { 1 } } catch { $_.FullyQualifiedErrorId }
Add-Type -AssemblyName System.Web
'assembly accepted'
try { Add-Type -TypeDefinition 'public class Lab {}' } catch { $_.FullyQualifiedErrorId }
