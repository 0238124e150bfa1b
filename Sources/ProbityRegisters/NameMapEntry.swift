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
