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

    /// An area's result in one year.
    public struct Snapshot: Sendable, Hashable, Codable {
        public var grade: GradeID
        public var gradeLabel: String
        public var score: Double
        public var answered: Double
        public var evidenced: Double
        public var findings: Int
        /// A limiting rule held the grade below what the score gives.
        public var capped: Bool

        public init(_ result: AreaResult, scale: GradeScale) {
            grade = result.grade
            gradeLabel = scale.grade(result.grade)?.label ?? result.grade.rawValue
            score = result.score
            answered = result.coverage.answered
            evidenced = result.coverage.evidenced
            findings = result.findings.filter { $0.kind != .strength }.count
            capped = !result.caps.isEmpty
        }
    }

    /// A grade movement on two scales, or why it cannot be judged.
    static func gradeMovement(old: GradeID?, new: GradeID?, oldScale: GradeScale, newScale: GradeScale) -> (Movement, String?) {
        guard let old else { return (.notComparable, "not in OLD's checklist") }
        guard let new else { return (.notComparable, "not in NEW's checklist") }
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
