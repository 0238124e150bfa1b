/// Self-assessed against moderated, for one area or overall: grades, scores, how many grades
/// moderation moved, and how many items the force over- or under-stated.
public struct ModerationSummary: Sendable, Hashable, Codable {
    /// The area, or nil for the overall summary.
    public var area: AreaID?
    public var title: String
    /// nil when not graded.
    public var selfAssessedGrade: GradeID?
    /// nil when not graded.
    public var moderatedGrade: GradeID?
    public var selfAssessedScore: Double
    public var moderatedScore: Double
    /// Grades moved by moderation: -1 is one grade lower than self-assessed, +1 one higher; 0
    /// when either side is not graded.
    public var gradeChange: Int
    public var overstated: Int
    public var understated: Int
    public var evidenceRegraded: Int
    public var reclassified: Int
    /// Items moderated with no change to status or credit.
    public var confirmed: Int
    public var inspectorFindings: Int

    public var disagreements: Int { overstated + understated + evidenceRegraded + reclassified }
}
