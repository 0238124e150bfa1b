/// An item where the moderated scorecard departs from the self-assessment: the force's and the
/// inspector's status, the credit each gives, the graded evidence, and who decided and why.
public struct Disagreement: Sendable, Hashable, Codable {
    public var item: ItemID
    public var area: AreaID
    public var forceStatus: AnswerStatus
    public var inspectorStatus: AnswerStatus
    public var direction: ModerationDirection
    public var selfAssessedCredit: Double
    public var moderatedCredit: Double
    public var evidence: [GradedEvidence]
    public var rationale: String
    public var moderator: Moderator
    public var date: LocalDate
    /// The entry whose decision this is.
    public var entry: Int
}
