/// A finding the inspector makes in moderation. It joins the area's findings when the
/// moderated scorecard is scored, and counts for penalties and grade limits like a plugin's.
/// Its area is the area of its items (all in one area).
public struct InspectorFinding: Sendable, Hashable, Codable {
    public var kind: FindingKind
    public var title: String
    public var detail: String
    public var items: [ItemID]

    public init(kind: FindingKind, title: String, detail: String, items: [ItemID]) {
        self.kind = kind
        self.title = title
        self.detail = detail
        self.items = items
    }

    func scored(id: FindingID) -> Finding {
        Finding(id: id, kind: kind, title: title, detail: detail, items: items, origin: .inspector)
    }
}
