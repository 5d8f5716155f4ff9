extension PesterScript {
    /// Pester 6's Should-* commands.
    static let pester6 = #"""
# Pester 6's Should-* commands (only in Pester 6.0.0).

function Format-PesterShortType($Value) {
    if ($null -eq $Value) { return '[null]' }
    Format-PesterTypeShort $Value.GetType()
}

function Format-PesterTypeShort($Type) {
    if ($null -eq $Type) { return '[null]' }
    $name = (Format-PesterTypeName $Type) -replace '^System\.' -replace '^Management\.Automation\.PSCustomObject$', 'PSObject'
    "[$name]"
}

function Get-PesterV6Message([string] $Template, $Expected, $Actual, $Because, [hashtable] $Data = @{}) {
    $m = $Template.Replace('<expectedType>', (Format-PesterShortType $Expected)).Replace('<actualType>', (Format-PesterShortType $Actual))
    $m = $m.Replace('<expected>', (Format-PesterValue $Expected)).Replace('<actual>', (Format-PesterValue $Actual))
    foreach ($k in $Data.Keys) { $m = $m.Replace("<$k>", [string]$Data[$k]) }
    $m.Replace('<because>', (Format-PesterBecause $Because))
}

# Pipeline input as Pester 6 collects it: one item as itself, several as an array.
function Get-PesterV6Actual($Bound, $Inputs, $Named) {
    if ($Named) { return ,$Bound }
    if ($Inputs.Count -eq 0) { return $null }
    if ($Inputs.Count -eq 1) { return ,$Inputs[0] }
    ,@($Inputs.ToArray())
}

function Invoke-PesterV6Check($Message, $Invocation) {
    if ($Message) { Write-PesterAssertionFailure ([string]$Message) $Invocation }
}

function Should-Be {
    [CmdletBinding()]
    param([Parameter(Position = 1, ValueFromPipeline = $true)] $Actual, [Parameter(Position = 0, Mandatory = $true)] [AllowNull()] $Expected, [string] $Because)
    begin { $named = $PSBoundParameters.ContainsKey('Actual'); $inputs = [System.Collections.ArrayList]::new() }
    process { if (-not $named) { [void]$inputs.Add($Actual) } }
    end {
        $a = Get-PesterV6Actual $Actual $inputs $named
        if (-not ($Expected -eq $a) -or ($null -eq $Expected) -ne ($null -eq $a)) {
            Invoke-PesterV6Check (Get-PesterV6Message 'Expected <expectedType> <expected>,<because> but got <actualType> <actual>.' $Expected $a $Because) $MyInvocation
        }
    }
}

function Should-NotBe {
    [CmdletBinding()]
    param([Parameter(Position = 1, ValueFromPipeline = $true)] $Actual, [Parameter(Position = 0, Mandatory = $true)] [AllowNull()] $Expected, [string] $Because)
    begin { $named = $PSBoundParameters.ContainsKey('Actual'); $inputs = [System.Collections.ArrayList]::new() }
    process { if (-not $named) { [void]$inputs.Add($Actual) } }
    end {
        $a = Get-PesterV6Actual $Actual $inputs $named
        if ($Expected -eq $a) {
            Invoke-PesterV6Check (Get-PesterV6Message 'Expected <expectedType> <expected>, to be different than the actual value,<because> but they were equal.' $Expected $a $Because) $MyInvocation
        }
    }
}

function Test-PesterStringEqual($Expected, $Actual, [switch] $CaseSensitive, [switch] $IgnoreWhitespace, [switch] $TrimWhitespace) {
    if ($Actual -isnot [string]) { return $false }
    if ($IgnoreWhitespace) { $Expected = $Expected -replace '\s'; $Actual = $Actual -replace '\s' }
    if ($TrimWhitespace) { $Expected = $Expected -replace '^\s+|\s+$'; $Actual = $Actual -replace '^\s+|\s+$' }
    if ($CaseSensitive) { return $Expected -ceq $Actual }
    $Expected -eq $Actual
}

function Should-BeString {
    [CmdletBinding()]
    param([Parameter(Position = 1, ValueFromPipeline = $true)] $Actual, [Parameter(Position = 0, Mandatory = $true)] [AllowEmptyString()] [string] $Expected, [string] $Because,
        [switch] $CaseSensitive, [switch] $IgnoreWhitespace, [switch] $TrimWhitespace)
    begin { $named = $PSBoundParameters.ContainsKey('Actual'); $inputs = [System.Collections.ArrayList]::new() }
    process { if (-not $named) { [void]$inputs.Add($Actual) } }
    end {
        $a = Get-PesterV6Actual $Actual $inputs $named
        if (Test-PesterStringEqual $Expected $a -CaseSensitive:$CaseSensitive -IgnoreWhitespace:$IgnoreWhitespace -TrimWhitespace:$TrimWhitespace) { return }
        if ($a -is [string] -and -not $IgnoreWhitespace -and -not $TrimWhitespace) {
            $diff = Get-PesterStringDifference $Expected $a -CaseSensitive:$CaseSensitive $Because
            if ($null -ne $diff) { Invoke-PesterV6Check $diff $MyInvocation }
        }
        Invoke-PesterV6Check (Get-PesterV6Message 'Expected <expectedType> <expected>, but got <actualType> <actual>.' $Expected $a $Because) $MyInvocation
    }
}

function Should-NotBeString {
    [CmdletBinding()]
    param([Parameter(Position = 1, ValueFromPipeline = $true)] $Actual, [Parameter(Position = 0, Mandatory = $true)] [string] $Expected, [string] $Because, [switch] $CaseSensitive, [switch] $IgnoreWhitespace)
    begin { $named = $PSBoundParameters.ContainsKey('Actual'); $inputs = [System.Collections.ArrayList]::new() }
    process { if (-not $named) { [void]$inputs.Add($Actual) } }
    end {
        $a = Get-PesterV6Actual $Actual $inputs $named
        if (Test-PesterStringEqual $Expected $a -CaseSensitive:$CaseSensitive -IgnoreWhitespace:$IgnoreWhitespace) {
            Invoke-PesterV6Check (Get-PesterV6Message 'Expected the strings to be different,<because> but they were the same <expected>.' $Expected $a $Because) $MyInvocation
        }
    }
}

function Should-BeEmptyString {
    [CmdletBinding()]
    param([Parameter(Position = 1, ValueFromPipeline = $true)] $Actual, [string] $Because)
    begin { $named = $PSBoundParameters.ContainsKey('Actual'); $inputs = [System.Collections.ArrayList]::new() }
    process { if (-not $named) { [void]$inputs.Add($Actual) } }
    end {
        $a = Get-PesterV6Actual $Actual $inputs $named
        if (-not ($a -is [string] -and $a -eq '')) {
            Invoke-PesterV6Check (Get-PesterV6Message 'Expected a [string] that is empty,<because> but got <actualType>: <actual>' $null $a $Because) $MyInvocation
        }
    }
}

function Should-BeNull {
    [CmdletBinding()]
    param([Parameter(Position = 1, ValueFromPipeline = $true)] $Actual, [string] $Because)
    begin { $named = $PSBoundParameters.ContainsKey('Actual'); $inputs = [System.Collections.ArrayList]::new() }
    process { if (-not $named) { [void]$inputs.Add($Actual) } }
    end {
        $a = Get-PesterV6Actual $Actual $inputs $named
        if ($null -ne $a) {
            $m = "Expected `$null,$(Format-PesterBecause $Because) but got $(Format-PesterShortType $a) '$a'."
            Invoke-PesterV6Check $m $MyInvocation
        }
    }
}

function Should-NotBeNull {
    [CmdletBinding()]
    param([Parameter(Position = 1, ValueFromPipeline = $true)] $Actual, [string] $Because)
    begin { $named = $PSBoundParameters.ContainsKey('Actual'); $inputs = [System.Collections.ArrayList]::new() }
    process { if (-not $named) { [void]$inputs.Add($Actual) } }
    end {
        $a = Get-PesterV6Actual $Actual $inputs $named
        if ($null -eq $a) { Invoke-PesterV6Check "Expected not `$null,$(Format-PesterBecause $Because) but got `$null." $MyInvocation }
    }
}

function Invoke-PesterV6Boolean($Actual, $Expected, [switch] $Loose, $Because, $Invocation) {
    $ok = if ($Loose) { [bool]$Actual -eq $Expected } else { $Actual -is [bool] -and $Actual -eq $Expected }
    if ($ok) { return }
    $template = if ($Loose) {
        if ($Expected) { 'Expected <expectedType> <expected> or a truthy value,<because> but got: <actualType> <actual>.' }
        else { 'Expected <expectedType> <expected> or a falsy value: 0, "", $null or @(),<because> but got: <actualType> <actual>.' }
    }
    else { 'Expected <expectedType> <expected>,<because> but got: <actualType> <actual>.' }
    Invoke-PesterV6Check (Get-PesterV6Message $template $Expected $Actual $Because) $Invocation
}

function Should-BeTrue {
    [CmdletBinding()]
    param([Parameter(Position = 1, ValueFromPipeline = $true)] $Actual, [string] $Because)
    begin { $named = $PSBoundParameters.ContainsKey('Actual'); $inputs = [System.Collections.ArrayList]::new() }
    process { if (-not $named) { [void]$inputs.Add($Actual) } }
    end { Invoke-PesterV6Boolean (Get-PesterV6Actual $Actual $inputs $named) $true -Because $Because -Invocation $MyInvocation }
}

function Should-BeFalse {
    [CmdletBinding()]
    param([Parameter(Position = 1, ValueFromPipeline = $true)] $Actual, [string] $Because)
    begin { $named = $PSBoundParameters.ContainsKey('Actual'); $inputs = [System.Collections.ArrayList]::new() }
    process { if (-not $named) { [void]$inputs.Add($Actual) } }
    end { Invoke-PesterV6Boolean (Get-PesterV6Actual $Actual $inputs $named) $false -Because $Because -Invocation $MyInvocation }
}

function Should-BeTruthy {
    [CmdletBinding()]
    param([Parameter(Position = 1, ValueFromPipeline = $true)] $Actual, [string] $Because)
    begin { $named = $PSBoundParameters.ContainsKey('Actual'); $inputs = [System.Collections.ArrayList]::new() }
    process { if (-not $named) { [void]$inputs.Add($Actual) } }
    end { Invoke-PesterV6Boolean (Get-PesterV6Actual $Actual $inputs $named) $true -Loose -Because $Because -Invocation $MyInvocation }
}

function Should-BeFalsy {
    [CmdletBinding()]
    param([Parameter(Position = 1, ValueFromPipeline = $true)] $Actual, [string] $Because)
    begin { $named = $PSBoundParameters.ContainsKey('Actual'); $inputs = [System.Collections.ArrayList]::new() }
    process { if (-not $named) { [void]$inputs.Add($Actual) } }
    end { Invoke-PesterV6Boolean (Get-PesterV6Actual $Actual $inputs $named) $false -Loose -Because $Because -Invocation $MyInvocation }
}

function Invoke-PesterV6Compare($Actual, $Expected, [string] $How, $Because, $Invocation) {
    $ok = switch ($How) { 'gt' { $Actual -gt $Expected } 'ge' { $Actual -ge $Expected } 'lt' { $Actual -lt $Expected } 'le' { $Actual -le $Expected } }
    if ($ok) { return }
    $words = @{ gt = 'greater than'; ge = 'greater than or equal to'; lt = 'less than'; le = 'less than or equal to' }[$How]
    Invoke-PesterV6Check (Get-PesterV6Message "Expected the actual value to be $words <expectedType> <expected>,<because> but it was not. Actual: <actualType> <actual>" $Expected $Actual $Because) $Invocation
}

function Should-BeGreaterThan {
    [CmdletBinding()]
    param([Parameter(Position = 1, ValueFromPipeline = $true)] $Actual, [Parameter(Position = 0, Mandatory = $true)] $Expected, [string] $Because)
    begin { $named = $PSBoundParameters.ContainsKey('Actual'); $inputs = [System.Collections.ArrayList]::new() }
    process { if (-not $named) { [void]$inputs.Add($Actual) } }
    end { Invoke-PesterV6Compare (Get-PesterV6Actual $Actual $inputs $named) $Expected 'gt' $Because $MyInvocation }
}

function Should-BeGreaterThanOrEqual {
    [CmdletBinding()]
    param([Parameter(Position = 1, ValueFromPipeline = $true)] $Actual, [Parameter(Position = 0, Mandatory = $true)] $Expected, [string] $Because)
    begin { $named = $PSBoundParameters.ContainsKey('Actual'); $inputs = [System.Collections.ArrayList]::new() }
    process { if (-not $named) { [void]$inputs.Add($Actual) } }
    end { Invoke-PesterV6Compare (Get-PesterV6Actual $Actual $inputs $named) $Expected 'ge' $Because $MyInvocation }
}

function Should-BeLessThan {
    [CmdletBinding()]
    param([Parameter(Position = 1, ValueFromPipeline = $true)] $Actual, [Parameter(Position = 0, Mandatory = $true)] $Expected, [string] $Because)
    begin { $named = $PSBoundParameters.ContainsKey('Actual'); $inputs = [System.Collections.ArrayList]::new() }
    process { if (-not $named) { [void]$inputs.Add($Actual) } }
    end { Invoke-PesterV6Compare (Get-PesterV6Actual $Actual $inputs $named) $Expected 'lt' $Because $MyInvocation }
}

function Should-BeLessThanOrEqual {
    [CmdletBinding()]
    param([Parameter(Position = 1, ValueFromPipeline = $true)] $Actual, [Parameter(Position = 0, Mandatory = $true)] $Expected, [string] $Because)
    begin { $named = $PSBoundParameters.ContainsKey('Actual'); $inputs = [System.Collections.ArrayList]::new() }
    process { if (-not $named) { [void]$inputs.Add($Actual) } }
    end { Invoke-PesterV6Compare (Get-PesterV6Actual $Actual $inputs $named) $Expected 'le' $Because $MyInvocation }
}

function Should-HaveType {
    [CmdletBinding()]
    param([Parameter(Position = 1, ValueFromPipeline = $true)] $Actual, [Parameter(Position = 0, Mandatory = $true)] [type] $Expected, [string] $Because)
    begin { $named = $PSBoundParameters.ContainsKey('Actual'); $inputs = [System.Collections.ArrayList]::new() }
    process { if (-not $named) { [void]$inputs.Add($Actual) } }
    end {
        $a = Get-PesterV6Actual $Actual $inputs $named
        if (-not ($a -is $Expected)) {
            $m = "Expected value to have type $(Format-PesterTypeShort $Expected),$(Format-PesterBecause $Because) but got $(Format-PesterShortType $a) $(Format-PesterValue $a)."
            Invoke-PesterV6Check $m $MyInvocation
        }
    }
}

function Should-NotHaveType {
    [CmdletBinding()]
    param([Parameter(Position = 1, ValueFromPipeline = $true)] $Actual, [Parameter(Position = 0, Mandatory = $true)] [type] $Expected, [string] $Because)
    begin { $named = $PSBoundParameters.ContainsKey('Actual'); $inputs = [System.Collections.ArrayList]::new() }
    process { if (-not $named) { [void]$inputs.Add($Actual) } }
    end {
        $a = Get-PesterV6Actual $Actual $inputs $named
        if ($a -is $Expected) {
            $m = "Expected value to be of different type than $(Format-PesterTypeShort $Expected),$(Format-PesterBecause $Because) but got $(Format-PesterShortType $a) $(Format-PesterValue $a)."
            Invoke-PesterV6Check $m $MyInvocation
        }
    }
}

function Should-BeLikeString {
    [CmdletBinding()]
    param([Parameter(Position = 1, ValueFromPipeline = $true)] $Actual, [Parameter(Position = 0, Mandatory = $true)] [string] $Expected, [switch] $CaseSensitive, [string] $Because)
    begin { $named = $PSBoundParameters.ContainsKey('Actual'); $inputs = [System.Collections.ArrayList]::new() }
    process { if (-not $named) { [void]$inputs.Add($Actual) } }
    end {
        $a = Get-PesterV6Actual $Actual $inputs $named
        $ok = if ($CaseSensitive) { $a -clike $Expected } else { $a -like $Expected }
        if (-not $ok) {
            $cs = if ($CaseSensitive) { ' case sensitively' } else { '' }
            Invoke-PesterV6Check "Expected the string '$a' to$cs be like '$Expected',$(Format-PesterBecause $Because) but it did not." $MyInvocation
        }
    }
}

function Should-MatchString {
    [CmdletBinding()]
    param([Parameter(Position = 1, ValueFromPipeline = $true)] $Actual, [Parameter(Position = 0, Mandatory = $true)] [string] $Expected, [switch] $CaseSensitive, [string] $Because)
    begin { $named = $PSBoundParameters.ContainsKey('Actual'); $inputs = [System.Collections.ArrayList]::new() }
    process { if (-not $named) { [void]$inputs.Add($Actual) } }
    end {
        $a = Get-PesterV6Actual $Actual $inputs $named
        $ok = if ($CaseSensitive) { $a -cmatch $Expected } else { $a -match $Expected }
        if (-not $ok) {
            $cs = if ($CaseSensitive) { ' case sensitively' } else { '' }
            Invoke-PesterV6Check "Expected the string '$a' to$cs match pattern '$Expected',$(Format-PesterBecause $Because) but it did not." $MyInvocation
        }
    }
}

function Should-BeCollection {
    [CmdletBinding()]
    param([Parameter(Position = 1, ValueFromPipeline = $true)] $Actual, [Parameter(Position = 0)] $Expected, [int] $Count = -1, [string] $Because)
    begin { $named = $PSBoundParameters.ContainsKey('Actual'); $inputs = [System.Collections.ArrayList]::new() }
    process { if (-not $named) { [void]$inputs.Add($Actual) } }
    end {
        $a = if ($named) { @($Actual) } else { @($inputs.ToArray()) }
        if ($Count -ge 0) {
            if ($a.Count -ne $Count) {
                Invoke-PesterV6Check (Get-PesterV6Message 'Expected <expected> items in <actualType> <actual>,<because> but it has <actualCount> items.' $Count $a $Because @{ actualCount = $a.Count }) $MyInvocation
            }
            return
        }
        if (-not (Test-PesterEqual $a @($Expected))) {
            Invoke-PesterV6Check (Get-PesterV6Message 'Expected <expectedType> <expected> to be present in <actualType> <actual>,<because> but they don''t have the same number of items.' @($Expected) $a $Because) $MyInvocation
        }
    }
}

function Should-ContainCollection {
    [CmdletBinding()]
    param([Parameter(Position = 1, ValueFromPipeline = $true)] $Actual, [Parameter(Position = 0, Mandatory = $true)] $Expected, [string] $Because)
    begin { $named = $PSBoundParameters.ContainsKey('Actual'); $inputs = [System.Collections.ArrayList]::new() }
    process { if (-not $named) { [void]$inputs.Add($Actual) } }
    end {
        $a = if ($named) { @($Actual) } else { @($inputs.ToArray()) }
        foreach ($e in @($Expected)) {
            if ($a -notcontains $e) {
                Invoke-PesterV6Check (Get-PesterV6Message 'Expected <expectedType> <expected> to be present in <actualType> <actual>,<because> but it was not there.' $Expected $a $Because) $MyInvocation
            }
        }
    }
}

function Should-Throw {
    [CmdletBinding()]
    param([Parameter(ValueFromPipeline = $true, Mandatory = $true)] [scriptblock] $ScriptBlock,
        [Parameter(Position = 0)] [string] $ExceptionMessage, [Parameter(Position = 1)] [string] $FullyQualifiedErrorId,
        [Parameter(Position = 2)] [type] $ExceptionType, [Parameter(Position = 3)] [string] $Because, [switch] $AllowNonTerminatingError)
    process {
        $thrown = $false; $err = $null
        try {
            if ($AllowNonTerminatingError) { $null = & $ScriptBlock 2>&1 | ForEach-Object { if ($_ -is [System.Management.Automation.ErrorRecord]) { throw $_ } } }
            else { $ErrorActionPreference = 'Stop'; $null = & $ScriptBlock }
        }
        catch { $thrown = $true; $err = $_ }
        $filters = @(); $buts = @()
        if ($null -ne $ExceptionType) {
            $filters += "of type $(Format-PesterTypeShort $ExceptionType)"
            if ($thrown -and $err.Exception -isnot $ExceptionType) { $buts += "the exception type was $(Format-PesterShortType $err.Exception)" }
        }
        if (-not [string]::IsNullOrWhiteSpace($ExceptionMessage)) {
            $filters += "with message like '$ExceptionMessage'"
            if ($thrown -and -not ($err.Exception.Message -like $ExceptionMessage)) { $buts += "the message was '$($err.Exception.Message)'" }
        }
        if (-not [string]::IsNullOrWhiteSpace($FullyQualifiedErrorId)) {
            $filters += "with FullyQualifiedErrorId '$FullyQualifiedErrorId'"
            if ($thrown -and -not ($err.FullyQualifiedErrorId -like $FullyQualifiedErrorId)) { $buts += "the FullyQualifiedErrorId was '$($err.FullyQualifiedErrorId)'" }
        }
        if (-not $thrown) { $buts += 'no exception was thrown' }
        if ($buts.Count -gt 0) {
            $filter = Join-PesterAnd $filters -Threshold 3
            if ($filter) { $filter = " $filter" }
            Invoke-PesterV6Check "Expected an exception,$filter to be thrown,$(Format-PesterBecause $Because) but $(Join-PesterAnd $buts)." $MyInvocation
        }
        $err
    }
}

function Should-HaveParameter {
    [CmdletBinding()]
    param([Parameter(Position = 1, ValueFromPipeline = $true)] $Actual, [Parameter(Position = 0, Mandatory = $true)] [string] $ParameterName,
        $Type, $DefaultValue, [switch] $Mandatory, [string] $InParameterSet, [switch] $HasArgumentCompleter, [string[]] $Alias, [string] $Because)
    process {
        $p = @{ Type = $Type; DefaultValue = $DefaultValue; Mandatory = [bool]$Mandatory; InParameterSet = $InParameterSet; HasArgumentCompleter = [bool]$HasArgumentCompleter; Alias = $Alias }
        Invoke-PesterV6Check (Invoke-PesterHaveParameterCheck $Actual $ParameterName $p -Because $Because) $MyInvocation
    }
}

function Should-NotHaveParameter {
    [CmdletBinding()]
    param([Parameter(Position = 1, ValueFromPipeline = $true)] $Actual, [Parameter(Position = 0, Mandatory = $true)] [string] $ParameterName, [string] $Because)
    process {
        Invoke-PesterV6Check (Invoke-PesterHaveParameterCheck $Actual $ParameterName @{} -Not -Because $Because) $MyInvocation
    }
}

function Should-Invoke {
    [CmdletBinding()]
    param([Parameter(Mandatory = $true, Position = 0)] [string] $CommandName, [Parameter(Position = 1)] [int] $Times = 1,
        [scriptblock] $ParameterFilter, [scriptblock] $ExclusiveFilter, [string] $ModuleName, [string] $Scope, [switch] $Exactly, [string] $Because)
    $p = @{ Times = $Times; TimesGiven = $PSBoundParameters.ContainsKey('Times'); Exactly = [bool]$Exactly; ParameterFilter = $ParameterFilter
        ExclusiveFilter = $ExclusiveFilter; ModuleName = $ModuleName; Scope = $Scope }
    Invoke-PesterV6Check (Invoke-PesterInvokeCheck $CommandName $p -Because $Because) $MyInvocation
}

function Should-NotInvoke {
    [CmdletBinding()]
    param([Parameter(Mandatory = $true, Position = 0)] [string] $CommandName, [Parameter(Position = 1)] [int] $Times = 1,
        [scriptblock] $ParameterFilter, [string] $ModuleName, [string] $Scope, [switch] $Exactly, [string] $Because)
    $p = @{ Times = $Times; TimesGiven = $PSBoundParameters.ContainsKey('Times'); Exactly = [bool]$Exactly; ParameterFilter = $ParameterFilter
        ExclusiveFilter = $null; ModuleName = $ModuleName; Scope = $Scope }
    Invoke-PesterV6Check (Invoke-PesterInvokeCheck $CommandName $p -Not -Because $Because) $MyInvocation
}
"""#
}
