/// One integrity area (an HMIC evidence heading) and its items.
public struct ChecklistArea: Sendable, Hashable, Codable {
    public var id: AreaID
    public var title: String
    public var summary: String
    public var heading: String?
    /// Indicator thresholds the area's plugin reads by name (see the plugin's descriptor).
    public var thresholds: [String: Double]
    public var items: [ChecklistItem]

    public func item(_ id: ItemID) -> ChecklistItem? { items.first { $0.id == id } }
}
