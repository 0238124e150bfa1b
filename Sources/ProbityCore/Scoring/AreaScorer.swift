/// Scores one area the same way for every plugin: answer findings folded into the plugin's
/// findings, item credit from status and evidence, contradicted claims reduced to the
/// contradiction credit, finding penalties, then either no grade (too little assessed) or a
/// grade on the checklist's scale held by the limiting rules (cause of concern, low coverage).
public struct AreaScorer: Sendable {
    public let checklist: Checklist
    public let scale: GradeScale

    public init(checklist: Checklist, scale: GradeScale) {
        self.checklist = checklist
        self.scale = scale
    }

    /// `adjustments` (moderation) replace some items' evidence factors and give the inspector's
    /// rationale and sufficiency grades; `dataReturn` lists the figures the force returned.
    public func score(_ context: AreaContext, evaluation: AreaEvaluation, adjustments: ScoringAdjustments = .none,
                      dataReturn: DataReturnSchema? = nil) -> AreaResult {
        let findings = enrich(judged(context, evaluation: evaluation, adjustments: adjustments), context: context)
        let items = itemScores(context, findings: findings, evidenceOverrides: adjustments.evidence)
        let coverage = Coverage.measure(items, rules: checklist.statusRules)
        let answerScore = weightedScore(items)
        let penalties = findings.reduce(0) { $0 + penalty(for: $1) }
        let score = min(100, max(0, answerScore - penalties))
        let notGraded = notGraded(coverage)
        let scoreGrade = notGraded == nil ? scale.grade(for: score)?.id : nil
        let caps = scoreGrade.map { limits(findings: findings, coverage: coverage, scoreGrade: $0) } ?? []
        let grade = scoreGrade.map { caps.reduce($0) { scale.worse($0, $1.cappedAt) } }
        let recommendations = Array(Set(findings.flatMap(\.recommendations))).sorted()
        let exclusions = items.filter { checklist.statusRules.isOutOfScope($0.status) }
            .map { AreaResult.Exclusion(item: $0.item, reason: $0.reason ?? "") }
        let result = AreaResult(
            area: context.area.id, title: context.area.title, answerScore: answerScore, score: score,
            scoreGrade: scoreGrade, grade: grade, notGraded: notGraded, caps: caps, coverage: coverage, items: items,
            findings: findings, metrics: evaluation.metrics,
            returnFigures: dataReturn.map { ReturnFigures(area: context.area.id, schema: $0).figures(context.figures) },
            recommendations: recommendations, exclusions: exclusions, why: Explanation(""))
        return withExplanation(result, penalty: penalties)
    }

    /// The plugin's findings (marked as drawn from data unless they say otherwise) with the
    /// answer findings folded in, when the checklist has judgement rules.
    func judged(_ context: AreaContext, evaluation: AreaEvaluation, adjustments: ScoringAdjustments) -> [Finding] {
        let pluginFindings = evaluation.findings.map { finding in
            var marked = finding
            if marked.origin == nil { marked.origin = .data }
            return marked
        }
        guard let rules = checklist.scoring.judgement else { return pluginFindings }
        let answers = AnswerFindings(context: context, rules: rules, adjustments: adjustments).findings
        return pluginFindings.folding(answerFindings: answers)
    }

    /// Points a finding takes off: by its kind, except answer findings when the rules say the
    /// item's credit already counts the answer.
    func penalty(for finding: Finding) -> Double {
        if finding.origin == .answer, checklist.scoring.judgement?.penaliseAnswerFindings == false { return 0 }
        return checklist.scoring.findingPenalties.penalty(for: finding.kind)
    }

    /// Why the area is not graded, or nil: the answered share of applicable weight is below
    /// the checklist's minimum.
    func notGraded(_ coverage: Coverage) -> NotGraded? {
        guard let minimum = checklist.scoring.judgement?.grading.minAreaCoverage, coverage.answered < minimum else { return nil }
        let answered = NumberFormatting.percent(coverage.answered)
        return NotGraded(reason: """
            only \(answered) of the area's applicable weight was assessed (\(coverage.judged) of \
            \(Words.count(coverage.items - coverage.notApplicable, "item"))), below the \(NumberFormatting.percent(minimum)) needed for a grade
            """)
    }

