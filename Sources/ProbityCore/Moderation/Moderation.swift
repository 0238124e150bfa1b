/// The effect of a moderation log on scoring, entries applied in order (later decisions on the
/// same item override earlier ones, field by field): the inspector's statuses replace the
/// force's; a moderated item with graded evidence takes the best sufficiency factor of that
/// evidence as its evidence factor; the inspector's findings join their areas' findings.
public struct Moderation: Sendable, Hashable {
    /// Each moderated item, in order of first moderation.
    public let items: [ModeratedItem]
    public let findings: [AttributedFinding]
    public let checklist: Checklist

    public init(log: ModerationLog, checklist: Checklist) {
        var items: [ModeratedItem] = []
        var findings: [AttributedFinding] = []
        for entry in log.entries {
            for moderation in entry.items {
                let note = ModerationNote(entry: entry, moderation: moderation)
                if let index = items.firstIndex(where: { $0.item == moderation.item }) {
                    items[index].record(note)
                } else {
                    var item = ModeratedItem(item: moderation.item, status: nil, statusNote: nil, evidence: [], notes: [])
                    item.record(note)
                    items.append(item)
                }
            }
            for (finding, source) in zip(entry.scoredFindings, entry.findings) {
                guard let area = source.items.first.flatMap(checklist.areaID(of:)) else { continue }
                findings.append(AttributedFinding(finding: finding, area: area, entry: entry.sequence,
                                                  moderator: entry.moderator, date: entry.date))
            }
        }
        self.items = items
        self.findings = findings
        self.checklist = checklist
    }

    public func item(_ id: ItemID) -> ModeratedItem? { items.first { $0.item == id } }

    /// The assessment with the inspector's statuses; a not-applicable status takes the
    /// inspector's rationale as its reason. Evidence and narratives are the force's.
    public func apply(to assessment: Assessment) -> Assessment {
        var moderated = assessment
        moderated.answers = assessment.answers.map { answer in
            guard let decision = item(answer.item), let status = decision.status else { return answer }
            var changed = answer
            changed.status = status
            if status == .notApplicable, let note = decision.statusNote { changed.reason = note.rationale }
            return changed
        }
        return moderated
    }

    /// The evidence factors and findings the moderated scorecard is scored with.
    public var adjustments: ScoringAdjustments {
        var evidence: [ItemID: EvidenceWeigher.Weight] = [:]
        for item in items { evidence[item.item] = weight(item) }
        var byArea: [AreaID: [Finding]] = [:]
        for attributed in findings { byArea[attributed.area, default: []].append(attributed.finding) }
        var rationales: [ItemID: String] = [:]
        var sufficiency: [ItemID: [SufficiencyID]] = [:]
        for item in items {
            if let note = item.statusNote { rationales[item.item] = "Inspector (entry \(note.entry), \(note.moderator)): \(note.rationale)" }
            if !item.evidence.isEmpty { sufficiency[item.item] = item.evidence.map(\.sufficiency) }
        }
        return ScoringAdjustments(evidence: evidence, findings: byArea, rationales: rationales, sufficiency: sufficiency)
    }

    /// The evidence factor of an item with graded evidence: the best grade's factor (the first
    /// evidence id among equals).
    func weight(_ item: ModeratedItem) -> EvidenceWeigher.Weight? {
        let graded = item.evidence.compactMap { grade in checklist.sufficiency(grade.sufficiency).map { (grade: grade, level: $0) } }
        guard let best = graded.max(by: { ($0.level.factor, $1.grade.id) < ($1.level.factor, $0.grade.id) }) else { return nil }
        let n = { (value: Double) in NumberFormatting.number(value, decimals: 3) }
        let grades = graded.map { "\($0.grade.id) \($0.level.id) \(n($0.level.factor)) (entry \($0.grade.entry))" }
        return EvidenceWeigher.Weight(
            factor: best.level.factor, best: best.grade.id,
            basis: "moderated: \(grades.joined(separator: ", ")); the best grade replaces the self-assessed factor: \(n(best.level.factor))")
    }
}
