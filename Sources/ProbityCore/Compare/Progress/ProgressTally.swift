/// What a direction of travel rests on, item by item and finding by finding, over the items
/// judged in both years: the weaknesses resolved, persisting and new, and the items that moved
/// without a weakness about them resolving or appearing. Every number a report gives is the
/// length of one of these lists, so every judgement can be traced.
public struct ProgressTally: Sendable, Hashable, Codable {
    /// The NEW items judged (met, partially met, not met) in both years, through the crosswalk.
    public var comparableItems: [ItemID]
    /// Weaknesses (areas for improvement, causes of concern) in OLD only, their items judged in both years.
    public var resolved: [FindingID]
    /// Weaknesses in both years.
    public var persisting: [FindingID]
    /// Weaknesses in NEW only, their items judged in both years.
    public var new: [FindingID]
    /// Items whose status rose, where no resolved weakness is about them.
    public var improved: [ItemID]
    /// Items whose status fell, where no new weakness is about them.
    public var worsened: [ItemID]

    public init(comparableItems: [ItemID] = [], resolved: [FindingID] = [], persisting: [FindingID] = [],
                new: [FindingID] = [], improved: [ItemID] = [], worsened: [ItemID] = []) {
        self.comparableItems = comparableItems
        self.resolved = resolved
        self.persisting = persisting
        self.new = new
        self.improved = improved
        self.worsened = worsened
    }

    /// Resolved weaknesses plus items improved without one resolving.
    public var gains: Int { resolved.count + improved.count }
    /// New weaknesses plus items worsened without a new one.
    public var losses: Int { new.count + worsened.count }

    /// (gains - losses) / (gains + losses + persisting), from -1 (everything got worse) to +1
    /// (every weakness resolved or improved, nothing worse); 0 when nothing was gained, lost or
    /// persisted (every comparable item stayed as it was without a weakness).
    public var index: Double {
        let total = gains + losses + persisting.count
        return total == 0 ? 0 : Double(gains - losses) / Double(total)
    }

    /// `1 resolved, 2 persisting, 0 new; 0 improved, 0 worsened; 3 items compared`.
    public var summary: String {
        "\(resolved.count) resolved, \(persisting.count) persisting, \(new.count) new; "
            + "\(improved.count) improved, \(worsened.count) worsened; "
            + "\(comparableItems.count) item\(comparableItems.count == 1 ? "" : "s") compared"
    }
}
