/// Which way something moved between OLD and NEW.
public enum Movement: String, StrictStringEnum {
    case improved
    case regressed
    case unchanged
    /// One side has no judgement to compare (not assessed, not applicable, a different scale).
    case notComparable = "not-comparable"

    /// Compares two ranks where a higher rank is better.
    public static func between(oldRank: Int, newRank: Int) -> Movement {
        if newRank > oldRank { return .improved }
        if newRank < oldRank { return .regressed }
        return .unchanged
    }

    /// Compares two answer statuses by the credit each checklist gives them (met > partially met >
    /// not met), or says why they cannot be: a status a checklist does not score is no judgement.
    public static func between(_ old: AnswerStatus, _ new: AnswerStatus,
                               oldRules: AnswerStatusRules, newRules: AnswerStatusRules) -> (Movement, reason: String?) {
        if let reason = unjudged(new, newRules, side: "NEW") ?? unjudged(old, oldRules, side: "OLD") {
            return (.notComparable, reason)
        }
        return (between(oldRank: 0, newRank: newRules.direction(from: old, to: new, oldRules: oldRules)), nil)
    }

    static func unjudged(_ status: AnswerStatus, _ rules: AnswerStatusRules, side: String) -> String? {
        guard !rules.isJudged(status) else { return nil }
        return "\(ComparableItems.words(status)) in \(side)"
    }
}
