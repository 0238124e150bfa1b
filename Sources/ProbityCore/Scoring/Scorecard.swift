/// The force integrity health-check scorecard: every area's result combined by the
/// checklist's scoring model into an overall score and grade, with the trail behind it.
public struct Scorecard: Sendable, Hashable, Codable {
    public static let schemaVersion = 2

    public var schemaVersion: Int
    public var force: ForceInfo
    public var year: Int
    public var period: Period
    public var checklist: ChecklistReference
    /// The grading scale used, recorded so a later reader knows what the grades mean.
    public var scale: GradeScale
    public var areas: [AreaResult]
    /// The weighted mean of the graded areas' scores (0 when none is graded).
    public var overallScore: Double
    /// The grade the overall score alone earns; nil when the overall grade is withheld.
    public var scoreGrade: GradeID?
    /// The overall grade after limiting rules; nil when withheld.
    public var overallGrade: GradeID?
    /// Whether the overall grade is given, provisional or withheld, and why.
    public var overall: OverallJudgement
    public var caps: [GradeCap]
    public var registers: RegisterEvidence?
    public var why: Explanation
    /// The schema version a migrated scorecard was written in (`probity migrate`); nil for one
    /// scored by this version.
    public var migratedFrom: Int?

    public func area(_ id: AreaID) -> AreaResult? { areas.first { $0.area == id } }

    /// Every finding across areas, most severe first.
    public var allFindings: [Finding] {
        areas.flatMap(\.findings).sorted { ($1.kind, $0.id) < ($0.kind, $1.id) }
    }

    public func label(_ grade: GradeID?) -> String { scale.label(grade) }

    /// The overall grade as a person reads it: `Good`, `Good (provisional)` or
    /// `Not graded: insufficient evidence`.
    public var overallLabel: String {
        overall.status == .provisional ? "\(label(overallGrade)) (provisional)" : label(overallGrade)
    }
}
