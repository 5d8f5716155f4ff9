# .NET members scripts and PowerShell's own tests reach for: the limits of every integer type,
# [object]::ReferenceEquals, [WildcardPattern], [ErrorCategory] and the [cultureinfo] accelerator.
'-- limits'
[sbyte]::MinValue, [sbyte]::MaxValue -join ' '
[byte]::MaxValue, [int16]::MinValue, [uint16]::MaxValue -join ' '
[uint32]::MaxValue, [uint64]::MaxValue -join ' '
'-- ReferenceEquals: the same object, not an equal one'
$list = @(1, 2)
[object]::ReferenceEquals($list, $list)
[object]::ReferenceEquals($list, @(1, 2))
[object]::ReferenceEquals($null, $null)
[object]::ReferenceEquals(5, 5)
'-- WildcardPattern'
$p = [WildcardPattern]::new('lic*')
$p.IsMatch('licenselab'), $p.IsMatch('LICENSELAB'), $p.IsMatch($null) -join ' '
[WildcardPattern]::new('lic*', 'IgnoreCase').IsMatch('LICENSELAB')
[WildcardPattern]::ContainsWildcardCharacters('E[35]'), [WildcardPattern]::ContainsWildcardCharacters('E5') -join ' '
[WildcardPattern]::Escape('E*[5]')
[WildcardPattern]::Unescape('E`*`[5`]')
'-- ErrorCategory and cultureinfo'
[System.Management.Automation.ErrorCategory]::ObjectNotFound
"[$([cultureinfo]::InvariantCulture.Name)]"
'-- a wildcard pattern as a regular expression, as .NET writes it'
'*.txt', 'test?.log', 'file[0-9].txt', '*test*' | ForEach-Object { [System.Management.Automation.WildcardPattern]::new($_).ToRegex().ToString() }
$rx = [System.Management.Automation.WildcardPattern]::new('TEST', [System.Management.Automation.WildcardOptions]::IgnoreCase).ToRegex()
$rx.Options.ToString(), $rx.IsMatch('test') -join ' '
