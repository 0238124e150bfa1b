/// What a checklist's answer statuses mean for validation, scoring and coverage, read from the
/// flags of its `answerStatuses` (`requiresReason`, `excludedFromScore`, `countsAsUnanswered`;
/// each false when absent) rather than from the status names:
///
/// - a status **scored** (not `excludedFromScore`) counts towards the area score with its credit,
///   and is an answer for coverage;
/// - a status excluded from the score that `countsAsUnanswered` (shipped: `not-assessed`) stays
///   in coverage as unanswered, so it lowers coverage;
/// - a status excluded from the score that does not count as unanswered (shipped:
///   `not-applicable`) is **out of scope**: left out of both the score and coverage.
///
/// A status the checklist does not define is treated as unanswered (the checklist validator
/// requires every status to be defined).
public struct AnswerStatusRules: Sendable, Hashable {
    public let definitions: [AnswerStatusDefinition]

    public init(_ definitions: [AnswerStatusDefinition]) { self.definitions = definitions }

    public func definition(_ status: AnswerStatus) -> AnswerStatusDefinition? {
        definitions.first { $0.id == status }
    }

    /// Whether an answer with this status counts towards the score.
    public func isScored(_ status: AnswerStatus) -> Bool {
        guard let definition = definition(status) else { return false }
        return definition.excludedFromScore != true
    }

    /// The credit of a scored status (0 for one excluded from the score).
    public func credit(_ status: AnswerStatus) -> Double {
        isScored(status) ? definition(status)?.credit ?? 0 : 0
    }

    /// Whether the status is in coverage as an item not yet answered.
    public func countsAsUnanswered(_ status: AnswerStatus) -> Bool {
        guard let definition = definition(status) else { return true }
        return definition.countsAsUnanswered == true
    }

    /// Whether the item is in coverage at all: scored, or counted as unanswered.
    public func isApplicable(_ status: AnswerStatus) -> Bool {
        isScored(status) || countsAsUnanswered(status)
    }

    /// Excluded from the score and not counted as unanswered: out of both score and coverage.
    public func isOutOfScope(_ status: AnswerStatus) -> Bool { !isApplicable(status) }

    /// Whether the status is a judgement on the item that can be compared with another: one the
    /// checklist scores (met, partially met, not met in the HMIC checklists).
    public func isJudged(_ status: AnswerStatus) -> Bool { isScored(status) }

    /// Which way a judgement moved from `old` (credited by `oldRules`, or these rules) to `new`,
    /// by the credit each earns: 1 when `new` is better, -1 when worse, 0 when they earn the same.
    public func direction(from old: AnswerStatus, to new: AnswerStatus, oldRules: AnswerStatusRules? = nil) -> Int {
        let change = credit(new) - (oldRules ?? self).credit(old)
        if abs(change) <= FigureBuilder.tolerance { return 0 }
        return change > 0 ? 1 : -1
    }

    /// Whether an answer with this status must say why.
    public func requiresReason(_ status: AnswerStatus) -> Bool { definition(status)?.requiresReason == true }
}

extension Checklist {
    /// The meaning of this checklist's answer statuses for validation, scoring and coverage.
    public var statusRules: AnswerStatusRules { AnswerStatusRules(answerStatuses) }
}
