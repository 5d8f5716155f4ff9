extension PesterScript {
    /// What each version exports.
    static let exports = #"""
# What each version exports: Pester 6 adds the Should-* commands and drops Assert-MockCalled and
# Assert-VerifiableMock, which Pester 5 has.
$script:PesterCommon = @('Invoke-Pester', 'New-PesterConfiguration', 'Describe', 'Context', 'It', 'BeforeAll', 'AfterAll',
    'BeforeEach', 'AfterEach', 'BeforeDiscovery', 'Should', 'Mock', 'Set-ItResult', 'Export-NUnitReport', 'Export-JUnitReport',
    'ConvertTo-NUnitReport', 'ConvertTo-JUnitReport')
if ($script:PesterVersion -eq '5.7.1') {
    Export-ModuleMember -Function ($script:PesterCommon + @('Assert-MockCalled', 'Assert-VerifiableMock'))
}
else {
    Export-ModuleMember -Function ($script:PesterCommon + @('Should-Be', 'Should-NotBe', 'Should-BeString', 'Should-NotBeString', 'Should-BeEmptyString',
        'Should-BeNull', 'Should-NotBeNull', 'Should-BeTrue', 'Should-BeFalse', 'Should-BeTruthy', 'Should-BeFalsy',
        'Should-BeGreaterThan', 'Should-BeGreaterThanOrEqual', 'Should-BeLessThan', 'Should-BeLessThanOrEqual',
        'Should-HaveType', 'Should-NotHaveType', 'Should-BeLikeString', 'Should-MatchString', 'Should-BeCollection',
        'Should-ContainCollection', 'Should-Throw', 'Should-HaveParameter', 'Should-NotHaveParameter', 'Should-Invoke', 'Should-NotInvoke'))
}
"""#
}
