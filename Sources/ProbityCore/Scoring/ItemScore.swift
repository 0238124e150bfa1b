/// How one item contributed to its area's score.
public struct ItemScore: Sendable, Hashable, Codable {
    public var item: ItemID
    public var status: AnswerStatus
    public var weight: Double
    /// The status's credit (met 1, partially met 0.5, not met 0).
    public var statusCredit: Double
    /// The evidence factor and why.
    public var evidence: EvidenceWeigher.Weight
    /// status credit x evidence factor, or the contradiction credit when figures contradict it.
    public var credit: Double
    public var evidenceIDs: [EvidenceID]
    /// Findings whose figures contradict the claimed status.
    public var contradictedBy: [FindingID]
    /// Why the item does not apply (not-applicable only).
    public var reason: String?

    /// Whether the status is a judgement (met, partially met, not met). Whether it counts towards
    /// the score is the checklist's to say: `AnswerStatusRules.isScored`.
    public var isScored: Bool { status.isJudged }
}
