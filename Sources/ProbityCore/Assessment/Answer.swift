import Foundation

/// The answer to one checklist item.
public struct Answer: Sendable, Hashable, Codable {
    public var item: ItemID
    public var status: AnswerStatus
    public var narrative: String?
    public var evidence: [EvidenceID]?
    /// Why the item does not apply; required for `not-applicable`.
    public var reason: String?

    public init(item: ItemID, status: AnswerStatus, narrative: String? = nil,
                evidence: [EvidenceID]? = nil, reason: String? = nil) {
        self.item = item
        self.status = status
        self.narrative = narrative
        self.evidence = evidence
        self.reason = reason
    }

    public var citedEvidence: [EvidenceID] { evidence ?? [] }

    public var hasNarrative: Bool {
        !(narrative ?? "").trimmingCharacters(in: .whitespacesAndNewlines).isEmpty
    }
}
