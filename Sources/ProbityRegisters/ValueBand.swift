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