    /// Adds to each finding the evidence its items cite and the recommendations they derive
    /// from, so every finding carries its trail even when the plugin named only items.
    func enrich(_ findings: [Finding], context: AreaContext) -> [Finding] {
        findings.map { finding in
            var enriched = finding
            let items = Array(Set(finding.items + finding.contradicts)).sorted()
            enriched.items = items
            let cited = items.flatMap { context.evidenceIDs(for: $0) }
            enriched.evidence = Array(Set(finding.evidence + cited)).sorted()
            if enriched.recommendations.isEmpty {
                let derived = items.compactMap { context.area.item($0) }.flatMap(\.source.recommendations)
                enriched.recommendations = Array(Set(derived)).sorted()
            }
            return enriched
        }
        .sorted { ($1.kind, $0.id) < ($0.kind, $1.id) }
    }

    func itemScores(_ context: AreaContext, findings: [Finding], evidenceOverrides: [ItemID: EvidenceWeigher.Weight]) -> [ItemScore] {
        let weigher = EvidenceWeigher(checklist: checklist, period: context.period, evidence: context.evidence)
        let rules = checklist.statusRules
        return context.area.items.map { item in
            let answer = context.answers[item.id]
            let status = answer?.status ?? .notAssessed
            let statusCredit = rules.credit(status)
            let weight = rules.isScored(status) && statusCredit > 0
                ? evidenceOverrides[item.id] ?? weigher.weigh(answer)
                : EvidenceWeigher.Weight(factor: 1, best: nil, basis: "no credit claimed")
            let contradictions = findings.filter { $0.contradicts.contains(item.id) }.map(\.id)
            var credit = statusCredit * weight.factor
            if !contradictions.isEmpty { credit = min(credit, checklist.scoring.contradictionCredit) }
            return ItemScore(
                item: item.id, status: status, weight: item.weight, statusCredit: statusCredit,
                evidence: weight, credit: credit, evidenceIDs: answer?.citedEvidence ?? [],
                contradictedBy: contradictions, reason: answer?.reason, scored: rules.isScored(status))
        }
    }

    func weightedScore(_ items: [ItemScore]) -> Double {
        let rules = checklist.statusRules
        let scored = items.filter { rules.isScored($0.status) }
        let total = scored.reduce(0) { $0 + $1.weight }
        guard total > 0 else { return 0 }
        return 100 * scored.reduce(0) { $0 + $1.weight * $1.credit } / total
    }

    func limits(findings: [Finding], coverage: Coverage, scoreGrade: GradeID) -> [GradeCap] {
        let rules = checklist.scoring.limits
        var caps: [GradeCap] = []
        let concerns = findings.filter { $0.kind == .concern }
        if !concerns.isEmpty, scale.worse(scoreGrade, rules.concernCapsAreaAt) != scoreGrade {
            let names = concerns.map(\.id.rawValue).joined(separator: ", ")
            caps.append(GradeCap(rule: .causeOfConcern, cappedAt: rules.concernCapsAreaAt,
                                 reason: "cause of concern \(names) caps the grade at \(label(rules.concernCapsAreaAt))"))
        }
        if coverage.answered < rules.lowCoverage, scale.worse(scoreGrade, rules.lowCoverageCapsAreaAt) != scoreGrade {
            caps.append(GradeCap(
                rule: .lowCoverage, cappedAt: rules.lowCoverageCapsAreaAt,
                reason: "only \(NumberFormatting.percent(coverage.answered)) of the area answered (below \(NumberFormatting.percent(rules.lowCoverage))) caps the grade at \(label(rules.lowCoverageCapsAreaAt))"))
        }
        return caps
    }

    func label(_ grade: GradeID?) -> String { scale.label(grade) }
}
