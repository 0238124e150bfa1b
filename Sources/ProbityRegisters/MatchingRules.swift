/// How typed organisation names are matched to the supplier list.
public struct MatchingRules: Sendable, Hashable, Codable {
    /// Words dropped from the end of a name by the normaliser.
    public var legalSuffixes: [String]
    /// Abbreviation → word, applied to whole words of both names before the approximate pass.
    public var abbreviations: [String: String]
    /// Spelling edits allowed in one word, by the longer word's length.
    public var editBudget: [EditBudget]
    /// Spelling edits allowed over the whole name.
    public var maxEditsPerName: Int
    /// Words that may differ by spelling (at least one word must agree exactly).
    public var maxDifferingWords: Int
    /// The lowest score an approximate match may have (0…1).
    public var minScore: Double
    /// Match the same words in another order ("Fleet Services Northern" for "Northern Fleet Services")…
    public var allowWordOrder: Bool
    /// …when the name has at least this many words besides "and" ("Hughes & Barker" and
    /// "Barker & Hughes" are two partnerships as often as one).
    public var wordOrderMinWords: Int
    /// Match words run together or split ("Northern Fleetservices").
    public var allowJoinedWords: Bool
    /// A word not in the supplier list still counts as a real word (so never a misspelling)
    /// when at least this many different names use it where it cannot be the misspelling:
    /// putting the supplier's word in its place gives a name no register used.
    public var knownWordMinNames: Int
    /// A word and the same word with a trailing "s" (plural/singular) are one word misspelt.
    public var pluralIsSameWord: Bool
    /// Words longer than this (in bytes of the normalised word) are compared exactly only, never
    /// as a misspelling: finding misspellings costs the cube of a word's length.
    public var maxWordLength: Int
    /// Names with more words than this are matched exactly only (no approximate pass), and
    /// are not counted as evidence that a word is real: comparing by words costs the square
    /// of a name's word count.
    public var maxNameWords: Int
    /// Scores given to the rules that are not spelling edits.
    public var abbreviationScore: Double
    public var joinedWordsScore: Double
    public var wordOrderScore: Double

    /// The edits allowed in a word of `length` characters.
    public func budget(forLength length: Int) -> Int {
        editBudget.filter { length >= $0.minLength }.map(\.maxEdits).max() ?? 0
    }
}

public struct EditBudget: Sendable, Hashable, Codable {
    public var minLength: Int
    public var maxEdits: Int
}
