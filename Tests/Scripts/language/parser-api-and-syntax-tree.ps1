# The Parser API: [Parser]::ParseInput with tokens and errors out through [ref], the syntax tree
# as objects with PowerShell's node type names, Extent, Parent, and Find/FindAll.
$tokens = $null; $errors = $null
$text = "Get-MsolUser -All | Where-Object { `$_.IsLicensed }`n`$n = 1 + 2"
$ast = [System.Management.Automation.Language.Parser]::ParseInput($text, [ref]$tokens, [ref]$errors)
'-- the tree'
$ast.GetType().FullName
$ast.EndBlock.Statements.Count
$ast.EndBlock.Statements | ForEach-Object { $_.GetType().Name }
$pipeline = $ast.EndBlock.Statements[0]
$pipeline.PipelineElements.Count
$pipeline.PipelineElements[0].GetCommandName()
$pipeline.PipelineElements[0].CommandElements | ForEach-Object { $_.GetType().Name + ' ' + $_.Extent.Text }
$pipeline.Parent.GetType().Name
$pipeline.Parent.Parent.GetType().Name
$null -eq $pipeline.Parent.Parent.Parent
'-- extents'
$e = $ast.EndBlock.Statements[1].Extent
$e.Text
'{0}:{1}-{2}:{3} offsets {4}-{5}' -f $e.StartLineNumber, $e.StartColumnNumber, $e.EndLineNumber, $e.EndColumnNumber, $e.StartOffset, $e.EndOffset
$e.StartScriptPosition.Line
'-- FindAll and Find'
$ast.FindAll({ $args[0] -is [System.Management.Automation.Language.CommandAst] }, $true) | ForEach-Object { $_.GetCommandName() }
$ast.FindAll({ $args[0] -is [System.Management.Automation.Language.CommandAst] }, $false) | ForEach-Object { $_.GetCommandName() }
$ast.FindAll({ param($node) $node -is [System.Management.Automation.Language.VariableExpressionAst] }, $true) | ForEach-Object { $_.VariablePath }
$ast.FindAll({ param($node) $node -is [System.Management.Automation.Language.VariableExpressionAst] }, $false) | ForEach-Object { $_.VariablePath }
$ast.Find({ $args[0] -is [System.Management.Automation.Language.BinaryExpressionAst] }, $true).Extent.Text
$null -eq $ast.Find({ $args[0] -is [System.Management.Automation.Language.TryStatementAst] }, $true)
'-- tokens and errors'
$errors.Count
$tokens[0].Kind, $tokens[0].Text -join ' '
$tokens[-1].Kind
$bad = [System.Management.Automation.Language.Parser]::ParseInput('foreach ($a in', [ref]$null, [ref]$errors)
$errors | ForEach-Object { '{0} at column {1}, incomplete: {2}' -f $_.ErrorId, $_.Extent.StartColumnNumber, $_.IncompleteInput }
'-- a script block''s Ast'
$sb = { param([string]$Upn) if ($Upn) { Get-MsolUser -UserPrincipalName $Upn } }
$sb.Ast.GetType().Name
$sb.Ast.ParamBlock.Parameters[0].Name.Extent.Text
$sb.Ast.FindAll({ $args[0] -is [System.Management.Automation.Language.CommandAst] }, $true).Count
'-- [ref]$null is a reference of its own: filling it leaves $null alone'
$null = [System.Management.Automation.Language.Parser]::ParseInput('1', [ref]$null, [ref]$null)
"[$null]"
$null -eq $null
'-- the parts analysis scripts read: VariablePath, TypeName, StaticType, Members, NestedExpressions'
$tree = { [CmdletBinding()] param([string]$Upn) "hello $Upn"; $env:Path }.Ast
$tree.FindAll({ $args[0] -is [System.Management.Automation.Language.VariableExpressionAst] }, $true) | ForEach-Object { '{0} drive:{1} variable:{2}' -f $_.VariablePath.UserPath, $_.VariablePath.DriveName, $_.VariablePath.IsVariable }
$tree.ParamBlock.Attributes[0].TypeName.Name
$tree.ParamBlock.Parameters[0].StaticType.FullName
$tree.FindAll({ $args[0] -is [System.Management.Automation.Language.ExpandableStringExpressionAst] }, $true)[0].NestedExpressions.Extent.Text
$class = [System.Management.Automation.Language.Parser]::ParseInput('class Seat { [int]$Units; [void] Grow() { } }', [ref]$null, [ref]$null).EndBlock.Statements[0]
'{0} class:{1} members:{2}' -f $class.Name, $class.IsClass, (($class.Members | ForEach-Object { $_.GetType().Name }) -join ',')
