/// The judgement on one area: score, grade, coverage, findings, metrics and the trail.
public struct AreaResult: Sendable, Hashable, Codable {
    public var area: AreaID
    public var title: String
    /// The weighted answer score before finding penalties (0-100).
    public var answerScore: Double
    /// The area score after finding penalties (0-100).
    public var score: Double
    /// The grade the score alone earns.
    public var scoreGrade: GradeID
    /// The grade after limiting rules.
    public var grade: GradeID
    public var caps: [GradeCap]
    public var coverage: Coverage
    public var items: [ItemScore]
    public var findings: [Finding]
    public var metrics: [Metric]
    /// Recommendations the findings relate to, sorted.
    public var recommendations: [RecommendationID]
    /// Not-applicable items with their reasons.
    public var exclusions: [Exclusion]
    public var why: Explanation

    public struct Exclusion: Sendable, Hashable, Codable {
        public var item: ItemID
        public var reason: String
    }
}
