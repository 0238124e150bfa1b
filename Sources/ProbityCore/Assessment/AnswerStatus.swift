/// The status a force (or an inspector) gives an item. Their meanings, credits and which of them
/// are judgements are data in the checklist's `answerStatuses` (`AnswerStatusRules`).
public enum AnswerStatus: String, StrictStringEnum {
    case met
    case partiallyMet = "partially-met"
    case notMet = "not-met"
    case notApplicable = "not-applicable"
    case notAssessed = "not-assessed"

    /// Whether the status is a judgement on the item under the HMIC checklists' rules (not N/A,
    /// not unassessed): only for a scorecard written before items recorded `scored`, which has no
    /// checklist rules beside it. Everything else asks `AnswerStatusRules.isJudged`.
    public var isJudged: Bool { self == .met || self == .partiallyMet || self == .notMet }
}
