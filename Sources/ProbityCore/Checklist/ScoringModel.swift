/// How answers, evidence and findings become scores and grades; declared in the checklist
/// data so that a force or inspector can read (and change) the model. See the README.
public struct ScoringModel: Sendable, Hashable, Codable {
    public var gradeScale: ScaleID
    public var evidence: EvidenceFactors
    public var findingPenalties: FindingPenalties
    /// The credit an item keeps when the force's own figures contradict its claim.
    public var contradictionCredit: Double
    public var limits: ScoringLimits
    public var areaWeights: [String: Double]
    /// How well an inspector found each cited evidence record supports the claim, weakest first;
    /// used by moderation (optional: absent in checklists that predate it).
    public var sufficiencyScale: [SufficiencyLevel]?
    /// How answers become findings, when grades may be given and how progress is judged
    /// (optional: a checklist without it raises no answer findings and grades every area, as
    /// checklists that predate it did).
    public var judgement: JudgementRules?

    public func weight(of area: AreaID) -> Double { areaWeights[area.rawValue] ?? 1 }
}

/// Factors applied to an answer's credit according to the evidence behind it.
public struct EvidenceFactors: Sendable, Hashable, Codable {
    /// A claim with neither cited evidence nor narrative.
    public var noEvidence: Double
    /// A claim with narrative but no cited evidence.
    public var narrativeOnly: Double
    /// Multiplier for an evidence record without a date.
    public var undated: Double
    /// Multiplier for an evidence record dated outside the assessment period.
    public var outsidePeriod: Double
    /// Months after the period's end during which evidence still counts as current: the
    /// inspection fieldwork that follows a data period (optional, 0 when absent).
    public var currentMonthsAfterPeriod: Int?
}

/// Points taken off an area's score for each finding of a kind.
public struct FindingPenalties: Sendable, Hashable, Codable {
    public var strength: Double
    public var improvement: Double
    public var concern: Double

    public func penalty(for kind: FindingKind) -> Double {
        switch kind {
        case .strength: return strength
        case .improvement: return improvement
        case .concern: return concern
        }
    }
}

/// The limiting rules applied after the weighted score.
public struct ScoringLimits: Sendable, Hashable, Codable {
    /// A cause of concern caps the area's grade at this grade.
    public var concernCapsAreaAt: GradeID
    /// Coverage (share of applicable weight answered) below which the grade is capped.
    public var lowCoverage: Double
    public var lowCoverageCapsAreaAt: GradeID
    /// The overall grade may sit at most this many grades above the weakest area.
    public var overallMaxStepsAboveWeakest: Int
}
