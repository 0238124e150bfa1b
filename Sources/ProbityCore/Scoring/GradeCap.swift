/// A limiting rule that held a grade below what the score alone would give.
public struct GradeCap: Sendable, Hashable, Codable {
    public enum Rule: String, Sendable, Hashable, Codable {
        case causeOfConcern = "cause-of-concern"
        case lowCoverage = "low-coverage"
        case weakestArea = "weakest-area"
    }

    public var rule: Rule
    public var cappedAt: GradeID
    public var reason: String
}
