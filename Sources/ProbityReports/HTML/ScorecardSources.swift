import ProbityCore

/// What a scorecard page shows besides the scorecard: the force's own words and evidence
/// register (from the assessment) and the items' questions and recommendations (from the
/// checklist). All of it is user text and is escaped when rendered.
public struct ScorecardSources: Sendable, Hashable, Codable {
    public var assessment: Assessment
    public var checklist: Checklist

    public init(assessment: Assessment, checklist: Checklist) {
        self.assessment = assessment
        self.checklist = checklist
    }

    func narrative(_ item: ItemID) -> String? {
        guard let answer = assessment.answer(for: item), answer.hasNarrative else { return nil }
        return answer.narrative
    }

    func evidence(_ id: EvidenceID) -> EvidenceRecord? { assessment.evidenceRecord(id) }

    func question(_ item: ItemID) -> String? { checklist.item(item)?.question }

    func recommendation(_ id: RecommendationID) -> String? { checklist.recommendation(id)?.summary }

    /// `EV-03 (policy, 2012-03-01): title`, or the bare id when the register lacks it.
    func evidenceLine(_ id: EvidenceID) -> String {
        guard let record = evidence(id) else { return "\(id) (not in the evidence register)" }
        let kind = checklist.evidenceKind(record.kind)?.label ?? record.kind.rawValue
        let date = record.date.map { ", \($0)" } ?? ", undated"
        return "\(id) (\(kind)\(date)): \(record.title)"
    }
}
