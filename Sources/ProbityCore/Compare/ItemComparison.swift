/// One checklist item across the two years: its NEW status, the OLD items it continues with
/// their statuses and the movement against each, and the overall change.
public struct ItemComparison: Sendable, Hashable, Codable {
    /// The NEW item's id; for an item only in OLD (retired), the OLD id.
    public var item: ItemID
    public var area: AreaID
    public var change: ItemChange
    /// The crosswalk's verdict on the item (`same`, `changed`, `new`), when one applies.
    public var crosswalk: CrosswalkChange?
    /// The status in NEW (nil for an item only in OLD).
    public var newStatus: AnswerStatus?
    /// The OLD side: the items this one continues (several when merged), or the item itself
    /// when it is only in OLD.
    public var old: [OldItem]
    /// Why the item is not comparable, or how it was matched ("merged from IS-03, IS-04").
    public var reason: String?
    /// The crosswalk's note.
    public var note: String?

    public init(item: ItemID, area: AreaID, change: ItemChange, crosswalk: CrosswalkChange? = nil,
                newStatus: AnswerStatus? = nil, old: [OldItem] = [], reason: String? = nil, note: String? = nil) {
        self.item = item
        self.area = area
        self.change = change
        self.crosswalk = crosswalk
        self.newStatus = newStatus
        self.old = old
        self.reason = reason
        self.note = note
    }

    /// An OLD item with its status and the movement from it to the NEW status.
    public struct OldItem: Sendable, Hashable, Codable {
        public var item: ItemID
        /// nil when the OLD scorecard does not have the item.
        public var status: AnswerStatus?
        public var movement: Movement?
        public var reason: String?

        public init(item: ItemID, status: AnswerStatus?, movement: Movement? = nil, reason: String? = nil) {
            self.item = item
            self.status = status
            self.movement = movement
            self.reason = reason
        }
    }
}
