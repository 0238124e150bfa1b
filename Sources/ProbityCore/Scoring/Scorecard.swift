/// The force integrity health-check scorecard: every area's result combined by the
/// checklist's scoring model into an overall score and grade, with the trail behind it.
public struct Scorecard: Sendable, Hashable, Codable {
    public static let schemaVersion = 1

    public var schemaVersion: Int
    public var force: ForceInfo
    public var year: Int
    public var period: Period
    public var checklist: ChecklistReference
    /// The grading scale used, recorded so a later reader knows what the grades mean.
    public var scale: GradeScale
    public var areas: [AreaResult]
    public var overallScore: Double
    public var scoreGrade: GradeID
    public var overallGrade: GradeID
    public var caps: [GradeCap]
    public var registers: RegisterEvidence?
    public var why: Explanation

    public func area(_ id: AreaID) -> AreaResult? { areas.first { $0.area == id } }

    /// Every finding across areas, most severe first.
    public var allFindings: [Finding] {
        areas.flatMap(\.findings).sorted { ($1.kind, $0.id) < ($0.kind, $1.id) }
    }

    public func label(_ grade: GradeID) -> String { scale.grade(grade)?.label ?? grade.rawValue }
}
