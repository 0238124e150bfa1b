/// The status a force (or an inspector) gives an item. Their meanings and credits are data
/// in the checklist's `answerStatuses`.
public enum AnswerStatus: String, StrictStringEnum, Comparable {
    case met
    case partiallyMet = "partially-met"
    case notMet = "not-met"
    case notApplicable = "not-applicable"
    case notAssessed = "not-assessed"

    /// Order for "better or worse": met > partially met > not met.
    var rank: Int {
        switch self {
        case .met: return 3
        case .partiallyMet: return 2
        case .notMet: return 1
        case .notApplicable, .notAssessed: return 0
        }
    }

    /// Whether the status is a judgement on the item (not N/A, not unassessed).
    public var isJudged: Bool { rank > 0 }

    public static func < (lhs: AnswerStatus, rhs: AnswerStatus) -> Bool { lhs.rank < rhs.rank }
}
