import Testing

@Test func placeholderProbityCLITests() { #expect(Bool(true)) }
