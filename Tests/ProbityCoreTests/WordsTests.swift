import ProbityCore
import Testing

@Suite struct WordsTests {
    @Test(arguments: [(0, "action", "0 actions"), (1, "action", "1 action"), (2, "entry", "2 entries"), (1, "entry", "1 entry"),
                      (3, "day", "3 days"), (1234, "byte", "1,234 bytes"), (2, "match", "2 matches")])
    func counts(_ count: Int, _ noun: String, _ expected: String) {
        #expect(Words.count(count, noun) == expected)
    }

    @Test(arguments: [(1.0, "1 month"), (1.04, "1 month"), (1.5, "1.5 months"), (12.0, "12 months"), (0.0, "0 months")])
    func quantities(_ value: Double, _ expected: String) {
        #expect(Words.count(value, "month") == expected)
    }

    @Test func verbsAgreeWithTheCount() {
        #expect([0, 1, 2].map { Words.verb($0, "is", "are") } == ["are", "is", "are"])
    }

    @Test func times() {
        #expect([Words.times(1), Words.times(2), Words.times(5)] == ["once", "twice", "5 times"])
    }

    @Test("a slip of two neighbouring letters is one edit", arguments: [("scroe", "score"), ("comapre", "compare"), ("nationl", "national")])
    func suggestions(_ typed: String, _ meant: String) {
        #expect(Suggestion.closest(to: typed, among: ["score", "compare", "national", "report", "export"]) == meant)
    }
}

@Suite struct WordsQuantityTests {
    @Test(arguments: [("1", "investigations", "1 investigation"), ("2", "investigations", "2 investigations"),
                      ("1", "hospitality entries", "1 hospitality entry"), ("1", "FTE", "1 FTE"),
                      ("1", "continuing", "1 continuing"), ("1.5", "months", "1.5 months"), ("1", "months", "1 month"),
                      ("0", "recorded contacts", "0 recorded contacts")])
    func agreesWithWhatIsShown(shown: String, noun: String, expected: String) {
        #expect(Words.quantity(shown, noun) == expected)
    }
}
