/// How a checklist's items relate to the previous year's, so scorecards compare item by item.
public struct Crosswalk: Sendable, Hashable, Codable {
    public var from: ChecklistID
    public var entries: [CrosswalkEntry]
    public var retired: [RetiredItem]

    public func entry(for item: ItemID) -> CrosswalkEntry? { entries.first { $0.item == item } }
}

public struct CrosswalkEntry: Sendable, Hashable, Codable {
    public var item: ItemID
    public var change: CrosswalkChange
    public var previous: [ItemID]
    public var note: String?
}

public enum CrosswalkChange: String, StrictStringEnum {
    case same
    case changed
    case new
}

public struct RetiredItem: Sendable, Hashable, Codable {
    public var previous: ItemID
    public var replacedBy: [ItemID]?
    public var note: String?
}
