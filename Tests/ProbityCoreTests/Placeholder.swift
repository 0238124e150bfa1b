import Testing

@Test func placeholderProbityCoreTests() { #expect(Bool(true)) }
