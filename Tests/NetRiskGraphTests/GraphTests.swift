import Testing
@testable import NetRiskGraph
@Test func placeholder() { #expect(1 + 1 == 2) }
