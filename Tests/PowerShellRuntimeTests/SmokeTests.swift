import Testing
@testable import PowerShellRuntime

@Test func moduleLoads() { #expect(Bool(true)) }
