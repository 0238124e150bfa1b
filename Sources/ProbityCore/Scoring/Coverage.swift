/// How much of an area was answered and evidenced, by item weight.
public struct Coverage: Sendable, Hashable, Codable {
    public var items: Int
    public var judged: Int
    public var notApplicable: Int
    public var notAssessed: Int
    /// Weight answered (scored statuses: met, partially met, not met) / weight of applicable items.
    public var answered: Double
    /// Weight of answered items citing evidence / weight answered.
    public var evidenced: Double

    /// Applicable items are those `rules` keep in coverage (scored, or counted as unanswered);
    /// answered ones are those it scores.
    public static func measure(_ scores: [ItemScore], rules: AnswerStatusRules) -> Coverage {
        let applicable = scores.filter { rules.isApplicable($0.status) }
        let judged = applicable.filter { rules.isScored($0.status) }
        let applicableWeight = applicable.reduce(0) { $0 + $1.weight }
        let judgedWeight = judged.reduce(0) { $0 + $1.weight }
        let evidencedWeight = judged.filter { !$0.evidenceIDs.isEmpty }.reduce(0) { $0 + $1.weight }
        return Coverage(
            items: scores.count, judged: judged.count,
            notApplicable: scores.count - applicable.count,
            notAssessed: applicable.count - judged.count,
            answered: applicableWeight > 0 ? judgedWeight / applicableWeight : 0,
            evidenced: judgedWeight > 0 ? evidencedWeight / judgedWeight : 0)
    }
}
