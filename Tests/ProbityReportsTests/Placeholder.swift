import Testing

@Test func placeholderProbityReportsTests() { #expect(Bool(true)) }
