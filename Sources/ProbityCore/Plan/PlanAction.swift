import Foundation

/// One action of an improvement plan. The finding, its title, kind, items and recommendations
/// are derived from the health check; the action text, owner, due date, status and notes are
/// the force's, and probity never changes them once written.
public struct PlanAction: Sendable, Hashable, Codable {
    /// `ACT-` and the finding id: `ACT-GH-F03`.
    public var id: String
    public var area: AreaID
    public var finding: FindingID
    public var findingTitle: String
    public var kind: FindingKind
    public var items: [ItemID]
    /// The HMIC recommendations the finding answers.
    public var recommendations: [RecommendationID]
    /// What is to be done; derived as "Address: <finding title>", for the force to refine.
    public var action: String
    public var owner: String?
    public var due: LocalDate?
    public var status: ActionStatus
    public var notes: String?
    /// Whether the latest health check still found the finding (absent in hand-written plans).
    public var findingState: FindingState?

    enum CodingKeys: String, CodingKey {
        case id, area, finding, findingTitle, kind, items, recommendations, action, owner, due, status, notes, findingState
    }

    public init(id: String, area: AreaID, finding: FindingID, findingTitle: String, kind: FindingKind,
                items: [ItemID], recommendations: [RecommendationID], action: String, owner: String? = nil,
                due: LocalDate? = nil, status: ActionStatus = .open, notes: String? = nil,
                findingState: FindingState? = .current) {
        self.id = id
        self.area = area
        self.finding = finding
        self.findingTitle = findingTitle
        self.kind = kind
        self.items = items
        self.recommendations = recommendations
        self.action = action
        self.owner = owner
        self.due = due
        self.status = status
        self.notes = notes
        self.findingState = findingState
    }

    /// The derived action id for a finding.
    public static func id(for finding: FindingID) -> String { "ACT-\(finding)" }

    /// The action for a finding of a scorecard, open and unowned.
    public init(_ finding: Finding, area: AreaID) {
        self.init(id: Self.id(for: finding.id), area: area, finding: finding.id, findingTitle: finding.title,
                  kind: finding.kind, items: finding.items, recommendations: finding.recommendations,
                  action: "Address: \(finding.title)")
    }

    /// Whether the action has a named owner.
    public var isOwned: Bool { !(owner ?? "").trimmingCharacters(in: .whitespacesAndNewlines).isEmpty }

    /// Outstanding and due before the date.
    public func isOverdue(asOf date: LocalDate) -> Bool {
        guard status.isOutstanding, let due else { return false }
        return due < date
    }
}

extension PlanAction {
    /// Writes `owner`, `due` and `notes` even when empty (as null), so the force sees the fields
    /// it is to fill in.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(area, forKey: .area)
        try container.encode(finding, forKey: .finding)
        try container.encode(findingTitle, forKey: .findingTitle)
        try container.encode(kind, forKey: .kind)
        try container.encode(items, forKey: .items)
        try container.encode(recommendations, forKey: .recommendations)
        try container.encode(action, forKey: .action)
        try container.encode(owner, forKey: .owner)
        try container.encode(due, forKey: .due)
        try container.encode(status, forKey: .status)
        try container.encode(notes, forKey: .notes)
        try container.encodeIfPresent(findingState, forKey: .findingState)
    }
}
