extension PesterScript {
    /// Should and its operators, with Pester 5's failure messages.
    static let should = #"""
# Should and its operators, with the failure messages Pester 5 prints.

function Format-PesterValue($Value) {
    if ($null -eq $Value) { return '$null' }
    if ($Value -is [bool]) { return '$' + "$Value".ToLower() }
    if ($Value -is [string]) { if ($Value -eq '') { return '<empty>' } else { return "'$Value'" } }
    if ($Value -is [datetime]) { return $Value.ToString('o') }
    if ($Value -is [type]) { return '[' + (Format-PesterTypeName $Value) + ']' }
    if ($Value -is [scriptblock]) { return '{' + $Value + '}' }
    if ($Value -is [System.Collections.IDictionary]) { return [string]$Value }
    if ($Value -is [System.Collections.IEnumerable] -and $Value -isnot [char]) {
        $items = @($Value)
        $shown = @($items | Select-Object -First 10 | ForEach-Object { Format-PesterValue $_ })
        $more = if ($items.Count -gt 10) { ", ...$($items.Count - 10) more" } else { '' }
        return '@(' + ($shown -join ', ') + $more + ')'
    }
    return [string]$Value
}

# A type as PowerShell writes it as text: its accelerator name when it has one ([int], [string]).
$script:PesterTypeAccelerators = @{
    'System.Int32' = 'int'; 'System.Int64' = 'long'; 'System.String' = 'string'; 'System.Boolean' = 'bool'; 'System.Double' = 'double'
    'System.Decimal' = 'decimal'; 'System.Single' = 'float'; 'System.Char' = 'char'; 'System.Byte' = 'byte'; 'System.DateTime' = 'datetime'
    'System.Guid' = 'guid'; 'System.Collections.Hashtable' = 'hashtable'; 'System.Management.Automation.ScriptBlock' = 'scriptblock'
    'System.Management.Automation.SwitchParameter' = 'switch'; 'System.TimeSpan' = 'timespan'; 'System.Type' = 'type'; 'System.Object' = 'System.Object'
    'System.Text.RegularExpressions.Regex' = 'regex'; 'System.Xml.XmlDocument' = 'xml'; 'System.Version' = 'version'
}
function Format-PesterTypeName($Type) {
    if ($null -eq $Type) { return '<none>' }
    $n = $Type.FullName
    if (-not $n) { $n = [string]$Type }
    $short = $script:PesterTypeAccelerators[$n]
    if ($short) { return $short }
    $n
}

function Format-PesterBecause([string] $Because) {
    if ($null -eq $Because) { return '' }
    $b = $Because.Trim()
    if ($b -eq '') { return '' }
    " because $($b -replace '^because\s'),"
}

function Test-PesterCollection($Value) {
    $null -ne $Value -and $Value -is [System.Collections.IEnumerable] -and $Value -isnot [string] -and $Value -isnot [System.Collections.IDictionary]
}

function Test-PesterEqual($Actual, $Expected, [switch] $CaseSensitive) {
    $aColl = Test-PesterCollection $Actual
    $eColl = Test-PesterCollection $Expected
    if ($aColl -or $eColl) {
        if (-not ($aColl -and $eColl)) {
            # a one-element collection equals its element
            $a = @($Actual); $e = @($Expected)
            if ($a.Count -ne 1 -or $e.Count -ne 1) { return $false }
            return Test-PesterEqual $a[0] $e[0] -CaseSensitive:$CaseSensitive
        }
        $a = @($Actual); $e = @($Expected)
        if ($a.Count -ne $e.Count) { return $false }
        for ($i = 0; $i -lt $a.Count; $i++) {
            if (-not (Test-PesterEqual $a[$i] $e[$i] -CaseSensitive:$CaseSensitive)) { return $false }
        }
        return $true
    }
    if ($null -eq $Actual -and $null -eq $Expected) { return $true }
    if ($null -eq $Actual -or $null -eq $Expected) { return $false }
    if ($CaseSensitive) { return [bool]($Actual -ceq $Expected) }
    [bool]($Actual -eq $Expected)
}

function ConvertTo-PesterVisibleText([string] $Text) {
    $sb = [System.Text.StringBuilder]::new()
    foreach ($c in $Text.ToCharArray()) {
        $code = [int]$c
        switch ($code) {
            0 { [void]$sb.Append('\0') }
            7 { [void]$sb.Append('\a') }
            8 { [void]$sb.Append('\b') }
            9 { [void]$sb.Append('\t') }
            10 { [void]$sb.Append('\n') }
            11 { [void]$sb.Append('\v') }
            12 { [void]$sb.Append('\f') }
            13 { [void]$sb.Append('\r') }
            default {
                if ($code -lt 32) { [void]$sb.Append('\u' + $code.ToString('x4')) } else { [void]$sb.Append($c) }
            }
        }
    }
    $sb.ToString()
}

# Cuts a long line around the difference so that it fits the width, with '...' where it was cut.
function Get-PesterExcerpt([string] $Text, [int] $Index, [int] $Width, [double] $Context) {
    $marker = '...'
    $minimum = $Context + $marker.Length + 1 + $marker.Length + $Context
    if ($Width -lt $minimum -or $Text.Length -le $Width) { return @{ Line = $Text; Index = $Index } }
    $shift = $Index - ($Width - 1 - $Context - $marker.Length)
    if ($shift -lt 0) { $shift = 0 }
    $shift = [int][math]::Floor($shift)
    $cut = $Text.Substring($shift)
    if ($cut.Length -lt $Text.Length) { $cut = $marker + $cut.Substring($marker.Length) }
    if ($cut.Length -gt $Width) { $cut = $cut.Substring(0, $Width - $marker.Length) + $marker }
    @{ Line = $cut; Index = $Index - $shift }
}

function Get-PesterStringDifference([string] $Expected, [string] $Actual, [switch] $CaseSensitive, $Because) {
    $max = [math]::Max($Expected.Length, $Actual.Length)
    $at = $null
    for ($i = 0; $i -lt $max; $i++) {
        $e = if ($i -lt $Expected.Length) { [string]$Expected[$i] } else { $null }
        $a = if ($i -lt $Actual.Length) { [string]$Actual[$i] } else { $null }
        $different = if ($CaseSensitive) { $e -cne $a } else { $e -ne $a }
        if ($different) { $at = $i; break }
    }
    if ($null -eq $at) { return $null }
    $lines = @("Expected strings to be the same,$(Format-PesterBecause $Because) but they were different.")
    if ($Expected.Length -ne $Actual.Length) {
        $lines += "Expected length: $($Expected.Length)"
        $lines += "Actual length:   $($Actual.Length)"
    }
    else {
        $lines += "String lengths are both $($Expected.Length)."
    }
    $lines += "Strings differ at index $at."
    $width = 120
    $pathLength = 0
    if ($null -ne $script:PesterRun -and $script:PesterRun.Stack.Count -gt 0) {
        $current = $script:PesterRun.Stack[$script:PesterRun.Stack.Count - 1]
        $pathLength = @($current.Path).Count
    }
    $available = $width - "Expected: ''".Length - ($pathLength + 3)
    $eEx = Get-PesterExcerpt (ConvertTo-PesterVisibleText $Expected) $at $available ($width / 7)
    $aEx = Get-PesterExcerpt (ConvertTo-PesterVisibleText $Actual) $at $available ($width / 7)
    $lines += "Expected: '$($eEx.Line)'"
    $lines += "But was:  '$($aEx.Line)'"
    $lines += (' ' * ("Expected: '".Length - 1)) + ('-' * $aEx.Index) + '^'
    $lines -join "`n"
}

function Get-PesterBeMessage($Actual, $Expected, $Because, [switch] $CaseSensitive) {
    $exactly = if ($CaseSensitive) { 'exactly ' } else { '' }
    if ((Test-PesterCollection $Actual) -and (Test-PesterCollection $Expected)) {
        $a = @($Actual); $e = @($Expected)
        if ($a.Count -ne $e.Count -and -not $CaseSensitive) {
            return "Expected a collection $(Format-PesterValue $Expected) with length $($e.Count),$(Format-PesterBecause $Because) but got a collection $(Format-PesterValue $Actual) with length $($a.Count)."
        }
        if ($a.Count -eq $e.Count) {
            for ($i = 0; $i -lt $e.Count; $i++) {
                if (-not (Test-PesterEqual $a[$i] $e[$i] -CaseSensitive:$CaseSensitive)) {
                    return @(
                        "Expected collections to be the same,$(Format-PesterBecause $Because) but they were different."
                        "Collection lengths are both $($e.Count)."
                        "Collections differ at index $i."
                        "Expected: $(Format-PesterValue $Expected)"
                        "But was:  $(Format-PesterValue $Actual)"
                    ) -join "`n"
                }
            }
        }
    }
    if ($Expected -is [string] -and $Actual -is [string]) {
        $diff = Get-PesterStringDifference $Expected $Actual -CaseSensitive:$CaseSensitive $Because
        if ($null -ne $diff) { return $diff }
    }
    "Expected $exactly$(Format-PesterValue $Expected),$(Format-PesterBecause $Because) but got $(Format-PesterValue $Actual)."
}

function Test-PesterTypeMatch($Value, $Type) {
    if ($Type -is [string]) {
        $name = $Type -replace '^\[(.*)\]$', '$1'
        $resolved = $name -as [type]
        if ($null -eq $resolved) {
            if ($null -eq $Value) { return $false }
            return @($Value.PSObject.TypeNames) -contains $name
        }
        $Type = $resolved
    }
    if ($null -eq $Value) { return $false }
    $Value -is $Type
}

# One operator's check: $null when it passes, else the failure message.
function Invoke-PesterOperator {
    param($Operator, $Actual, $Expected, [switch] $Not, $Because, $P)
    $b = Format-PesterBecause $Because
    switch ($Operator) {
        'Be' {
            $ok = Test-PesterEqual $Actual $Expected
            if ($Not) { if ($ok) { return "Expected $(Format-PesterValue $Expected) to be different from the actual value,$b but got the same value." } ; return }
            if (-not $ok) { return Get-PesterBeMessage $Actual $Expected $Because }
        }
        'BeExactly' {
            $ok = Test-PesterEqual $Actual $Expected -CaseSensitive
            if ($Not) { if ($ok) { return "Expected $(Format-PesterValue $Expected) to be different from the actual value,$b but got exactly the same value." } ; return }
            if (-not $ok) { return Get-PesterBeMessage $Actual $Expected $Because -CaseSensitive }
        }
        'BeNullOrEmpty' {
            $empty = $null -eq $Actual -or ($Actual -is [string] -and $Actual -eq '') -or ((Test-PesterCollection $Actual) -and @($Actual).Count -eq 0) -or ($Actual -is [System.Collections.IDictionary] -and $Actual.Count -eq 0)
            if ((Test-PesterCollection $Actual) -and @($Actual).Count -eq 1) {
                $only = @($Actual)[0]
                $empty = $null -eq $only -or ($only -is [string] -and $only -eq '')
            }
            if ($Not) { if ($empty) { return "Expected a value,$b but got `$null or empty." } ; return }
            if (-not $empty) { return "Expected `$null or empty,$b but got $(Format-PesterValue $Actual)." }
        }
        'BeTrue' {
            if ($Not) { if ($Actual) { return "Expected `$false,$b but got $(Format-PesterValue $Actual)." } ; return }
            if (-not $Actual) { return "Expected `$true,$b but got $(Format-PesterValue $Actual)." }
        }
        'BeFalse' {
            if ($Not) { if (-not $Actual) { return "Expected `$true,$b but got $(Format-PesterValue $Actual)." } ; return }
            if ($Actual) { return "Expected `$false,$b but got $(Format-PesterValue $Actual)." }
        }
        'BeOfType' {
            $ok = Test-PesterTypeMatch $Actual $Expected
            $expectedName = if ($Expected -is [string]) { $Expected -replace '^\[(.*)\]$', '$1' } else { Format-PesterTypeName $Expected }
            $actualType = if ($null -ne $Actual) { '[' + (Format-PesterTypeName $Actual.GetType()) + ']' } else { '$null' }
            if ($Expected -is [string] -and $null -eq ($expectedName -as [type])) {
                $names = if ($null -ne $Actual) { Format-PesterValue @($Actual.PSObject.TypeNames) } else { '$null' }
                if ($Not) { if ($ok) { return "Expected the value to not have type or PSTypeName [$expectedName],$b but got $(Format-PesterValue $Actual) with type $actualType and PSTypeNames $names." } ; return }
                if (-not $ok) { return "Expected the value to have type or PSTypeName [$expectedName],$b but got $(Format-PesterValue $Actual) with type $actualType and PSTypeNames $names." }
                return
            }
            $typeText = '[' + (Format-PesterTypeName ($expectedName -as [type])) + ']'
            if ($Expected -is [type]) { $typeText = '[' + (Format-PesterTypeName $Expected) + ']' }
            if ($Not) { if ($ok) { return "Expected the value to not have type $typeText or any of its subtypes,$b but got $(Format-PesterValue $Actual) with type $actualType." } ; return }
            if (-not $ok) { return "Expected the value to have type $typeText or any of its subtypes,$b but got $(Format-PesterValue $Actual) with type $actualType." }
        }
        'Match' {
            $ok = [bool]($Actual -match $Expected)
            if ($Not) { if ($ok) { return "Expected regular expression $(Format-PesterValue $Expected) to not match $(Format-PesterValue $Actual),$b but it did match." } ; return }
            if (-not $ok) { return "Expected regular expression $(Format-PesterValue $Expected) to match $(Format-PesterValue $Actual),$b but it did not match." }
        }
        'MatchExactly' {
            $ok = [bool]($Actual -cmatch $Expected)
            if ($Not) { if ($ok) { return "Expected regular expression $(Format-PesterValue $Expected) to not case sensitively match $(Format-PesterValue $Actual),$b but it did match." } ; return }
            if (-not $ok) { return "Expected regular expression $(Format-PesterValue $Expected) to case sensitively match $(Format-PesterValue $Actual),$b but it did not match." }
        }
        'BeLike' {
            $ok = [bool]($Actual -like $Expected)
            if ($Not) { if ($ok) { return "Expected like wildcard $(Format-PesterValue $Expected) to not match $(Format-PesterValue $Actual),$b but it did match." } ; return }
            if (-not $ok) { return "Expected like wildcard $(Format-PesterValue $Expected) to match $(Format-PesterValue $Actual),$b but it did not match." }
        }
        'BeLikeExactly' {
            $ok = [bool]($Actual -clike $Expected)
            if ($Not) { if ($ok) { return "Expected case sensitive like wildcard $(Format-PesterValue $Expected) to not match $(Format-PesterValue $Actual),$b but it did match." } ; return }
            if (-not $ok) { return "Expected case sensitive like wildcard $(Format-PesterValue $Expected) to match $(Format-PesterValue $Actual),$b but it did not match." }
        }
        'HaveCount' {
            $n = [int]$Expected
            if ($n -lt 0) { throw [System.ArgumentException]::new('Expected collection size must be greater than or equal to 0.') }
            $count = if ($null -eq $Actual) { 0 } else { @($Actual).Count }
            $ok = $count -eq $n
            if ($Not) {
                if ($ok) {
                    $what = if ($n -eq 0) { 'Expected a non-empty collection' } else { "Expected a collection with size different from $n" }
                    return "$what,$b but got collection with that size $(Format-PesterValue $Actual)."
                }
                return
            }
            if (-not $ok) {
                $what = if ($n -eq 0) { 'Expected an empty collection' } else { "Expected a collection with size $n" }
                return "$what,$b but got collection with size $count $(Format-PesterValue $Actual)."
            }
        }
        'Contain' {
            $ok = [bool](@($Actual) -contains $Expected)
            if ($Not) { if ($ok) { return "Expected $(Format-PesterValue $Expected) to not be found in collection $(Format-PesterValue $Actual),$b but it was found." } ; return }
            if (-not $ok) { return "Expected $(Format-PesterValue $Expected) to be found in collection $(Format-PesterValue $Actual),$b but it was not found." }
        }
        'BeIn' {
            $ok = [bool](@($Expected) -contains $Actual)
            if ($Not) { if ($ok) { return "Expected collection $(Format-PesterValue $Expected) to not contain $(Format-PesterValue $Actual),$b but it was found." } ; return }
            if (-not $ok) { return "Expected collection $(Format-PesterValue $Expected) to contain $(Format-PesterValue $Actual),$b but it was not found." }
        }
        'BeGreaterThan' {
            if ($Not) { if ($Actual -gt $Expected) { return "Expected the actual value to be less than or equal to $(Format-PesterValue $Expected),$b but got $(Format-PesterValue $Actual)." } ; return }
            if ($Actual -le $Expected) { return "Expected the actual value to be greater than $(Format-PesterValue $Expected),$b but got $(Format-PesterValue $Actual)." }
        }
        'BeLessOrEqual' {
            if ($Not) { if ($Actual -le $Expected) { return "Expected the actual value to be greater than $(Format-PesterValue $Expected),$b but got $(Format-PesterValue $Actual)." } ; return }
            if ($Actual -gt $Expected) { return "Expected the actual value to be less than or equal to $(Format-PesterValue $Expected),$b but got $(Format-PesterValue $Actual)." }
        }
        'BeLessThan' {
            if ($Not) { if ($Actual -lt $Expected) { return "Expected the actual value to be greater than or equal to $(Format-PesterValue $Expected),$b but got $(Format-PesterValue $Actual)." } ; return }
            if ($Actual -ge $Expected) { return "Expected the actual value to be less than $(Format-PesterValue $Expected),$b but got $(Format-PesterValue $Actual)." }
        }
        'BeGreaterOrEqual' {
            if ($Not) { if ($Actual -ge $Expected) { return "Expected the actual value to be less than $(Format-PesterValue $Expected),$b but got $(Format-PesterValue $Actual)." } ; return }
            if ($Actual -lt $Expected) { return "Expected the actual value to be greater than or equal to $(Format-PesterValue $Expected),$b but got $(Format-PesterValue $Actual)." }
        }
        'Exist' {
            $ok = Test-Path -Path "$Actual"
            if ($Not) { if ($ok) { return "Expected path $(Format-PesterValue $Actual) to not exist,$b but it did exist." } ; return }
            if (-not $ok) { return "Expected path $(Format-PesterValue $Actual) to exist,$b but it did not exist." }
        }
        { $_ -in 'FileContentMatch', 'FileContentMatchExactly', 'FileContentMatchMultiline', 'FileContentMatchMultilineExactly' } {
            $multi = $Operator -like '*Multiline*'
            $exact = $Operator -like '*Exactly'
            if ($multi) {
                $text = Get-Content -Path "$Actual" -Raw
                $ok = if ($exact) { [bool]($text -cmatch $Expected) } else { [bool]($text -match $Expected) }
            }
            else {
                $lines = @(Get-Content -Path "$Actual")
                $ok = if ($exact) { @($lines -cmatch $Expected).Count -gt 0 } else { @($lines -match $Expected).Count -gt 0 }
            }
            $how = if ($exact) { 'case sensitive ' } else { '' }
            $what = if ($multi) { "Expected $(Format-PesterValue $Expected) to ${how}match file '$Actual'" } else { "Expected $(Format-PesterValue $Expected) to be ${how}found in file '$Actual'" }
            $whatNot = if ($multi) { "Expected $(Format-PesterValue $Expected) to not ${how}match file '$Actual'" } else { "Expected $(Format-PesterValue $Expected) to not be ${how}found in file '$Actual'" }
            if ($exact -and -not $multi) {
                $what = "Expected $(Format-PesterValue $Expected) to be case sensitively found in file '$Actual'"
                $whatNot = "Expected $(Format-PesterValue $Expected) to not be case sensitively found in file '$Actual'"
            }
            $but = if ($multi) { 'but it did not match' } else { 'but it was not found' }
            $butNot = if ($multi) { 'but it did match' } else { 'but it was found' }
            if ($Not) { if ($ok) { return "$whatNot,$b $butNot." } ; return }
            if (-not $ok) { return "$what,$b $but." }
        }
        'Throw' { return Invoke-PesterThrowCheck $Actual $P -Not:$Not -Because $Because }
        'HaveParameter' { return Invoke-PesterHaveParameterCheck $Actual $Expected $P -Not:$Not -Because $Because }
        'Invoke' { return Invoke-PesterInvokeCheck $Expected $P -Not:$Not -Because $Because }
        'InvokeVerifiable' { return Invoke-PesterVerifiableCheck -Not:$Not -Because $Because }
    }
    return
}

function Invoke-PesterThrowCheck($ScriptBlock, $P, [switch] $Not, $Because) {
    if ($ScriptBlock -isnot [scriptblock]) {
        throw [System.ArgumentException]::new("Input is missing or not a ScriptBlock. Input to '-Throw' and '-Not -Throw' must be enclosed in curly braces.")
    }
    $thrown = $false
    $err = $null
    try { $null = & $ScriptBlock } catch { $thrown = $true; $err = $_ }
    $P.ThrownError = $err
    $b = Format-PesterBecause $Because
    $where = ''
    if ($thrown -and $null -ne $err.InvocationInfo) {
        $where = ((@("$($err.InvocationInfo.PositionMessage)" -split "`r?`n") -match '\S') -join "`n    ") -replace '^At ', 'from '
    }
    if ($Not) {
        if ($thrown) { return "Expected no exception to be thrown,$b but an exception `"$($err.Exception.Message)`" was thrown $where." }
        return
    }
    $filters = @(); $buts = @()
    if ($null -ne $P.ExceptionType) {
        $filters += "type $(Format-PesterValue $P.ExceptionType)"
        if ($thrown -and $err.Exception -isnot $P.ExceptionType) { $buts += "the exception type was $(Format-PesterValue $err.Exception.GetType())" }
    }
    $expectedMessage = $P.ExpectedMessage
    if (-not [string]::IsNullOrWhiteSpace($expectedMessage)) {
        $filters += "message like $(Format-PesterValue $expectedMessage)"
        if ($thrown -and -not ("$($err.Exception.Message)" -like $expectedMessage)) { $buts += "the message was $(Format-PesterValue "$($err.Exception.Message)")" }
    }
    if ($P.ErrorId) {
        $filters += "FullyQualifiedErrorId $(Format-PesterValue $P.ErrorId)"
        if ($thrown -and -not ("$($err.FullyQualifiedErrorId)" -like "*$($P.ErrorId)*")) { $buts += "the FullyQualifiedErrorId was $(Format-PesterValue "$($err.FullyQualifiedErrorId)")" }
    }
    if (-not $thrown) { $buts += 'no exception was thrown' }
    if ($buts.Count -eq 0) { return }
    $filter = Join-PesterAnd $filters
    $withFilter = if ($filter) { " with $filter" } else { '' }
    "Expected an exception$withFilter to be thrown,$b but $(Join-PesterAnd $buts). $where".Trim()
}

function Join-PesterAnd($Items, [int] $Threshold = 2) {
    $Items = @($Items)
    if ($Items.Count -lt $Threshold) { return $Items -join ', ' }
    (($Items[0..($Items.Count - 2)]) -join ', ') + ' and ' + $Items[-1]
}

function Invoke-PesterHaveParameterCheck($Command, $ParameterName, $P, [switch] $Not, $Because) {
    if ($Command -is [string]) { $Command = Get-Command $Command -ErrorAction Stop }
    $params = $Command.Parameters
    $has = $null -ne $params -and $params.ContainsKey($ParameterName)
    $filters = @("to$(if ($Not) {' not'}) have a parameter $ParameterName$(if ($P.InParameterSet) { " in parameter set $($P.InParameterSet)" })")
    $buts = @()
    if (-not $Not -and -not $has) { $buts += 'the parameter is missing' }
    elseif ($Not -and -not $has) { return }
    elseif ($Not -and $has -and -not ($P.Mandatory -or $P.Type -or $P.DefaultValue -or $P.HasArgumentCompleter -or $P.Alias)) { $buts += 'the parameter exists' }
    else {
        $meta = $params[$ParameterName]
        if ($P.Type) {
            $expectedType = $P.Type
            if ($expectedType -is [string]) { $expectedType = ($expectedType -replace '^\[(.*)\]$', '$1') -as [type] }
            $expectedName = Format-PesterTypeName $expectedType
            $actualName = "$($meta.ParameterType)"
            $actualAsType = $actualName -as [type]
            if ($null -ne $actualAsType) { $actualName = Format-PesterTypeName $actualAsType }
            $filters += "$(if ($Not) { 'not ' })of type [$expectedName]"
            $same = $actualName -eq $expectedName
            if (-not $Not -and -not $same) { $buts += "it was of type [$actualName]" }
            elseif ($Not -and $same) { $buts += "it was of type [$expectedName]" }
        }
        if ($P.Alias) {
            $aliases = @($P.Alias)
            $filters += "with$(if ($Not) {'out'}) alias$(if ($aliases.Count -ge 2) {'es'}) $(Join-PesterAnd ($aliases | ForEach-Object { "'$_'" }))"
            $missing = @($aliases | Where-Object { @($meta.Aliases) -notcontains $_ })
            $present = @($aliases | Where-Object { @($meta.Aliases) -contains $_ })
            if (-not $Not -and $missing.Count -gt 0) { $buts += "it didn't have $(if ($missing.Count -eq 1) {'an alias'} else {'the aliases'}) $(Join-PesterAnd ($missing | ForEach-Object { "'$_'" }))" }
            if ($Not -and $present.Count -gt 0) { $buts += "it has $(if ($present.Count -eq 1) {'an alias'} else {'the aliases'}) $(Join-PesterAnd ($present | ForEach-Object { "'$_'" }))" }
        }
        if ($P.Mandatory) {
            $filters += "which is$(if ($Not) {' not'}) mandatory"
            $isMandatory = $false
            foreach ($set in @($meta.ParameterSets.Values)) { if ($set.IsMandatory) { $isMandatory = $true } }
            if (-not $Not -and -not $isMandatory) { $buts += "it wasn't mandatory" }
            elseif ($Not -and $isMandatory) { $buts += 'it was mandatory' }
        }
    }
    if ($buts.Count -eq 0) { return }
    $filterText = Join-PesterAnd $filters -Threshold 3
    "Expected command $($Command.Name) $filterText,$(Format-PesterBecause $Because) but $(Join-PesterAnd $buts)."
}

$script:PesterOperators = @{}
foreach ($__name in 'Be', 'BeExactly', 'BeNullOrEmpty', 'BeOfType', 'BeTrue', 'BeFalse', 'Match', 'MatchExactly', 'BeLike', 'BeLikeExactly',
    'HaveCount', 'Contain', 'BeIn', 'BeGreaterThan', 'BeLessThan', 'BeGreaterOrEqual', 'BeLessOrEqual', 'Throw', 'Exist',
    'FileContentMatch', 'FileContentMatchExactly', 'FileContentMatchMultiline', 'FileContentMatchMultilineExactly', 'HaveParameter', 'Invoke', 'InvokeVerifiable') {
    $script:PesterOperators[$__name] = $__name
}

function Should {
    [CmdletBinding()]
    param(
        [Parameter(ValueFromPipeline = $true)] [AllowNull()] [AllowEmptyCollection()] [AllowEmptyString()] $ActualValue,
        [Parameter(Position = 0)] [Alias('ExpectedType', 'RegularExpression', 'ExpectedContent', 'ParameterName', 'CommandName', 'ExpectedMessage')] $ExpectedValue,
        [Parameter(Position = 1)] [int] $Times = 1,
        [switch] $Not,
        [string] $Because,
        [switch] $Be, [Alias('EQ')] [switch] $BeExactly, [switch] $BeNullOrEmpty, [Alias('HaveType')] [switch] $BeOfType,
        [switch] $BeTrue, [switch] $BeFalse, [switch] $Match, [Alias('CMATCH')] [switch] $MatchExactly,
        [switch] $BeLike, [switch] $BeLikeExactly, [switch] $HaveCount, [switch] $Contain, [switch] $BeIn,
        [Alias('GT')] [switch] $BeGreaterThan, [Alias('LT')] [switch] $BeLessThan, [Alias('GE')] [switch] $BeGreaterOrEqual, [Alias('LE')] [switch] $BeLessOrEqual,
        [switch] $Throw, [switch] $Exist, [switch] $FileContentMatch, [switch] $FileContentMatchExactly,
        [switch] $FileContentMatchMultiline, [switch] $FileContentMatchMultilineExactly, [switch] $HaveParameter,
        [switch] $Invoke, [switch] $InvokeVerifiable,
        [string] $ErrorId, [type] $ExceptionType, [switch] $PassThru,
        [switch] $Exactly, [scriptblock] $ParameterFilter, [scriptblock] $ExclusiveFilter, [string] $ModuleName, [string] $Scope,
        $Type, $DefaultValue, [switch] $Mandatory, [string] $InParameterSet, [switch] $HasArgumentCompleter, [string[]] $Alias
    )
    begin {
        $__named = $PSBoundParameters.ContainsKey('ActualValue')
        $__inputs = [System.Collections.ArrayList]::new()
    }
    process {
        if (-not $__named) { [void]$__inputs.Add($ActualValue) }
    }
    end {
        $operator = $null
        foreach ($__key in $PSBoundParameters.Keys) {
            if ($script:PesterOperators.ContainsKey($__key) -and $PSBoundParameters[$__key]) {
                if ($null -ne $operator) { throw "Only one operator can be given to Should; got -$operator and -$__key." }
                $operator = $script:PesterOperators[$__key]
            }
        }
        if ($null -eq $operator) { throw 'No operator was given to Should. Use one of its operators, such as -Be.' }
        $actual = if ($__named) { $ActualValue } elseif ($__inputs.Count -eq 0) { $null } elseif ($__inputs.Count -eq 1) { $__inputs[0] } else { $__inputs.ToArray() }
        if ($operator -in 'Be', 'BeExactly', 'HaveCount', 'Contain', 'BeNullOrEmpty') {
            if (-not $__named -and $__inputs.Count -gt 1) { $actual = @($__inputs.ToArray()) }
            if ($operator -in 'HaveCount', 'Contain' -and -not $__named) { $actual = @($__inputs.ToArray()) }
            if ($operator -eq 'BeNullOrEmpty' -and -not $__named) { $actual = if ($__inputs.Count -eq 0) { $null } elseif ($__inputs.Count -eq 1) { $__inputs[0] } else { @($__inputs.ToArray()) } }
        }
        $p = $null
        if ($operator -in 'Throw', 'HaveParameter', 'Invoke', 'InvokeVerifiable') {
            $p = @{
                ExpectedMessage = $(if ($operator -eq 'Throw') { $ExpectedValue } else { $null })
                ErrorId = $ErrorId; ExceptionType = $ExceptionType
                Times = $Times; TimesGiven = $PSBoundParameters.ContainsKey('Times'); Exactly = [bool]$Exactly
                ParameterFilter = $ParameterFilter; ExclusiveFilter = $ExclusiveFilter; ModuleName = $ModuleName; Scope = $Scope
                Type = $Type; DefaultValue = $DefaultValue; Mandatory = [bool]$Mandatory; InParameterSet = $InParameterSet
                HasArgumentCompleter = [bool]$HasArgumentCompleter; Alias = $Alias; ThrownError = $null
            }
        }
        $message = Invoke-PesterOperator -Operator $operator -Actual $actual -Expected $ExpectedValue -Not:$Not -Because $Because -P $p
        if ($null -ne $message -and "$message" -ne '') {
            Write-PesterAssertionFailure ([string]$message) $MyInvocation
        }
        if ($operator -eq 'Throw' -and $PassThru) { $p.ThrownError }
    }
}

function Write-PesterAssertionFailure([string] $Message, $Invocation) {
    if ($null -ne $script:PesterRun) {
        [void]$script:PesterRun.AssertionFailures.Add([pscustomobject]@{
            Message = $Message; File = $Invocation.ScriptName; Line = $Invocation.ScriptLineNumber; LineText = "$($Invocation.Line)"
        })
    }
    throw $Message
}
"""#
}
