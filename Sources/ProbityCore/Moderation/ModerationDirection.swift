/// Which way the force's self-assessment of an item departs from the inspector's finding.
public enum ModerationDirection: String, StrictStringEnum {
    /// The force claimed a better status than the inspector found.
    case overstated
    /// The force claimed a worse status than the inspector found.
    case understated
    /// Same status, but the inspector's evidence grades change the item's credit.
    case evidenceRegraded = "evidence-regraded"
    /// A judged status became not-applicable, or the reverse (or a not-assessed item was judged).
    case reclassified

    /// Compares the force's status with the inspector's by the credit the checklist gives each; a
    /// status the checklist does not score (or two statuses of equal credit) is a reclassification.
    public static func between(force: AnswerStatus, inspector: AnswerStatus, rules: AnswerStatusRules) -> ModerationDirection {
        if force == inspector { return .evidenceRegraded }
        guard rules.isJudged(force), rules.isJudged(inspector) else { return .reclassified }
        switch rules.direction(from: force, to: inspector) {
        case ..<0: return .overstated
        case 1...: return .understated
        default: return .reclassified
        }
    }

    public var label: String {
        switch self {
        case .overstated: return "overstated"
        case .understated: return "understated"
        case .evidenceRegraded: return "evidence regraded"
        case .reclassified: return "reclassified"
        }
    }
}
