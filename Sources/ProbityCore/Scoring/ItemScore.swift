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

    /// Whether the status counts towards the score, as the checklist's status flags say
    /// (`AnswerStatusRules.isScored`); absent in scorecards written before it was recorded.
    public var scored: Bool?

    /// Whether the item counts towards the score: as recorded when the scorecard was made, else
    /// whether its status is a judgement (met, partially met, not met), the shipped flags' answer.
    public var isScored: Bool { scored ?? status.isJudged }
}
