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

    /// Compares two answer statuses (met > partially met > not met), or says why they cannot be.
    public static func between(_ old: AnswerStatus, _ new: AnswerStatus) -> (Movement, reason: String?) {
        if let reason = unjudged(new, side: "NEW") ?? unjudged(old, side: "OLD") { return (.notComparable, reason) }
        return (between(oldRank: old.rank, newRank: new.rank), nil)
    }

    static func unjudged(_ status: AnswerStatus, side: String) -> String? {
        switch status {
        case .notAssessed: return "not assessed in \(side)"
        case .notApplicable: return "not applicable in \(side)"
        default: return nil
        }
    }
}
