/// How a checklist's items relate to the previous year's, so scorecards compare item by item.
public struct Crosswalk: Sendable, Hashable, Codable {
    public var from: ChecklistID
    public var entries: [CrosswalkEntry]
    public var retired: [RetiredItem]

    public init(from: ChecklistID, entries: [CrosswalkEntry], retired: [RetiredItem]) {
        self.from = from
        self.entries = entries
        self.retired = retired
    }

    public func entry(for item: ItemID) -> CrosswalkEntry? { entries.first { $0.item == item } }
}

public struct CrosswalkEntry: Sendable, Hashable, Codable {
    public var item: ItemID
    public var change: CrosswalkChange
    public var previous: [ItemID]
    public var note: String?

    public init(item: ItemID, change: CrosswalkChange, previous: [ItemID], note: String?) {
        self.item = item
        self.change = change
        self.previous = previous
        self.note = note
    }
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

    public init(previous: ItemID, replacedBy: [ItemID]?, note: String?) {
        self.previous = previous
        self.replacedBy = replacedBy
        self.note = note
    }
}
