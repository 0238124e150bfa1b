/// The judgement on one area: score, grade (or why there is none), coverage, findings, metrics,
/// every figure the force returned, and the trail.
public struct AreaResult: Sendable, Hashable, Codable {
    public var area: AreaID
    public var title: String
    /// The weighted answer score over the items answered, before finding penalties (0-100).
    public var answerScore: Double
    /// The area score after finding penalties (0-100), over the items answered.
    public var score: Double
    /// The grade the score alone earns; nil when the area is not graded.
    public var scoreGrade: GradeID?
    /// The grade after limiting rules; nil when the area is not graded.
    public var grade: GradeID?
    /// Why the area is not graded (too little assessed); nil when it is graded.
    public var notGraded: NotGraded?
    public var caps: [GradeCap]
    public var coverage: Coverage
    public var items: [ItemScore]
    public var findings: [Finding]
    public var metrics: [Metric]
    /// Every figure of the area's data return the force gave, in the plugin's field order, with
    /// its path (`dataReturns.<area>.<field>`) as the source.
    public var returnFigures: [Figure]?
    /// Recommendations the findings relate to, sorted.
    public var recommendations: [RecommendationID]
    /// Not-applicable items with their reasons.
    public var exclusions: [Exclusion]
    public var why: Explanation

    public var isGraded: Bool { grade != nil }

    public struct Exclusion: Sendable, Hashable, Codable {
        public var item: ItemID
        public var reason: String
    }
}
