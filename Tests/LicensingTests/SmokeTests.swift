import Testing
@testable import Licensing

@Test func moduleLoads() { #expect(Bool(true)) }
