/// Every answer speaks: an item answered not met or partially met (by the force or, after
/// moderation, by the inspector) is an area for improvement, or for a key item the kind the
/// checklist's rules give; a key item met with strong evidence is a strength. Each finding is
/// numbered after its item (`GH-01-A`), so it is the same finding from one run, and one year,
/// to the next.
public struct AnswerFindings: Sendable {
    public let context: AreaContext
    public let rules: JudgementRules
    public let adjustments: ScoringAdjustments

    public init(context: AreaContext, rules: JudgementRules, adjustments: ScoringAdjustments = .none) {
        self.context = context
        self.rules = rules
        self.adjustments = adjustments
    }

    /// The id of the answer finding about an item.
    public static func id(for item: ItemID) -> FindingID { FindingID("\(item)-A") }

    /// The item an answer finding is about, when the id is one.
    public static func item(of finding: FindingID) -> ItemID? {
        guard finding.rawValue.hasSuffix("-A") else { return nil }
        return ItemID(String(finding.rawValue.dropLast(2)))
    }

    public var findings: [Finding] { context.area.items.compactMap(finding) }

    func finding(for item: ChecklistItem) -> Finding? {
        let answer = context.answers[item.id]
        let status = answer?.status ?? .notAssessed
        if let rule = rules.answerRule(for: status) {
            return weakness(item, answer: answer, kind: rule.kind(isKey: item.isKey))
        }
        if status == rules.strengths.status, item.isKey || !rules.strengths.keyItemsOnly,
           let strong = strongEvidence(item, answer: answer) {
            return strength(item, answer: answer, strong: strong)
        }
        return nil
    }

    func weakness(_ item: ChecklistItem, answer: Answer?, kind: FindingKind) -> Finding {
        let status = answer?.status ?? .notAssessed
        let label = context.checklist.statusDefinition(status)?.label ?? status.rawValue
        var detail = "\(item.id) answered \(label.lowercased())"
        detail += (item.isKey ? " (a key item)" : "") + ": " + said(item, answer: answer)
        detail += " What good looks like: \(item.goodPractice)"
        return Finding(id: Self.id(for: item.id), kind: kind, title: item.displayTitle, detail: detail,
                       items: [item.id], evidence: answer?.citedEvidence ?? [],
                       recommendations: item.source.recommendations, origin: .answer)
    }

    func strength(_ item: ChecklistItem, answer: Answer?, strong: String) -> Finding {
        let detail = "\(item.id), a key item, is met with strong evidence (\(strong)): " + said(item, answer: answer)
        return Finding(id: Self.id(for: item.id), kind: .strength, title: item.displayTitle, detail: detail,
                       items: [item.id], evidence: answer?.citedEvidence ?? [],
                       recommendations: item.source.recommendations, origin: .answer)
    }

    /// The words behind the answer: the inspector's rationale after moderation, else the
    /// force's narrative.
    func said(_ item: ChecklistItem, answer: Answer?) -> String {
        if let rationale = adjustments.rationales[item.id] { return sentence(rationale) }
        if let answer, answer.hasNarrative, let narrative = answer.narrative { return sentence(narrative) }
        return "no narrative given."
    }

    func sentence(_ text: String) -> String {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard let last = trimmed.last else { return "" }
        return ".!?".contains(last) ? trimmed : trimmed + "."
    }

    /// Why the evidence is strong, or nil: an inspector's sufficiency grade the rule accepts,
    /// or a cited record that passes the rule.
    func strongEvidence(_ item: ChecklistItem, answer: Answer?) -> String? {
        let rule = rules.strengths
        if let grade = adjustments.sufficiency[item.id]?.first(where: rule.sufficiency.contains) {
            return "moderated as \(grade)"
        }
        let weigher = EvidenceWeigher(checklist: context.checklist, period: context.period, evidence: context.evidence)
        let records = (answer?.citedEvidence ?? []).compactMap { context.evidence[$0] }
        return records.first { weigher.isStrong($0, rule: rule) }.map { record in
            var words = "\(record.id) \(record.kind)"
            if let date = record.date { words += " dated \(date)" }
            if let status = record.status { words += ", \(status)" }
            return words
        }
    }
}

extension Array where Element == Finding {
    /// The plugin's findings with the answer findings folded in: an answer finding about an
    /// item a plugin weakness already names joins that finding (one finding, both reasons, the
    /// more severe kind, penalised once); a strength on an item the figures or registers find
    /// wanting is dropped; the rest are added.
    public func folding(answerFindings: [Finding]) -> [Finding] {
        var findings = self
        for answer in answerFindings {
            let about = Set(answer.items)
            let weaknessIndex = findings.indices
                .filter { findings[$0].kind != .strength && findings[$0].origin != .answer }
                .filter { !about.isDisjoint(with: findings[$0].items + findings[$0].contradicts) }
                .min { (findings[$1].kind, findings[$0].id) < (findings[$0].kind, findings[$1].id) }
            switch (answer.kind, weaknessIndex) {
            case (.strength, .some): continue
            case (.strength, .none): findings.append(answer)
            case (_, .some(let index)): findings[index] = findings[index].absorbing(answer)
            case (_, .none): findings.append(answer)
            }
        }
        return findings
    }
}
