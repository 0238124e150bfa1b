/// How a typed name was matched to a supplier, as the evaluator's `method` column says it.
public enum MatchMethod: String, Sendable, Hashable, Codable {
    case exact, fuzzy, none
}

/// Which rule matched a name (or why none did).
public enum MatchRule: String, Sendable, Hashable, Codable {
    /// Equal keys after normalisation.
    case exact
    /// Equal after expanding abbreviations ("svcs" → "services").
    case abbreviation
    /// The same letters with words run together or split.
    case joinedWords
    /// The same words in another order.
    case wordOrder
    /// Misspelt words within the edit budget, none of them a known word.
    case spelling
    /// Two or more suppliers fit equally well: no match rather than a guess.
    case ambiguous
    case none

    public var method: MatchMethod {
        switch self {
        case .exact: return .exact
        case .none, .ambiguous: return .none
        default: return .fuzzy
        }
    }
}

/// The supplier a typed name refers to, if any, how that was decided, and the score (0…1).
public struct NameMatch: Sendable, Hashable {
    /// Index into `RegisterSet.suppliers`; nil when no supplier matched.
    public var supplier: Int?
    public var rule: MatchRule
    public var score: Double
    /// Spelling edits (for `.spelling`).
    public var edits: Int

    public init(supplier: Int?, rule: MatchRule, score: Double, edits: Int = 0) {
        self.supplier = supplier
        self.rule = rule
        self.score = score
        self.edits = edits
    }

    public var method: MatchMethod { rule.method }

    static let unmatched = NameMatch(supplier: nil, rule: .none, score: 0)
    static let ambiguous = NameMatch(supplier: nil, rule: .ambiguous, score: 0)
}
