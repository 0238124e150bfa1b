/// One integrity area across the two years: grade and score movement, coverage change, and
/// the area's items, findings, metrics and data-return figures compared.
public struct AreaComparison: Sendable, Hashable, Codable {
    public var area: AreaID
    public var title: String
    /// nil when the OLD checklist has no such area.
    public var old: Snapshot?
    /// nil when the NEW checklist has no such area.
    public var new: Snapshot?
    /// Grade movement on the scale; not comparable when a side is missing or the scales differ.
    public var grade: Movement
    public var gradeReason: String?
    /// NEW score minus OLD score.
    public var scoreChange: Double?
    /// Change in the share of applicable weight answered (NEW minus OLD, as a fraction).
    public var answeredChange: Double?
    /// Change in the share of answered weight that cites evidence.
    public var evidencedChange: Double?
    public var items: [ItemComparison]
    public var findings: [FindingChange]
    public var metrics: [RateComparison]
    public var figures: [RateComparison]
    /// The area's direction of travel, with the inspector's judgement when recorded.
    public var progress: ProgressJudgement

    /// Why the area cannot be compared at all: it is missing from one year's checklist.
    func missingReason(oldYear: Int, newYear: Int) -> String? {
        if old == nil { return "not in the \(oldYear) checklist" }
        if new == nil { return "not in the \(newYear) checklist" }
        return nil
    }

    /// An area's result in one year.
    public struct Snapshot: Sendable, Hashable, Codable {
        /// nil when the area was not graded (too little assessed).
        public var grade: GradeID?
        public var gradeLabel: String
        /// The score over the items answered; not a judgement when `grade` is nil.
        public var score: Double
        public var answered: Double
        public var evidenced: Double
        public var findings: Int
        /// A limiting rule held the grade below what the score gives.
        public var capped: Bool

        public init(_ result: AreaResult, scale: GradeScale) {
            grade = result.grade
            gradeLabel = scale.label(result.grade)
            score = result.score
            answered = result.coverage.answered
            evidenced = result.coverage.evidenced
            findings = result.findings.filter { $0.kind != .strength }.count
            capped = !result.caps.isEmpty
        }
    }

    /// A grade in one year, as a comparison sees it.
    enum Side {
        case absent
        case notGraded(year: Int)
        case graded(GradeID)

        init(present: Bool, grade: GradeID?, year: Int) {
            if !present { self = .absent } else if let grade { self = .graded(grade) } else { self = .notGraded(year: year) }
        }
    }

    /// A grade movement on two scales, or why it cannot be judged: an area missing from a
    /// checklist, or not graded in a year for insufficient evidence.
    static func gradeMovement(old oldSide: Side, new newSide: Side, oldScale: GradeScale, newScale: GradeScale) -> (Movement, String?) {
        let old: GradeID, new: GradeID
        switch (oldSide, newSide) {
        case (.absent, _): return (.notComparable, "not in OLD's checklist")
        case (_, .absent): return (.notComparable, "not in NEW's checklist")
        case (.notGraded(let year), _): return (.notComparable, "not graded in \(year)")
        case (_, .notGraded(let year)): return (.notComparable, "not graded in \(year)")
        case (.graded(let before), .graded(let after)): (old, new) = (before, after)
        }
        guard oldScale.id == newScale.id else {
            return (.notComparable, "graded on \(oldScale.id) in OLD and \(newScale.id) in NEW")
        }
        guard let oldRank = oldScale.rank(of: old), let newRank = newScale.rank(of: new) else {
            return (.notComparable, "grade not on the scale \(newScale.id)")
        }
        // Rank 0 is the best grade, so a lower rank is an improvement.
        return (Movement.between(oldRank: -oldRank, newRank: -newRank), nil)
    }
}
