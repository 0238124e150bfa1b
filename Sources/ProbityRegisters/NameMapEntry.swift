/// One distinct typed name in one register and the supplier it matched.
public struct NameMapEntry: Sendable, Hashable, Codable {
    public var source: RegisterKind
    public var typedName: String
    public var supplierID: RowID?
    public var rule: MatchRule
    public var score: Double
    /// Register rows that carry this typed name.
    public var rows: Int

    public var method: MatchMethod { rule.method }
}

/// How the organisation names in the registers matched, counted over rows.
public struct MatchingSummary: Sendable, Hashable, Codable {
    /// Distinct typed names over hospitality, contracts and interests.
    public var distinctNames: Int
    /// Rows by method (`exact`, `fuzzy`, `none`) and by rule.
    public var rowsByMethod: [String: Int]
    public var rowsByRule: [String: Int]
}
