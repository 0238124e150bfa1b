import Testing

@Test func placeholderProbityRegistersTests() { #expect(Bool(true)) }
