/// An inspector's decision on one item: the status they found (when they change or confirm
/// it), a sufficiency grade for evidence records the force cited for the item, and why.
public struct ItemModeration: Sendable, Hashable, Codable {
    public var item: ItemID
    /// The inspector's status; absent when only the evidence is graded.
    public var status: AnswerStatus?
    public var evidence: [EvidenceGrade]
    public var rationale: String

    public init(item: ItemID, status: AnswerStatus? = nil, evidence: [EvidenceGrade] = [], rationale: String) {
        self.item = item
        self.status = status
        self.evidence = evidence
        self.rationale = rationale
    }
}

/// How well one evidence record the force cited supports its claim, on the checklist's
/// sufficiency scale.
public struct EvidenceGrade: Sendable, Hashable, Codable {
    public var id: EvidenceID
    public var sufficiency: SufficiencyID

    public init(id: EvidenceID, sufficiency: SufficiencyID) {
        self.id = id
        self.sufficiency = sufficiency
    }
}
