/// Register health figures: how the gifts and hospitality register is used.
public struct HealthFigures: Sendable, Hashable, Codable {
    public var hospitalityEntries: Int
    public var accepted: Int
    public var declined: Int
    /// declined ÷ entries (0 when there are none).
    public var declinedShare: Double
    public var workforce: Int?
    /// entries ÷ workforce × 1,000, when the workforce is given.
    public var entriesPer1000Workforce: Double?
    public var valueBands: [ValueBand]
    /// Entries with no value recorded.
    public var entriesWithoutValue: Int
    public var chiefOfficerEntries: Int
    /// chief officers' entries ÷ entries.
    public var chiefOfficerShare: Double
}
