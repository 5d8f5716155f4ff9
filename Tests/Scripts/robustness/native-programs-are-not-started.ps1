# LicenseLab never starts a program (so nothing outside the shell, or outside the --what-if
# overlay, changes behind a script's back): a native command is a clear error, raised as
# CommandNotFoundException so scripts that probe for a tool with try/catch keep working.
$env:PATH = '/bin'
try { sh -c 'echo started' } catch { $_.FullyQualifiedErrorId; $_.CategoryInfo.Category; $_.Exception.GetType().FullName; $_.Exception.Message }
try { & /bin/sh -c 'echo started' } catch { $_.Exception.Message }
try { no-such-tool } catch { $_.FullyQualifiedErrorId }
sh
'after'
