extension PesterScript {
    /// NUnit 2.5, NUnit 3 and JUnit XML reports.
    static let reports = #"""
# Test result files: NUnit 2.5, NUnit 3 and JUnit 4 XML, as CI systems read them.

function ConvertTo-PesterXmlText([string] $Text, [switch] $Attribute) {
    if ($null -eq $Text) { return '' }
    $sb = [System.Text.StringBuilder]::new()
    foreach ($c in $Text.ToCharArray()) {
        $code = [int]$c
        switch ($c) {
            '&' { [void]$sb.Append('&amp;') }
            '<' { [void]$sb.Append('&lt;') }
            '>' { [void]$sb.Append('&gt;') }
            '"' { [void]$sb.Append('&quot;') }
            "'" { [void]$sb.Append('&apos;') }
            default {
                if ($Attribute -and ($code -eq 10 -or $code -eq 13 -or $code -eq 9)) { [void]$sb.Append("&#x$($code.ToString('X'));") }
                elseif ($code -lt 32 -and $code -ne 9 -and $code -ne 10 -and $code -ne 13) { [void]$sb.Append("\u$($code.ToString('x4'))") }
                else { [void]$sb.Append($c) }
            }
        }
    }
    $sb.ToString()
}

function Format-PesterSeconds([timespan] $Span) {
    if ($env:LICENSELAB_PESTER_FIXED_TIME) { return '0' }
    $Span.TotalSeconds.ToString('0.####', [System.Globalization.CultureInfo]::InvariantCulture)
}

function Get-PesterFailureText($Test) {
    $message = (@($Test.Failures | ForEach-Object { $_.Lines -join "`n" }) -join "`n")
    $trace = (@($Test.Failures | ForEach-Object { $_.Trace -join "`n" }) -join "`n")
    @{ Message = $message; Trace = $trace }
}

function Get-PesterTestFullName($Test) {
    (@($Test.Block.Path) + $Test.ExpandedName) -join '.'
}

function Export-PesterReport($Run, [string] $Format, [string] $Path, [string] $SuiteName) {
    if (-not $SuiteName) { $SuiteName = 'Pester' }
    $xml = switch -Regex ($Format) {
        '^(NUnitXml|NUnit2\.5)$' { ConvertTo-PesterNUnit25 $Run $SuiteName }
        '^NUnit3$' { ConvertTo-PesterNUnit3 $Run $SuiteName }
        '^JUnitXml$' { ConvertTo-PesterJUnit $Run }
        default { throw "Unsupported test result format '$Format'. Use NUnitXml, NUnit2.5, NUnit3 or JUnitXml." }
    }
    $full = if ([System.IO.Path]::IsPathRooted($Path)) { $Path } else { Join-Path (Get-Location).Path $Path }
    $dir = Split-Path -Path $full -Parent
    if ($dir -and -not (Test-Path -Path $dir)) { $null = New-Item -ItemType Directory -Path $dir -Force }
    Set-Content -Path $full -Value $xml -Encoding utf8NoBOM -NoNewline
}

function Export-NUnitReport {
    [CmdletBinding()]
    param([Parameter(Mandatory = $true, ValueFromPipeline = $true)] $Result, [Parameter(Mandatory = $true)] [string] $Path, [ValidateSet('NUnit2.5', 'NUnit3')] [string] $Format = 'NUnit2.5')
    process { Export-PesterReport -Run $Result -Format $Format -Path $Path -SuiteName 'Pester' }
}

function Export-JUnitReport {
    [CmdletBinding()]
    param([Parameter(Mandatory = $true, ValueFromPipeline = $true)] $Result, [Parameter(Mandatory = $true)] [string] $Path)
    process { Export-PesterReport -Run $Result -Format 'JUnitXml' -Path $Path -SuiteName 'Pester' }
}

function ConvertTo-NUnitReport {
    [CmdletBinding()]
    param([Parameter(Mandatory = $true, ValueFromPipeline = $true)] $Result, [ValidateSet('NUnit2.5', 'NUnit3')] [string] $Format = 'NUnit2.5')
    process { if ($Format -eq 'NUnit3') { ConvertTo-PesterNUnit3 $Result 'Pester' } else { ConvertTo-PesterNUnit25 $Result 'Pester' } }
}

function ConvertTo-JUnitReport {
    [CmdletBinding()]
    param([Parameter(Mandatory = $true, ValueFromPipeline = $true)] $Result)
    process { ConvertTo-PesterJUnit $Result }
}

function Get-PesterCounts($Tests) {
    $t = @($Tests)
    @{
        Total = $t.Count
        Passed = @($t | Where-Object { $_.Result -eq 'Passed' }).Count
        Failed = @($t | Where-Object { $_.Result -eq 'Failed' }).Count
        Skipped = @($t | Where-Object { $_.Result -eq 'Skipped' }).Count
        Inconclusive = @($t | Where-Object { $_.Result -eq 'Inconclusive' }).Count
        NotRun = @($t | Where-Object { $_.Result -eq 'NotRun' }).Count
    }
}

function Get-PesterStamp($Run) {
    if ($env:LICENSELAB_PESTER_FIXED_TIME) { return [datetime]::new(2026, 1, 1, 0, 0, 0) }
    $Run.ExecutedAt
}

# ---- NUnit 2.5 (test-results / test-suite / test-case)

function Get-PesterNUnit25Result($Tests, [bool] $Failed) {
    $c = Get-PesterCounts $Tests
    if ($Failed -or $c.Failed -gt 0) { return @{ Result = 'Failure'; Success = 'False'; Executed = 'True' } }
    if ($c.Total -gt 0 -and $c.Passed -eq 0 -and $c.Inconclusive -gt 0) { return @{ Result = 'Inconclusive'; Success = 'True'; Executed = 'True' } }
    if ($c.Total -gt 0 -and $c.Passed -eq 0 -and ($c.Skipped + $c.NotRun) -eq $c.Total) { return @{ Result = 'Ignored'; Success = 'True'; Executed = 'False' } }
    @{ Result = 'Success'; Success = 'True'; Executed = 'True' }
}

function Write-PesterNUnit25Block($sb, $Block, [string] $Indent) {
    foreach ($item in $Block.Items) {
        if ($item.PSObject.TypeNames -contains 'Pester.Test') {
            Write-PesterNUnit25Test $sb $item $Indent
            continue
        }
        $tests = @(Get-PesterTests $item)
        $r = Get-PesterNUnit25Result $tests ($item.ErrorRecord.Count -gt 0)
        $name = ConvertTo-PesterXmlText ($item.Path -join '.')
        [void]$sb.AppendLine("$Indent<test-suite type=`"TestFixture`" name=`"$name`" executed=`"$($r.Executed)`" result=`"$($r.Result)`" success=`"$($r.Success)`" time=`"$(Format-PesterSeconds $item.Duration)`" asserts=`"0`" description=`"$(ConvertTo-PesterXmlText $item.ExpandedName)`">")
        [void]$sb.AppendLine("$Indent  <results>")
        Write-PesterNUnit25Block $sb $item "$Indent    "
        [void]$sb.AppendLine("$Indent  </results>")
        [void]$sb.AppendLine("$Indent</test-suite>")
    }
}

function Write-PesterNUnit25Test($sb, $Test, [string] $Indent) {
    $full = ConvertTo-PesterXmlText (Get-PesterTestFullName $Test)
    $desc = ConvertTo-PesterXmlText $Test.ExpandedName
    $time = Format-PesterSeconds $Test.Duration
    switch ($Test.Result) {
        'Passed' { [void]$sb.AppendLine("$Indent<test-case description=`"$desc`" name=`"$full`" time=`"$time`" asserts=`"0`" success=`"True`" result=`"Success`" executed=`"True`" />") }
        'Failed' {
            $f = Get-PesterFailureText $Test
            [void]$sb.AppendLine("$Indent<test-case description=`"$desc`" name=`"$full`" time=`"$time`" asserts=`"0`" success=`"False`" result=`"Failure`" executed=`"True`">")
            [void]$sb.AppendLine("$Indent  <failure>")
            [void]$sb.AppendLine("$Indent    <message>$(ConvertTo-PesterXmlText $f.Message)</message>")
            [void]$sb.AppendLine("$Indent    <stack-trace>$(ConvertTo-PesterXmlText $f.Trace)</stack-trace>")
            [void]$sb.AppendLine("$Indent  </failure>")
            [void]$sb.AppendLine("$Indent</test-case>")
        }
        'Inconclusive' {
            [void]$sb.AppendLine("$Indent<test-case description=`"$desc`" name=`"$full`" time=`"$time`" asserts=`"0`" success=`"False`" result=`"Inconclusive`" executed=`"True`">")
            [void]$sb.AppendLine("$Indent  <reason><message>$(ConvertTo-PesterXmlText $Test.FailureMessage)</message></reason>")
            [void]$sb.AppendLine("$Indent</test-case>")
        }
        default {
            $why = if ($Test.FailureMessage) { $Test.FailureMessage } else { '' }
            [void]$sb.AppendLine("$Indent<test-case description=`"$desc`" name=`"$full`" time=`"$time`" asserts=`"0`" success=`"False`" result=`"Ignored`" executed=`"False`">")
            [void]$sb.AppendLine("$Indent  <reason><message>$(ConvertTo-PesterXmlText $why)</message></reason>")
            [void]$sb.AppendLine("$Indent</test-case>")
        }
    }
}

function ConvertTo-PesterNUnit25($Run, [string] $SuiteName) {
    $sb = [System.Text.StringBuilder]::new()
    $stamp = Get-PesterStamp $Run
    $c = Get-PesterCounts $Run.Tests
    [void]$sb.AppendLine('<?xml version="1.0" encoding="utf-8" standalone="no"?>')
    [void]$sb.AppendLine("<test-results xmlns:xsi=`"http://www.w3.org/2001/XMLSchema-instance`" xsi:noNamespaceSchemaLocation=`"nunit_schema_2.5.xsd`" name=`"$(ConvertTo-PesterXmlText $SuiteName)`" total=`"$($c.Total)`" errors=`"0`" failures=`"$($c.Failed)`" not-run=`"$($c.NotRun)`" inconclusive=`"$($c.Inconclusive)`" ignored=`"0`" skipped=`"$($c.Skipped)`" invalid=`"0`" date=`"$($stamp.ToString('yyyy-MM-dd'))`" time=`"$($stamp.ToString('HH:mm:ss'))`">")
    [void]$sb.AppendLine("  <environment nunit-version=`"2.5.8.0`" os-version=`"$(ConvertTo-PesterXmlText ([string][System.Environment]::OSVersion.Version))`" platform=`"Linux`" cwd=`"$(ConvertTo-PesterXmlText (Get-Location).Path)`" machine-name=`"$(ConvertTo-PesterXmlText ([System.Environment]::MachineName))`" user=`"$(ConvertTo-PesterXmlText ([System.Environment]::UserName))`" user-domain=`"`" clr-version=`"LicenseLab`" />")
    [void]$sb.AppendLine('  <culture-info current-culture="en-US" current-uiculture="en-US" />')
    $r = Get-PesterNUnit25Result $Run.Tests ($Run.Result -eq 'Failed')
    [void]$sb.AppendLine("  <test-suite type=`"TestFixture`" name=`"$(ConvertTo-PesterXmlText $SuiteName)`" executed=`"$($r.Executed)`" result=`"$($r.Result)`" success=`"$($r.Success)`" time=`"$(Format-PesterSeconds $Run.Duration)`" asserts=`"0`" description=`"$(ConvertTo-PesterXmlText $SuiteName)`">")
    [void]$sb.AppendLine('    <results>')
    foreach ($container in $Run.Containers) {
        $tests = @(Get-PesterTests $container.Root)
        $cr = Get-PesterNUnit25Result $tests ($container.Result -eq 'Failed')
        $name = ConvertTo-PesterXmlText $container.Name
        [void]$sb.AppendLine("      <test-suite type=`"TestFixture`" name=`"$name`" executed=`"$($cr.Executed)`" result=`"$($cr.Result)`" success=`"$($cr.Success)`" time=`"$(Format-PesterSeconds $container.Duration)`" asserts=`"0`" description=`"$name`">")
        [void]$sb.AppendLine('        <results>')
        Write-PesterNUnit25Block $sb $container.Root '          '
        [void]$sb.AppendLine('        </results>')
        [void]$sb.AppendLine('      </test-suite>')
    }
    [void]$sb.AppendLine('    </results>')
    [void]$sb.AppendLine('  </test-suite>')
    [void]$sb.Append('</test-results>')
    $sb.ToString()
}

# ---- NUnit 3 (test-run / test-suite / test-case)

function Get-PesterNUnit3Result($Tests, [bool] $Failed) {
    $c = Get-PesterCounts $Tests
    if ($Failed -or $c.Failed -gt 0) { return 'Failed' }
    if ($c.Total -gt 0 -and $c.Passed -eq 0 -and $c.Inconclusive -gt 0) { return 'Inconclusive' }
    if ($c.Total -gt 0 -and $c.Passed -eq 0 -and ($c.Skipped + $c.NotRun) -eq $c.Total) { return 'Skipped' }
    'Passed'
}

function Get-PesterNUnit3Id {
    $script:PesterNUnit3Id++
    "1-$script:PesterNUnit3Id"
}

function Write-PesterNUnit3Suite($sb, [string] $Type, [string] $Name, [string] $FullName, $Tests, [bool] $Failed, [timespan] $Duration, [string] $Indent, [scriptblock] $Children, $Stamp) {
    $c = Get-PesterCounts $Tests
    $result = Get-PesterNUnit3Result $Tests $Failed
    $start = $Stamp.ToUniversalTime().ToString('yyyy-MM-ddTHH:mm:ssZ')
    [void]$sb.AppendLine("$Indent<test-suite type=`"$Type`" id=`"$(Get-PesterNUnit3Id)`" name=`"$(ConvertTo-PesterXmlText $Name)`" fullname=`"$(ConvertTo-PesterXmlText $FullName)`" runstate=`"Runnable`" testcasecount=`"$($c.Total)`" result=`"$result`" start-time=`"$start`" end-time=`"$start`" duration=`"$(Format-PesterSeconds $Duration)`" total=`"$($c.Total)`" passed=`"$($c.Passed)`" failed=`"$($c.Failed)`" warnings=`"0`" inconclusive=`"$($c.Inconclusive)`" skipped=`"$($c.Skipped + $c.NotRun)`" asserts=`"0`">")
    & $Children
    [void]$sb.AppendLine("$Indent</test-suite>")
}

function Write-PesterNUnit3Block($sb, $Block, [string] $Indent, $Stamp) {
    foreach ($item in $Block.Items) {
        if ($item.PSObject.TypeNames -contains 'Pester.Test') {
            $full = Get-PesterTestFullName $item
            $start = $Stamp.ToUniversalTime().ToString('yyyy-MM-ddTHH:mm:ssZ')
            $result = switch ($item.Result) { 'Passed' { 'Passed' } 'Failed' { 'Failed' } 'Inconclusive' { 'Inconclusive' } default { 'Skipped' } }
            $open = "$Indent<test-case id=`"$(Get-PesterNUnit3Id)`" name=`"$(ConvertTo-PesterXmlText $full)`" fullname=`"$(ConvertTo-PesterXmlText $full)`" methodname=`"$(ConvertTo-PesterXmlText $item.ExpandedName)`" classname=`"$(ConvertTo-PesterXmlText ($item.Block.Path -join '.'))`" runstate=`"Runnable`" seed=`"0`" result=`"$result`" start-time=`"$start`" end-time=`"$start`" duration=`"$(Format-PesterSeconds $item.Duration)`" asserts=`"0`""
            if ($item.Result -eq 'Failed') {
                $f = Get-PesterFailureText $item
                [void]$sb.AppendLine("$open>")
                [void]$sb.AppendLine("$Indent  <failure>")
                [void]$sb.AppendLine("$Indent    <message>$(ConvertTo-PesterXmlText $f.Message)</message>")
                [void]$sb.AppendLine("$Indent    <stack-trace>$(ConvertTo-PesterXmlText $f.Trace)</stack-trace>")
                [void]$sb.AppendLine("$Indent  </failure>")
                [void]$sb.AppendLine("$Indent</test-case>")
            }
            elseif ($item.Result -in 'Skipped', 'NotRun', 'Inconclusive') {
                $label = if ($item.Result -eq 'Inconclusive') { 'Inconclusive' } else { 'Ignored' }
                [void]$sb.AppendLine(($open -replace ' result="Skipped"', " result=`"Skipped`" label=`"$label`"") + '>')
                [void]$sb.AppendLine("$Indent  <reason><message>$(ConvertTo-PesterXmlText $item.FailureMessage)</message></reason>")
                [void]$sb.AppendLine("$Indent</test-case>")
            }
            else { [void]$sb.AppendLine("$open />") }
            continue
        }
        $blockTests = @(Get-PesterTests $item)
        $inner = $item
        Write-PesterNUnit3Suite $sb 'TestFixture' $item.ExpandedName ($item.Path -join '.') $blockTests ($item.ErrorRecord.Count -gt 0) $item.Duration $Indent { Write-PesterNUnit3Block $sb $inner "$Indent  " $Stamp } $Stamp
    }
}

function ConvertTo-PesterNUnit3($Run, [string] $SuiteName) {
    $script:PesterNUnit3Id = 0
    $sb = [System.Text.StringBuilder]::new()
    $stamp = Get-PesterStamp $Run
    $c = Get-PesterCounts $Run.Tests
    $result = Get-PesterNUnit3Result $Run.Tests ($Run.Result -eq 'Failed')
    $start = $stamp.ToUniversalTime().ToString('yyyy-MM-ddTHH:mm:ssZ')
    [void]$sb.AppendLine('<?xml version="1.0" encoding="utf-8" standalone="no"?>')
    [void]$sb.AppendLine("<test-run id=`"0`" name=`"$(ConvertTo-PesterXmlText $SuiteName)`" fullname=`"$(ConvertTo-PesterXmlText $SuiteName)`" testcasecount=`"$($c.Total)`" result=`"$result`" total=`"$($c.Total)`" passed=`"$($c.Passed)`" failed=`"$($c.Failed)`" warnings=`"0`" inconclusive=`"$($c.Inconclusive)`" skipped=`"$($c.Skipped + $c.NotRun)`" asserts=`"0`" engine-version=`"3.0`" clr-version=`"LicenseLab`" start-time=`"$start`" end-time=`"$start`" duration=`"$(Format-PesterSeconds $Run.Duration)`">")
    foreach ($container in $Run.Containers) {
        $tests = @(Get-PesterTests $container.Root)
        $root = $container.Root
        Write-PesterNUnit3Suite $sb 'TestSuite' (Split-Path -Path $container.Name -Leaf) $container.Name $tests ($container.Result -eq 'Failed') $container.Duration '  ' { Write-PesterNUnit3Block $sb $root '    ' $stamp } $stamp
    }
    [void]$sb.Append('</test-run>')
    $sb.ToString()
}

# ---- JUnit 4 (testsuites / testsuite / testcase)

function ConvertTo-PesterJUnit($Run) {
    $sb = [System.Text.StringBuilder]::new()
    $stamp = Get-PesterStamp $Run
    $c = Get-PesterCounts $Run.Tests
    [void]$sb.AppendLine('<?xml version="1.0" encoding="utf-8" standalone="no"?>')
    [void]$sb.AppendLine("<testsuites xmlns:xsi=`"http://www.w3.org/2001/XMLSchema-instance`" xsi:noNamespaceSchemaLocation=`"junit_schema_4.xsd`" name=`"Pester`" tests=`"$($c.Total)`" errors=`"0`" failures=`"$($c.Failed)`" disabled=`"$($c.NotRun)`" time=`"$(Format-PesterSeconds $Run.Duration)`">")
    $id = 0
    foreach ($container in $Run.Containers) {
        $tests = @(Get-PesterTests $container.Root)
        $cc = Get-PesterCounts $tests
        $name = ConvertTo-PesterXmlText $container.Name
        $package = ConvertTo-PesterXmlText (Split-Path -Path $container.Name -Parent)
        $errors = if ($container.ErrorRecord.Count -gt 0) { 1 } else { 0 }
        [void]$sb.AppendLine("  <testsuite name=`"$name`" tests=`"$($cc.Total)`" errors=`"$errors`" failures=`"$($cc.Failed)`" hostname=`"$(ConvertTo-PesterXmlText ([System.Environment]::MachineName))`" id=`"$id`" skipped=`"$($cc.Skipped + $cc.Inconclusive)`" disabled=`"$($cc.NotRun)`" package=`"$package`" time=`"$(Format-PesterSeconds $container.Duration)`" timestamp=`"$($stamp.ToString('yyyy-MM-ddTHH:mm:ss'))`">")
        $id++
        [void]$sb.AppendLine('    <properties>')
        [void]$sb.AppendLine("      <property name=`"framework`" value=`"Pester $script:PesterVersion`" />")
        [void]$sb.AppendLine('    </properties>')
        foreach ($t in $tests) {
            $full = ConvertTo-PesterXmlText (Get-PesterTestFullName $t)
            $status = $t.Result
            $open = "    <testcase name=`"$full`" status=`"$status`" classname=`"$name`" assertions=`"0`" time=`"$(Format-PesterSeconds $t.Duration)`""
            switch ($t.Result) {
                'Passed' { [void]$sb.AppendLine("$open />") }
                'Failed' {
                    $f = Get-PesterFailureText $t
                    [void]$sb.AppendLine("$open>")
                    [void]$sb.AppendLine("      <failure message=`"$(ConvertTo-PesterXmlText $f.Message -Attribute)`">$(ConvertTo-PesterXmlText $f.Trace)</failure>")
                    [void]$sb.AppendLine('    </testcase>')
                }
                default {
                    [void]$sb.AppendLine("$open>")
                    $why = if ($t.FailureMessage) { " message=`"$(ConvertTo-PesterXmlText $t.FailureMessage -Attribute)`"" } else { '' }
                    [void]$sb.AppendLine("      <skipped$why />")
                    [void]$sb.AppendLine('    </testcase>')
                }
            }
        }
        [void]$sb.AppendLine('  </testsuite>')
    }
    [void]$sb.Append('</testsuites>')
    $sb.ToString()
}
"""#
}
