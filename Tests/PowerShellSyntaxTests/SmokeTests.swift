import Testing
@testable import PowerShellSyntax

@Test func moduleLoads() { #expect(Bool(true)) }
