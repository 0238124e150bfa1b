/// How answers become findings and when a grade may be given: the inspector's rules, declared
/// in the checklist (`scoring.judgement`) so that a force or inspector can read and change them.
/// See docs/checklist-format.md.
public struct JudgementRules: Sendable, Hashable, Codable {
    /// Which answer statuses raise a finding, and of what kind for ordinary and key items.
    public var answerFindings: [AnswerFindingRule]
    /// When a met item is a strength.
    public var strengths: StrengthRule
    /// Whether answer findings take points off the area score (the item's credit already
    /// reflects the answer, so the shipped checklists say no).
    public var penaliseAnswerFindings: Bool
    /// When an area, and the force overall, may be graded at all.
    public var grading: GradingRules
    /// The direction-of-travel scale `compare` uses between two assessments of one force.
    public var progress: ProgressScale

    public func answerRule(for status: AnswerStatus) -> AnswerFindingRule? {
        answerFindings.first { $0.status == status }
    }
}

/// An answer status that raises a finding: `kind` for an ordinary item, `keyKind` for a key item.
public struct AnswerFindingRule: Sendable, Hashable, Codable {
    public var status: AnswerStatus
    public var kind: FindingKind
    public var keyKind: FindingKind

    public func kind(isKey: Bool) -> FindingKind { isKey ? keyKind : kind }
}

/// A met item is a strength when it is a key item (or any item, when `keyItemsOnly` is false)
/// and its evidence is strong: a cited record from one of `sources`, dated within the period,
/// and (for a record with a document status) in one of `documentStatuses`; or evidence an
/// inspector graded at one of `sufficiency` in moderation.
public struct StrengthRule: Sendable, Hashable, Codable {
    public var keyItemsOnly: Bool
    public var status: AnswerStatus
    public var sources: [EvidenceSourceID]
    public var requireInPeriod: Bool
    public var documentStatuses: [DocumentStatusID]
    public var sufficiency: [SufficiencyID]
}

/// The evidence needed before a grade is given.
public struct GradingRules: Sendable, Hashable, Codable {
    /// An area whose answered weight (met, partially met or not met, over the weight of
    /// applicable items) is below this share is not graded.
    public var minAreaCoverage: Double
    /// The overall grade is withheld when the graded areas carry less than this share of the
    /// total area weight; otherwise, with any area not graded, it is provisional.
    public var minGradedWeight: Double
}
