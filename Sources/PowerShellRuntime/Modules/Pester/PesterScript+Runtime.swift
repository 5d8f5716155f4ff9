extension PesterScript {
    /// Discovery and Run: Describe/Context/It, setup blocks, output.
    static let runtime = #"""
# LicenseLab's built-in Pester: the Discovery/Run runtime (Describe, It, setup blocks, Invoke-Pester).
# Written for LicenseLab from Pester 5's documented behaviour. The functions of this module run in
# their caller's scope (so a test's blocks see the variables of the blocks around them) while
# `$script:` is the module's own state.

$script:PesterRun = $null

function New-PesterBlockObject {
    param($Name, $CommandUsed, $ScriptBlock, $Tag, $Skip, $Data, $Parent, $File)
    $path = if ($null -eq $Parent -or $Parent.IsRoot) { @($Name) } else { @($Parent.Path) + $Name }
    [pscustomobject]@{
        PSTypeName   = 'Pester.Block'
        Name         = $Name
        ExpandedName = $Name
        Path         = [string[]]$path
        ExpandedPath = ($path -join '.')
        CommandUsed  = $CommandUsed
        ScriptBlock  = $ScriptBlock
        Tag          = @($Tag)
        Skip         = [bool]$Skip
        Data         = $Data
        Parent       = $Parent
        IsRoot       = $false
        Items        = [System.Collections.ArrayList]::new()
        Blocks       = [System.Collections.ArrayList]::new()
        Tests        = [System.Collections.ArrayList]::new()
        BeforeAll    = [System.Collections.ArrayList]::new()
        AfterAll     = [System.Collections.ArrayList]::new()
        BeforeEach   = [System.Collections.ArrayList]::new()
        AfterEach    = [System.Collections.ArrayList]::new()
        Result       = 'NotRun'
        Passed       = $false
        ErrorRecord  = [System.Collections.ArrayList]::new()
        Duration     = [timespan]::Zero
        ShouldRun    = $false
        Executed     = $false
        File         = $File
        StartLine    = 0
        First        = $false
        WrittenToScreen = $false
        FailureLocation = $null
    }
}

function New-PesterTestObject {
    param($Name, $ScriptBlock, $Tag, $Skip, $Data, $Block, $Line)
    [pscustomobject]@{
        PSTypeName        = 'Pester.Test'
        Name              = $Name
        ExpandedName      = $Name
        Path              = [string[]](@($Block.Path) + $Name)
        ExpandedPath      = ''
        ScriptBlock       = $ScriptBlock
        Tag               = @($Tag)
        Skip              = [bool]$Skip
        Data              = $Data
        Block             = $Block
        Result            = 'NotRun'
        Passed            = $false
        Skipped           = $false
        Executed          = $false
        ShouldRun         = $false
        ErrorRecord       = [System.Collections.ArrayList]::new()
        FailureMessage    = $null
        StackTrace        = $null
        Duration          = [timespan]::Zero
        UserDuration      = [timespan]::Zero
        FrameworkDuration = [timespan]::Zero
        StartLine         = $Line
        First             = $false
        Failures          = [System.Collections.ArrayList]::new()
        ResultMessage     = $null
        HasData           = $false
    }
}

function Assert-PesterInBlock([string] $Command) {
    if ($null -eq $script:PesterRun -or $null -eq $script:PesterRun.CurrentBlock) {
        throw "The $Command command may only be used inside a Describe block."
    }
}

# Expands <name>, <_> and <name.Property> from the variables in scope (or the data given).
function Expand-PesterName([string] $Name, $Data) {
    if ($Name -notmatch '<') { return $Name }
    $sb = [System.Text.StringBuilder]::new()
    $rest = $Name
    while ($rest -match '^(?<pre>[^<]*)<(?<expr>[^<>]+)>(?<post>.*)$') {
        $pre = $Matches['pre']; $expr = $Matches['expr']; $post = $Matches['post']
        [void]$sb.Append($pre)
        $parts = $expr.Split('.')
        $varName = $parts[0]
        $value = $null
        $found = $false
        if ($null -ne $Data -and $Data -is [System.Collections.IDictionary] -and $Data.Contains($varName)) { $value = $Data[$varName]; $found = $true }
        elseif ($varName -eq '_' -and $null -ne $Data) { $value = $Data; $found = $true }
        else {
            $v = Get-Variable -Name $varName -ErrorAction Ignore
            if ($null -ne $v) { $value = $v.Value; $found = $true }
        }
        if ($found) {
            for ($i = 1; $i -lt $parts.Count; $i++) { if ($null -ne $value) { $value = $value.($parts[$i]) } }
            [void]$sb.Append("$value")
        }
        else {
            [void]$sb.Append("<$expr>")
        }
        $rest = $post
    }
    [void]$sb.Append($rest)
    $sb.ToString()
}

function Get-PesterDataItems($ForEach) {
    if ($null -eq $ForEach) { return ,@() }
    ,@($ForEach)
}

function Describe {
    [CmdletBinding()]
    param(
        [Parameter(Mandatory = $true, Position = 0)] [string] $Name,
        [Alias('Tags')] [string[]] $Tag = @(),
        [Parameter(Position = 1)] [ValidateNotNull()] [ScriptBlock] $Fixture,
        [switch] $Skip,
        [Alias('TestCases')] [object[]] $ForEach
    )
    Invoke-PesterBlockDiscovery -Name $Name -CommandUsed 'Describe' -Tag $Tag -Fixture $Fixture -Skip:$Skip -ForEach $ForEach -HasData:($PSBoundParameters.ContainsKey('ForEach')) -Line $MyInvocation.ScriptLineNumber
}

function Context {
    [CmdletBinding()]
    param(
        [Parameter(Mandatory = $true, Position = 0)] [string] $Name,
        [Alias('Tags')] [string[]] $Tag = @(),
        [Parameter(Position = 1)] [ValidateNotNull()] [ScriptBlock] $Fixture,
        [switch] $Skip,
        [Alias('TestCases')] [object[]] $ForEach
    )
    Invoke-PesterBlockDiscovery -Name $Name -CommandUsed 'Context' -Tag $Tag -Fixture $Fixture -Skip:$Skip -ForEach $ForEach -HasData:($PSBoundParameters.ContainsKey('ForEach')) -Line $MyInvocation.ScriptLineNumber
}

function Invoke-PesterBlockDiscovery($Name, $CommandUsed, $Tag, $Fixture, [switch] $Skip, $ForEach, [switch] $HasData, $Line) {
    if ($null -eq $script:PesterRun -or $script:PesterRun.Phase -ne 'Discovery') {
        throw "$CommandUsed '$Name' can only run inside Invoke-Pester. Run the file with Invoke-Pester -Path."
    }
    if ($null -eq $Fixture) {
        throw "No test script block is provided. (Have you put the open curly brace on the next line?)"
    }
    if ($HasData -and @($ForEach).Count -eq 0 -and $script:PesterVersion -ne '5.7.1') {
        throw "Value can not be null or empty array. If this is expected, use -AllowNullOrEmptyForEach."
    }
    $items = @($null)
    if ($HasData) { $items = @($ForEach) }
    foreach ($item in $items) {
        $parent = $script:PesterRun.CurrentBlock
        $block = New-PesterBlockObject -Name $Name -CommandUsed $CommandUsed -ScriptBlock $Fixture -Tag $Tag -Skip ($Skip -or $parent.Skip) -Data $item -Parent $parent -File $script:PesterRun.CurrentFile
        $block.StartLine = $Line
        if ($HasData) {
            $block.ExpandedName = Expand-PesterName $Name $item
            $block.Path = [string[]]$(if ($parent.IsRoot) { @($block.ExpandedName) } else { @($parent.Path) + $block.ExpandedName })
            $block.ExpandedPath = $block.Path -join '.'
        }
        [void]$parent.Items.Add($block)
        [void]$parent.Blocks.Add($block)
        $script:PesterRun.CurrentBlock = $block
        try {
            & {
                param($__pesterBody, $__pesterData, $__pesterHasData)
                if ($__pesterHasData) {
                    Set-Variable -Name _ -Value $__pesterData
                    if ($__pesterData -is [System.Collections.IDictionary]) {
                        foreach ($__pesterKey in @($__pesterData.Keys)) { Set-Variable -Name $__pesterKey -Value $__pesterData[$__pesterKey] }
                    }
                }
                $null = & $__pesterBody
            } $Fixture $item $HasData
        }
        catch {
            $script:PesterRun.CurrentBlock = $parent
            throw
        }
        $script:PesterRun.CurrentBlock = $parent
    }
}

function It {
    [CmdletBinding(DefaultParameterSetName = 'Normal')]
    param(
        [Parameter(Mandatory = $true, Position = 0)] [string] $Name,
        [Parameter(Position = 1)] [ScriptBlock] $Test,
        [Alias('TestCases')] [object[]] $ForEach,
        [Alias('Tags')] [string[]] $Tag = @(),
        [switch] $Skip,
        [switch] $Pending
    )
    if ($null -eq $script:PesterRun -or $script:PesterRun.Phase -ne 'Discovery') {
        throw "It '$Name' can only run inside Invoke-Pester. Run the file with Invoke-Pester -Path."
    }
    Assert-PesterInBlock 'It'
    $block = $script:PesterRun.CurrentBlock
    if ($null -eq $Test) {
        if ($Pending -or $Skip) { $Test = {} } else { throw "No test script block is provided. (Have you put the open curly brace on the next line?)" }
    }
    $hasData = $PSBoundParameters.ContainsKey('ForEach')
    if ($hasData -and @($ForEach).Count -eq 0 -and $script:PesterVersion -ne '5.7.1') {
        throw "Value can not be null or empty array. If this is expected, use -AllowNullOrEmptyForEach."
    }
    $items = @($null)
    if ($hasData) { $items = @($ForEach) }
    foreach ($item in $items) {
        $t = New-PesterTestObject -Name $Name -ScriptBlock $Test -Tag $Tag -Skip ($Skip -or $Pending -or $block.Skip) -Data $item -Block $block -Line $MyInvocation.ScriptLineNumber
        $t.HasData = $hasData
        $t.ExpandedName = Expand-PesterName $Name $item
        $t.ExpandedPath = (@($block.Path) + $t.ExpandedName) -join '.'
        [void]$block.Items.Add($t)
        [void]$block.Tests.Add($t)
    }
}

# Runs at once, during Discovery; what it sets is visible to the rest of the file (or block).
function BeforeDiscovery {
    param([Parameter(Mandatory = $true, Position = 0)] [ScriptBlock] $ScriptBlock)
    $__pesterBefore = @(Get-Variable -Scope 0 | ForEach-Object Name)
    . $ScriptBlock
    foreach ($__pesterVariable in @(Get-Variable -Scope 0)) {
        if ($__pesterBefore -notcontains $__pesterVariable.Name -and $__pesterVariable.Name -notlike '__pester*') {
            Set-Variable -Name $__pesterVariable.Name -Value $__pesterVariable.Value -Scope 1
        }
    }
}

function Add-PesterSetupBlock([string] $Kind, [ScriptBlock] $ScriptBlock) {
    if ($null -eq $script:PesterRun -or $script:PesterRun.Phase -ne 'Discovery') {
        throw "$Kind can only run inside Invoke-Pester."
    }
    [void]$script:PesterRun.CurrentBlock.$Kind.Add($ScriptBlock)
}

function BeforeAll { param([Parameter(Mandatory = $true, Position = 0)] [ScriptBlock] $Scriptblock) Add-PesterSetupBlock 'BeforeAll' $Scriptblock }
function AfterAll { param([Parameter(Mandatory = $true, Position = 0)] [ScriptBlock] $Scriptblock) Add-PesterSetupBlock 'AfterAll' $Scriptblock }
function BeforeEach { param([Parameter(Mandatory = $true, Position = 0)] [ScriptBlock] $Scriptblock) Add-PesterSetupBlock 'BeforeEach' $Scriptblock }
function AfterEach { param([Parameter(Mandatory = $true, Position = 0)] [ScriptBlock] $Scriptblock) Add-PesterSetupBlock 'AfterEach' $Scriptblock }

function Set-ItResult {
    [CmdletBinding()]
    param(
        [Parameter(Mandatory = $false, ParameterSetName = 'Inconclusive')] [switch] $Inconclusive,
        [Parameter(Mandatory = $false, ParameterSetName = 'Pending')] [switch] $Pending,
        [Parameter(Mandatory = $false, ParameterSetName = 'Skipped')] [switch] $Skipped,
        [string] $Because
    )
    $result = if ($Inconclusive) { 'Inconclusive' } elseif ($Pending) { 'Pending' } else { 'Skipped' }
    $message = "is $($result.ToLower())"
    if ($result -eq 'Pending') { $message = 'is pending' }
    if ($Because) { $message += ", because $($Because.Trim())" }
    $script:PesterRun.ItResult = @{ Result = $result; Message = $message }
    throw "PesterTest$result"
}

# --------------------------------------------------------------------------------------------
# Run

function Test-PesterTagFilter($Test) {
    $filter = $script:PesterRun.Filter
    $filter = $script:PesterRun.Filter
    if ($filter.Tag.Count + $filter.ExcludeTag.Count + $filter.FullName.Count -eq 0) { return $true }
    $tags = [System.Collections.ArrayList]::new()
    foreach ($t in $Test.Tag) { if ($t) { [void]$tags.Add($t) } }
    $b = $Test.Block
    while ($null -ne $b) { foreach ($t in $b.Tag) { if ($t) { [void]$tags.Add($t) } }; $b = $b.Parent }
    foreach ($ex in @($filter.ExcludeTag)) { foreach ($t in $tags) { if ($t -like $ex) { return $false } } }
    if (@($filter.Tag).Count -gt 0) {
        foreach ($in in @($filter.Tag)) { foreach ($t in $tags) { if ($t -like $in) { return $true } } }
        return $false
    }
    if (@($filter.FullName).Count -gt 0) {
        $full = @($Test.Block.Path) + $Test.Name -join '.'
        foreach ($f in @($filter.FullName)) { if ($full -like $f) { return $true } }
        return $false
    }
    return $true
}

# Marks which tests and blocks will run (after filtering), and the first test/block of each block.
function Set-PesterShouldRun($Block) {
    $any = $false
    $firstSet = $false
    foreach ($item in $Block.Items) {
        if ($item.PSObject.TypeNames -contains 'Pester.Test') {
            $item.ShouldRun = Test-PesterTagFilter $item
        }
        else {
            [void](Set-PesterShouldRun $item)
        }
        if ($item.ShouldRun) {
            $any = $true
            if (-not $firstSet) { $item.First = $true; $firstSet = $true }
        }
    }
    $Block.ShouldRun = $any
    $any
}

function Get-PesterTests($Block) {
    foreach ($item in $Block.Items) {
        if ($item.PSObject.TypeNames -contains 'Pester.Test') { $item } else { Get-PesterTests $item }
    }
}

function Get-PesterBlocks($Block) {
    foreach ($b in $Block.Blocks) { $b; Get-PesterBlocks $b }
}

function Invoke-PesterBlockRun($__pesterBlock) {
    if (-not $__pesterBlock.ShouldRun) { return }
    $__pesterBlock.Executed = $true
    $__pesterWatch = [System.Diagnostics.Stopwatch]::StartNew()
    [void]$script:PesterRun.Stack.Add($__pesterBlock)
    try {
        & {
            param($__pesterBlock)
            if ($null -ne $__pesterBlock.Data) {
                Set-Variable -Name _ -Value $__pesterBlock.Data
                if ($__pesterBlock.Data -is [System.Collections.IDictionary]) {
                    foreach ($__pesterKey in @($__pesterBlock.Data.Keys)) { Set-Variable -Name $__pesterKey -Value $__pesterBlock.Data[$__pesterKey] }
                }
            }
            $__pesterSetupFailed = $false
            if (-not $__pesterBlock.Skip -or $__pesterBlock.IsRoot) {
                try {
                    foreach ($__pesterSetup in $__pesterBlock.BeforeAll) { $null = . $__pesterSetup }
                }
                catch {
                    $__pesterSetupFailed = $true
                    [void]$__pesterBlock.ErrorRecord.Add($_)
                    $__pesterBlock.FailureLocation = Get-PesterFailureLocation $_
                    Write-PesterBlockFailure $__pesterBlock 'BeforeAll'
                }
            }
            if (-not $__pesterSetupFailed) {
                foreach ($__pesterItem in $__pesterBlock.Items) {
                    if ($__pesterItem.PSObject.TypeNames -contains 'Pester.Test') { Invoke-PesterTestRun $__pesterItem }
                    else { Invoke-PesterBlockRun $__pesterItem }
                }
            }
            else {
                # as Pester counts them: a test that should have run and could not, because its
                # block's setup failed, failed
                foreach ($__pesterTest in @(Get-PesterTests $__pesterBlock)) { if ($__pesterTest.ShouldRun -and -not $__pesterTest.Skip) { $__pesterTest.Result = 'Failed' } }
            }
            if (-not $__pesterBlock.Skip -or $__pesterBlock.IsRoot) {
                foreach ($__pesterTeardown in $__pesterBlock.AfterAll) {
                    try { $null = . $__pesterTeardown }
                    catch {
                        [void]$__pesterBlock.ErrorRecord.Add($_)
                        $__pesterBlock.FailureLocation = Get-PesterFailureLocation $_
                        Write-PesterBlockFailure $__pesterBlock 'AfterAll'
                    }
                }
            }
        } $__pesterBlock
    }
    finally {
        $script:PesterRun.Stack.RemoveAt($script:PesterRun.Stack.Count - 1)
        Remove-PesterMocksOwnedBy $__pesterBlock
        $__pesterBlock.Duration = $__pesterWatch.Elapsed
    }
    $__pesterBlock.Passed = $__pesterBlock.ErrorRecord.Count -eq 0
    $__pesterBlock.Result = if ($__pesterBlock.Passed) { 'Passed' } else { 'Failed' }
}

function Get-PesterSetupChain($Block, [string] $Kind) {
    $chain = [System.Collections.ArrayList]::new()
    $b = $Block
    while ($null -ne $b) {
        $list = $b.$Kind
        if ($Kind -eq 'BeforeEach') { for ($i = $list.Count - 1; $i -ge 0; $i--) { [void]$chain.Insert(0, $list[$i]) } }
        else { foreach ($x in $list) { [void]$chain.Add($x) } }
        $b = $b.Parent
    }
    ,$chain
}

function Invoke-PesterTestRun($__pesterTest) {
    if (-not $__pesterTest.ShouldRun) { return }
    $__pesterWatch = [System.Diagnostics.Stopwatch]::StartNew()
    Write-PesterBlockHeader $__pesterTest.Block
    if ($__pesterTest.Skip) {
        $__pesterTest.Result = 'Skipped'
        $__pesterTest.Skipped = $true
        $__pesterTest.Executed = $true
        $__pesterTest.ExpandedName = Expand-PesterName $__pesterTest.Name $__pesterTest.Data
        $__pesterTest.ExpandedPath = (@($__pesterTest.Block.Path) + $__pesterTest.ExpandedName) -join '.'
        $__pesterTest.Duration = $__pesterWatch.Elapsed
        Write-PesterTestResult $__pesterTest
        return
    }
    [void]$script:PesterRun.Stack.Add($__pesterTest)
    $script:PesterRun.ItResult = $null
    $__pesterBeforeEach = Get-PesterSetupChain $__pesterTest.Block 'BeforeEach'
    $__pesterAfterEach = Get-PesterSetupChain $__pesterTest.Block 'AfterEach'
    $__pesterUser = [System.Diagnostics.Stopwatch]::new()
    try {
        & {
            param($__pesterTest, $__pesterBeforeEach, $__pesterAfterEach, $__pesterUser)
            if ($__pesterTest.HasData) {
                Set-Variable -Name _ -Value $__pesterTest.Data
                if ($__pesterTest.Data -is [System.Collections.IDictionary]) {
                    foreach ($__pesterKey in @($__pesterTest.Data.Keys)) { Set-Variable -Name $__pesterKey -Value $__pesterTest.Data[$__pesterKey] }
                }
            }
            $__pesterTest.ExpandedName = Expand-PesterName $__pesterTest.Name $__pesterTest.Data
            $__pesterTest.ExpandedPath = (@($__pesterTest.Block.Path) + $__pesterTest.ExpandedName) -join '.'
            $__pesterUser.Start()
            try {
                foreach ($__pesterSetup in $__pesterBeforeEach) { $null = . $__pesterSetup }
                $__pesterBody = $__pesterTest.ScriptBlock
                $null = . $__pesterBody
                $__pesterTest.Result = 'Passed'
            }
            catch {
                Set-PesterTestFailure $__pesterTest $_
            }
            foreach ($__pesterTeardown in $__pesterAfterEach) {
                try { $null = . $__pesterTeardown }
                catch { Set-PesterTestFailure $__pesterTest $_ }
            }
            $__pesterUser.Stop()
        } $__pesterTest $__pesterBeforeEach $__pesterAfterEach $__pesterUser
    }
    finally {
        $script:PesterRun.Stack.RemoveAt($script:PesterRun.Stack.Count - 1)
        Remove-PesterMocksOwnedBy $__pesterTest
    }
    $__pesterTest.Executed = $true
    $__pesterTest.Passed = $__pesterTest.Result -eq 'Passed'
    $__pesterTest.Skipped = $__pesterTest.Result -eq 'Skipped'
    $__pesterTest.Duration = $__pesterWatch.Elapsed
    $__pesterTest.UserDuration = $__pesterUser.Elapsed
    $__pesterTest.FrameworkDuration = $__pesterTest.Duration - $__pesterTest.UserDuration
    Write-PesterTestResult $__pesterTest
}

function Set-PesterTestFailure($Test, $ErrorRecord) {
    $itResult = $script:PesterRun.ItResult
    if ($null -ne $itResult -and "$($ErrorRecord.Exception.Message)" -eq "PesterTest$($itResult.Result)") {
        if ($Test.Result -ne 'Failed') {
            $Test.Result = if ($itResult.Result -eq 'Pending') { 'Skipped' } else { $itResult.Result }
            $Test.FailureMessage = $itResult.Message
            $Test.ResultMessage = $itResult.Message
        }
        return
    }
    $Test.Result = 'Failed'
    [void]$Test.ErrorRecord.Add($ErrorRecord)
    $location = Get-PesterFailureLocation $ErrorRecord $Test
    [void]$Test.Failures.Add($location)
    if ($null -eq $Test.FailureMessage) {
        $Test.FailureMessage = $location.Message
        $Test.StackTrace = $location.StackTrace
    }
}

# What an error says and where it happened, as Pester prints it: an assertion's message and the
# line of its Should; any other error's exception type and message, and the line that threw.
function Get-PesterFailureLocation($ErrorRecord, $Test) {
    $assertion = $null
    foreach ($f in $script:PesterRun.AssertionFailures) {
        if ($f.Message -eq $ErrorRecord.Exception.Message) { $assertion = $f }
    }
    $lines = [System.Collections.ArrayList]::new()
    $trace = [System.Collections.ArrayList]::new()
    if ($null -ne $assertion) {
        foreach ($l in ($assertion.Message -split "`r?`n")) { if ($l -ne '') { [void]$lines.Add($l) } }
        [void]$trace.Add("at $($assertion.LineText.Trim()), $($assertion.File):$($assertion.Line)")
        [void]$trace.Add("at <ScriptBlock>, $($assertion.File):$($assertion.Line)")
        $message = $assertion.Message
    }
    else {
        $ex = $ErrorRecord.Exception
        $typeName = if ($null -ne $ex) { $ex.GetType().Name } else { 'RuntimeException' }
        $msgLines = @("$($ErrorRecord.Exception.Message)" -split "`r?`n" | Where-Object { $_ -ne '' })
        if ($msgLines.Count -gt 0) { $msgLines[0] = "${typeName}: $($msgLines[0])" }
        foreach ($l in $msgLines) { [void]$lines.Add($l) }
        $inv = $ErrorRecord.InvocationInfo
        if ($null -ne $inv -and $inv.ScriptName -and $inv.ScriptName -notlike '*/Modules/Pester/*') {
            [void]$trace.Add("at <ScriptBlock>, $($inv.ScriptName):$($inv.ScriptLineNumber)")
        }
        elseif ($null -ne $Test -and $Test.StartLine) {
            # thrown by Pester itself (Should -Invoke of a command with no mock): the test's line
            [void]$trace.Add("at <ScriptBlock>, $($Test.Block.File):$($Test.StartLine)")
        }
        $message = "$($ErrorRecord.Exception.Message)"
    }
    [pscustomobject]@{
        Message    = $message
        Lines      = @($lines)
        Trace      = @($trace)
        StackTrace = ($trace -join "`n")
    }
}

# --------------------------------------------------------------------------------------------
# Output

function Write-PesterLine([string] $Text, [string] $Color) {
    if ($script:PesterRun.Verbosity -eq 'None') { return }
    if ($Color) { Write-Host $Text -ForegroundColor $Color } else { Write-Host $Text }
}

function Format-PesterTime([timespan] $Span) {
    if ($env:LICENSELAB_PESTER_FIXED_TIME) { return '0ms' }
    if ($Span.Ticks -lt 10000000) { "$([int]$Span.TotalMilliseconds)ms" }
    else { "$([math]::Round($Span.TotalSeconds, 2))s" }
}

function Test-PesterDetailed { $script:PesterRun.Verbosity -in 'Detailed', 'Diagnostic' }

function Write-PesterBlockHeader($Block) {
    if (-not (Test-PesterDetailed)) { return }
    if ($Block.IsRoot -or $Block.WrittenToScreen) { return }
    if ($null -ne $Block.Parent -and -not $Block.Parent.IsRoot) { Write-PesterBlockHeader $Block.Parent }
    $level = $Block.Path.Count - 1
    $label = if ($Block.CommandUsed -eq 'Describe') { 'Describing' } else { 'Context' }
    if ($level -eq 0 -and -not $Block.First) { Write-PesterLine '' }
    $Block.WrittenToScreen = $true
    $color = if ($Block.CommandUsed -eq 'Describe') { 'Green' } else { 'Cyan' }
    Write-PesterLine ((' ' * $level) + "$label $($Block.ExpandedName)") $color
}

function Write-PesterFailureLines($Failures, [string] $Margin) {
    foreach ($f in $Failures) {
        foreach ($l in $f.Lines) { Write-PesterLine "$Margin$l" 'Red' }
        foreach ($l in $f.Trace) { Write-PesterLine "$Margin$l" 'Red' }
    }
}

function Write-PesterTestResult($Test) {
    $detailed = Test-PesterDetailed
    if (-not $detailed -and $Test.Result -ne 'Failed') { return }
    if ($script:PesterRun.Verbosity -eq 'None') { return }
    if ($detailed) {
        $level = $Test.Path.Count
        $margin = ' ' * $level
        $out = $Test.ExpandedName
    }
    else {
        $margin = ''
        $out = $Test.ExpandedPath
    }
    $time = "$(Format-PesterTime $Test.Duration) ($(Format-PesterTime $Test.UserDuration)|$(Format-PesterTime $Test.FrameworkDuration))"
    switch ($Test.Result) {
        'Passed' { if ($detailed) { Write-PesterLine "$margin[+] $out $time" 'DarkGreen' } }
        'Failed' {
            Write-PesterLine "$margin[-] $out $time" 'Red'
            Write-PesterFailureLines $Test.Failures ($margin + ' ')
        }
        'Skipped' {
            if ($detailed) {
                $why = if ($Test.ResultMessage) { " $($Test.ResultMessage)" } else { '' }
                Write-PesterLine "$margin[!] $out$why $time" 'Yellow'
            }
        }
        'Inconclusive' {
            if ($detailed) {
                $why = if ($Test.ResultMessage) { " $($Test.ResultMessage)" } else { '' }
                Write-PesterLine "$margin[?] $out$why $time" 'Gray'
            }
        }
    }
}

function Write-PesterBlockFailure($Block, [string] $Where) {
    Write-PesterBlockHeader $Block
    $name = if ($Block.IsRoot) { $Block.File } else { $Block.Path -join '.' }
    Write-PesterLine "[-] $($Block.CommandUsed) $name failed" 'Red'
    $margin = if (Test-PesterDetailed) { ' ' * ([math]::Max($Block.Path.Count, 1)) } else { ' ' }
    Write-PesterFailureLines @($Block.FailureLocation) $margin
}
"""#
}
