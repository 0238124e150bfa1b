/// An overall grade and score in one year.
public struct Standing: Sendable, Hashable, Codable {
    /// nil when the overall grade was withheld.
    public var grade: GradeID?
    public var gradeLabel: String
    public var score: Double

    public init(_ scorecard: Scorecard) {
        grade = scorecard.overallGrade
        gradeLabel = scorecard.overallLabel
        score = scorecard.overallScore
    }
}
