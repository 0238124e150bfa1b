/// How the organisation names in the registers matched, counted over rows.
public struct MatchingSummary: Sendable, Hashable, Codable {
    /// Distinct typed names over hospitality, contracts and interests.
    public var distinctNames: Int
    /// Rows by method (`exact`, `fuzzy`, `none`) and by rule.
    public var rowsByMethod: [String: Int]
    public var rowsByRule: [String: Int]
}
