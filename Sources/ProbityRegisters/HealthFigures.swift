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

/// Hospitality entries whose value is at least `fromGBP` and below `belowGBP`.
public struct ValueBand: Sendable, Hashable, Codable {
    public var fromGBP: Double
    /// nil for the top band.
    public var belowGBP: Double?
    public var entries: Int
    public var totalGBP: Double

    public var label: String {
        func money(_ value: Double) -> String { value == value.rounded() ? "£\(Int(value))" : "£\(value)" }
        guard let belowGBP else { return "\(money(fromGBP)) and over" }
        return fromGBP == 0 ? "under \(money(belowGBP))" : "\(money(fromGBP)) to under \(money(belowGBP))"
    }
}
