/// Whether the force has an overall grade: `graded` when every area is graded, `provisional`
/// when some are not (they are named), `withheld` when the graded areas carry too little of
/// the total area weight (`scoring.judgement.grading.minGradedWeight`).
public struct OverallJudgement: Sendable, Hashable, Codable {
    public enum Status: String, StrictStringEnum {
        case graded
        case provisional
        case withheld
    }

    public var status: Status
    /// The areas with no grade, in checklist order.
    public var notGraded: [AreaID]
    /// Why the grade is provisional or withheld; nil when graded.
    public var reason: String?

    public static let graded = OverallJudgement(status: .graded, notGraded: [], reason: nil)
}
