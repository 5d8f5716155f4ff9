extension PesterScript {
    /// Mock, Should -Invoke, Assert-MockCalled.
    static let mock = #"""
# Mock, Should -Invoke and Assert-MockCalled. A mocked command gets a global alias pointing to a
# proxy function with the command's parameters; aliases win over functions and cmdlets, so every
# caller reaches the proxy, which picks the newest matching behaviour that is in force where the
# call happens (a mock belongs to the block or test that defined it), records the call, and runs
# the behaviour or, when none matches, the real command.

function Get-PesterCurrentFrame {
    if ($null -eq $script:PesterRun -or $script:PesterRun.Stack.Count -eq 0) { return $null }
    $script:PesterRun.Stack[$script:PesterRun.Stack.Count - 1]
}

function Mock {
    [CmdletBinding()]
    param(
        [Parameter(Mandatory = $true, Position = 0)] [string] $CommandName,
        [Parameter(Position = 1)] [scriptblock] $MockWith = {},
        [switch] $Verifiable,
        [scriptblock] $ParameterFilter,
        [string] $ModuleName,
        [string[]] $RemoveParameterType,
        [string[]] $RemoveParameterValidation
    )
    $frame = Get-PesterCurrentFrame
    if ($null -eq $frame -or $script:PesterRun.Phase -ne 'Run') {
        throw "Mock can only be used inside It, BeforeAll, BeforeEach, AfterAll or AfterEach of a test run by Invoke-Pester."
    }
    $key = $CommandName.ToLowerInvariant()
    $hook = $script:PesterRun.MockHooks[$key]
    if ($null -eq $hook) {
        if ($ModuleName) {
            # a module's private function is found from inside the module
            $resolved = InModuleScope -ModuleName $ModuleName -ScriptBlock { param($n) Get-Command -Name $n -ErrorAction SilentlyContinue } -ArgumentList $CommandName
        }
        else {
            $resolved = Get-Command -Name $CommandName -ErrorAction SilentlyContinue
        }
        if ($null -eq $resolved) {
            $inModule = if ($ModuleName) { " in module $ModuleName" } else { '' }
            throw "Could not find Command $CommandName$inModule"
        }
        $name = $resolved.Name
        if ("$($resolved.CommandType)" -eq 'Alias') {
            $name = $resolved.ResolvedCommandName
            $resolved = Get-Command -Name $name -ErrorAction SilentlyContinue
        }
        $proxyName = "PesterMock_$name"
        $common = @('Verbose', 'Debug', 'ErrorAction', 'WarningAction', 'InformationAction', 'ProgressAction', 'ErrorVariable', 'WarningVariable',
            'InformationVariable', 'OutVariable', 'OutBuffer', 'PipelineVariable', 'WhatIf', 'Confirm')
        $paramText = foreach ($p in @($resolved.Parameters.Values)) {
            if ($common -contains $p.Name) { continue }
            $text = ''
            foreach ($setName in @($p.ParameterSets.Keys)) {
                $set = $p.ParameterSets[$setName]
                $attr = @()
                if ($setName -ne '__AllParameterSets') { $attr += "ParameterSetName = '$setName'" }
                if ($set.Position -ge 0) { $attr += "Position = $($set.Position)" }
                if ($set.ValueFromPipeline) { $attr += 'ValueFromPipeline = $true' }
                if ($set.ValueFromPipelineByPropertyName) { $attr += 'ValueFromPipelineByPropertyName = $true' }
                if ($set.ValueFromRemainingArguments) { $attr += 'ValueFromRemainingArguments = $true' }
                $text += "[Parameter($($attr -join ', '))]"
            }
            if (@($p.Aliases).Count -gt 0) { $text += "[Alias($((@($p.Aliases) | ForEach-Object { "'$_'" }) -join ', '))]" }
            if ($p.SwitchParameter) { $text += '[switch]' }
            '        ' + $text + '$' + $p.Name
        }
        $body = @"
function global:$proxyName {
    [CmdletBinding(SupportsShouldProcess = `$true)]
    param(
$(@($paramText) -join ",`n"))
    process { Invoke-PesterMockCall -CommandName '$name' -BoundParameters `$PSBoundParameters }
}
"@
        Invoke-Expression $body
        Set-Alias -Name $name -Value $proxyName -Scope Global
        # a function's default values, which parameter filters and mock bodies see (as in Pester)
        $defaults = @{}
        if ("$($resolved.CommandType)" -in 'Function', 'Filter' -and $null -ne $resolved.ScriptBlock -and $null -ne $resolved.ScriptBlock.Ast.ParamBlock) {
            foreach ($pa in $resolved.ScriptBlock.Ast.ParamBlock.Parameters) {
                if ($null -ne $pa.DefaultValue) { $defaults[$pa.Name.VariablePath.UserPath] = $pa.DefaultValue.Extent.Text }
            }
        }
        $hook = @{ CommandName = $name; ProxyName = $proxyName; Key = $key; Defaults = $defaults }
        $script:PesterRun.MockHooks[$key] = $hook
    }
    $behavior = [pscustomobject]@{
        CommandName = $hook.CommandName
        ModuleName = $ModuleName
        Filter = $ParameterFilter
        MockWith = $MockWith
        Owner = $frame
        Verifiable = [bool]$Verifiable
        Called = $false
    }
    [void]$script:PesterRun.Mocks.Add($behavior)
}

function Test-PesterParameterFilter([scriptblock] $Filter, $BoundParameters, $PipelineItem) {
    if ($null -eq $Filter) { return $true }
    $result = & {
        param($__pesterFilter, $__pesterBound)
        foreach ($__pesterKey in @($__pesterBound.Keys)) { Set-Variable -Name $__pesterKey -Value $__pesterBound[$__pesterKey] }
        Set-Variable -Name PesterBoundParameters -Value $__pesterBound
        . $__pesterFilter
    } $Filter $BoundParameters
    [bool]($result | Select-Object -Last 1)
}

function Invoke-PesterMockCall {
    param($CommandName, $BoundParameters)
    $bound = @{}
    foreach ($k in @($BoundParameters.Keys)) { $bound[$k] = $BoundParameters[$k] }
    $hook = $script:PesterRun.MockHooks[$CommandName.ToLowerInvariant()]
    $seen = $bound.Clone()
    if ($null -ne $hook -and $hook.Defaults.Count -gt 0) {
        foreach ($k in @($hook.Defaults.Keys)) {
            if (-not $seen.ContainsKey($k)) { $seen[$k] = Invoke-Expression $hook.Defaults[$k] }
        }
    }
    $stackCopy = @($script:PesterRun.Stack.ToArray())
    $active = @($script:PesterRun.Mocks | Where-Object { $_.CommandName -eq $CommandName -and $stackCopy -contains $_.Owner })
    [array]::Reverse($active)
    $chosen = $null
    foreach ($m in $active) { if ($null -ne $m.Filter -and (Test-PesterParameterFilter $m.Filter $seen)) { $chosen = $m; break } }
    if ($null -eq $chosen) { foreach ($m in $active) { if ($null -eq $m.Filter) { $chosen = $m; break } } }
    [void]$script:PesterRun.CallHistory.Add([pscustomobject]@{
        CommandName = $CommandName
        BoundParameters = $seen
        Stack = $stackCopy
        Behavior = $chosen
    })
    if ($null -ne $chosen) {
        $chosen.Called = $true
        & {
            param($__pesterMockWith, $__pesterBound, $__pesterInput)
            foreach ($__pesterKey in @($__pesterBound.Keys)) { Set-Variable -Name $__pesterKey -Value $__pesterBound[$__pesterKey] }
            Set-Variable -Name PesterBoundParameters -Value $__pesterBound
            & $__pesterMockWith
        } $chosen.MockWith $seen $null
        return
    }
    # no mock applies here: the real command runs, with the alias out of the way for that call
    Remove-Item -Path "alias:$CommandName" -Force -ErrorAction SilentlyContinue
    try {
        & $CommandName @bound
    }
    finally {
        if ($null -ne $hook) { Set-Alias -Name $CommandName -Value $hook.ProxyName -Scope Global }
    }
}

function Remove-PesterMocksOwnedBy($Owner) {
    if ($null -eq $script:PesterRun) { return }
    $keep = [System.Collections.ArrayList]::new()
    foreach ($m in $script:PesterRun.Mocks) { if (-not [object]::ReferenceEquals($m.Owner, $Owner)) { [void]$keep.Add($m) } }
    if ($keep.Count -eq $script:PesterRun.Mocks.Count) { return }
    $script:PesterRun.Mocks = $keep
    foreach ($key in @($script:PesterRun.MockHooks.Keys)) {
        $hook = $script:PesterRun.MockHooks[$key]
        if (-not ($keep | Where-Object { $_.CommandName -eq $hook.CommandName })) { Remove-PesterMockHook $hook }
    }
}

function Remove-PesterMockHook($Hook) {
    Remove-Item -Path "alias:$($Hook.CommandName)" -Force -ErrorAction SilentlyContinue
    Remove-Item -Path "function:$($Hook.ProxyName)" -Force -ErrorAction SilentlyContinue
    $script:PesterRun.MockHooks.Remove($Hook.Key)
}

function Remove-PesterAllMocks {
    if ($null -eq $script:PesterRun) { return }
    foreach ($key in @($script:PesterRun.MockHooks.Keys)) { Remove-PesterMockHook $script:PesterRun.MockHooks[$key] }
    $script:PesterRun.Mocks = [System.Collections.ArrayList]::new()
}

# The frame whose calls a -Scope counts: the current test or block, or the nearest Describe/Context.
function Get-PesterScopeFrame($Scope) {
    $stack = $script:PesterRun.Stack
    if (-not $Scope) { return $stack[$stack.Count - 1] }
    switch ($Scope) {
        'It' {
            $top = $stack[$stack.Count - 1]
            if ($top.PSObject.TypeNames -notcontains 'Pester.Test') { throw 'Assertion is placed outside of an It block, but -Scope It is specified.' }
            return $top
        }
        { $_ -in 'Describe', 'Context' } {
            for ($i = $stack.Count - 1; $i -ge 0; $i--) {
                $f = $stack[$i]
                if ($f.PSObject.TypeNames -contains 'Pester.Block' -and $f.CommandUsed -eq $Scope) { return $f }
            }
            throw "Could not find a $Scope block around this assertion."
        }
        default {
            $n = [int]$Scope
            $blocks = @($stack | Where-Object { $_.PSObject.TypeNames -contains 'Pester.Block' -and -not $_.IsRoot })
            $frame = $stack[$stack.Count - 1]
            if ($frame.PSObject.TypeNames -contains 'Pester.Test') {
                if ($n -eq 0) { return $frame }
                $n--
            }
            return $blocks[[math]::Max(0, $blocks.Count - 1 - $n)]
        }
    }
}

function Invoke-PesterInvokeCheck($CommandName, $P, [switch] $Not, $Because) {
    if ($null -eq $script:PesterRun -or $script:PesterRun.Stack.Count -eq 0) {
        throw 'Should -Invoke can only be used inside a test run by Invoke-Pester.'
    }
    $key = "$CommandName".ToLowerInvariant()
    $hook = $script:PesterRun.MockHooks[$key]
    if ($null -eq $hook) {
        $moduleText = if ($P.ModuleName) { " in module $($P.ModuleName)" } else { '' }
        throw "You did not declare a mock of the $CommandName Command$moduleText."
    }
    $resolvedName = $hook.CommandName
    $frame = Get-PesterScopeFrame $P.Scope
    $filter = if ($null -ne $P.ExclusiveFilter) { $P.ExclusiveFilter } else { $P.ParameterFilter }
    $matching = 0; $other = 0
    foreach ($call in $script:PesterRun.CallHistory) {
        if ($call.CommandName -ne $resolvedName) { continue }
        if (-not ($call.Stack -contains $frame)) { continue }
        if (Test-PesterParameterFilter $filter $call.BoundParameters) { $matching++ } else { $other++ }
    }
    $times = $P.Times
    $moduleText = if ($P.ModuleName) { " in module $($P.ModuleName)" } else { '' }
    $b = Format-PesterBecause $Because
    if ($Not) {
        if ($matching -eq $times -and ($P.Exactly -or -not $P.TimesGiven)) {
            return "Expected ${resolvedName}${moduleText} not to be called exactly $times times,$b but it was"
        }
        if ($matching -ge $times -and -not $P.Exactly) {
            return "Expected ${resolvedName}${moduleText} to be called less than $times times,$b but was called $matching times"
        }
        return
    }
    if ($matching -ne $times -and ($P.Exactly -or $times -eq 0)) {
        return "Expected ${resolvedName}${moduleText} to be called $times times exactly,$b but was called $matching times"
    }
    if ($matching -lt $times) {
        return "Expected ${resolvedName}${moduleText} to be called at least $times times,$b but was called $matching times"
    }
    if ($null -ne $P.ExclusiveFilter -and $other -gt 0) {
        return "Expected ${resolvedName}${moduleText} to only be called with with parameters matching the specified filter,$b but $other non-matching calls were made"
    }
}

function Invoke-PesterVerifiableCheck([switch] $Not, $Because) {
    $b = Format-PesterBecause $Because
    $stack = @($script:PesterRun.Stack.ToArray())
    $verifiable = @($script:PesterRun.Mocks | Where-Object { $_.Verifiable -and $stack -contains $_.Owner })
    if ($Not) {
        $called = @($verifiable | Where-Object { $_.Called })
        if ($called.Count -gt 0) {
            $lines = foreach ($m in $called) { "`n Command $($m.CommandName)$(if ($m.Filter) { " with { $(([string]$m.Filter).Trim()) }" })" }
            return "`nExpected no verifiable mocks to be called,$b but these were:$($lines -join '')"
        }
        return
    }
    $missing = @($verifiable | Where-Object { -not $_.Called })
    if ($missing.Count -gt 0) {
        $lines = foreach ($m in $missing) { "`n Command $($m.CommandName)$(if ($m.Filter) { " with { $(([string]$m.Filter).Trim()) }" })" }
        return "`nExpected all verifiable mocks to be called,$b but these were not:$($lines -join '')"
    }
}

function Assert-MockCalled {
    [CmdletBinding()]
    param(
        [Parameter(Mandatory = $true, Position = 0)] [string] $CommandName,
        [Parameter(Position = 1)] [int] $Times = 1,
        [scriptblock] $ParameterFilter = { $true },
        [scriptblock] $ExclusiveFilter,
        [string] $ModuleName,
        [string] $Scope,
        [switch] $Exactly
    )
    $p = @{ Times = $Times; TimesGiven = $PSBoundParameters.ContainsKey('Times'); Exactly = [bool]$Exactly; ParameterFilter = $ParameterFilter
        ExclusiveFilter = $ExclusiveFilter; ModuleName = $ModuleName; Scope = $Scope }
    $message = Invoke-PesterInvokeCheck $CommandName $p
    if ($message) { Write-PesterAssertionFailure $message $MyInvocation }
}

function Assert-VerifiableMock {
    [CmdletBinding()]
    param()
    $message = Invoke-PesterVerifiableCheck
    if ($message) { Write-PesterAssertionFailure $message $MyInvocation }
}
"""#
}
