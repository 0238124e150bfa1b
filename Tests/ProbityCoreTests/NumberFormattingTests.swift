import ProbityCore
import Testing

@Suite struct NumberFormattingTests {
    @Test(arguments: [
        (1234.0, "1,234"), (1234.56, "1,234.6"), (0.04, "0"), (-2.25, "-2.3"), (999.96, "1,000"), (1_000_000, "1,000,000"),
    ])
    func numbers(_ value: Double, _ expected: String) {
        #expect(NumberFormatting.number(value) == expected)
    }

    @Test func percentages() {
        #expect(NumberFormatting.percent(0.2866) == "28.7%")
        #expect(NumberFormatting.percent(1) == "100%")
        #expect(NumberFormatting.number(.nan) == "n/a")
    }
}
