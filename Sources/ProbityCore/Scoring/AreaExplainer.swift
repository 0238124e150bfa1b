/// Builds an area's why-trail: grade, caps, score arithmetic, each item with its evidence,
/// each finding with its figures.
extension AreaScorer {
    func withExplanation(_ result: AreaResult, penalty: Double) -> AreaResult {
        var explained = result
        let n = { (value: Double) in NumberFormatting.number(value, decimals: 1) }
        var children: [Explanation] = []
        children.append(Explanation(
            "Answer score \(n(result.answerScore)) = 100 x sum(weight x credit) / sum(weight) over \(Words.count(result.coverage.judged, "answered item"))",
            children: result.items.map(itemExplanation)))
        if !result.findings.isEmpty {
            children.append(Explanation(
                "Finding penalties: \(penalty > 0 ? "-" : "")\(n(penalty)) (\(penaltySummary(result.findings)))",
                children: result.findings.map(findingExplanation)))
        }
        children.append(Explanation(
            "Coverage: \(NumberFormatting.percent(result.coverage.answered)) of applicable weight answered, \(NumberFormatting.percent(result.coverage.evidenced)) of it evidenced; \(result.coverage.notAssessed) not assessed, \(result.coverage.notApplicable) not applicable"))
        for cap in result.caps {
            children.append(Explanation("Limit: \(cap.reason)", refs: []))
        }
        let headline: String
        if let notGraded = result.notGraded {
            children.insert(Explanation("Not graded: \(notGraded.reason)"), at: 0)
            headline = "\(result.title): \(NotGraded.label)"
        } else {
            let capped = result.grade != result.scoreGrade ? " (the score alone gives \(label(result.scoreGrade)))" : ""
            headline = "\(result.title): \(label(result.grade)), score \(n(result.score))\(capped)"
        }
        explained.why = Explanation(headline, refs: [.init(.area, result.area.rawValue)], children: children)
        return explained
    }

    func itemExplanation(_ item: ItemScore) -> Explanation {
        let n = { (value: Double) in NumberFormatting.number(value, decimals: 3) }
        let refs = [Explanation.Reference(.item, item.item.rawValue)]
            + item.evidenceIDs.map { Explanation.Reference(.evidence, $0.rawValue) }
        switch item.status {
        case .notApplicable:
            return Explanation("\(item.item) not applicable (\(item.reason ?? "no reason")): excluded", refs: refs)
        case .notAssessed:
            return Explanation("\(item.item) not yet assessed: excluded from the score, lowers coverage", refs: refs)
        default:
            var text = "\(item.item) \(item.status.rawValue): credit \(n(item.statusCredit)) x evidence \(n(item.evidence.factor)) = \(n(item.statusCredit * item.evidence.factor)), weight \(NumberFormatting.number(item.weight))"
            if !item.contradictedBy.isEmpty {
                text += "; contradicted by \(item.contradictedBy.map(\.rawValue).joined(separator: ", ")), credit reduced to \(n(item.credit))"
            }
            return Explanation(text, refs: refs, children: [Explanation("evidence: \(item.evidence.basis)")])
        }
    }

    func findingExplanation(_ finding: Finding) -> Explanation {
        var refs = [Explanation.Reference(.finding, finding.id.rawValue)]
        refs += finding.items.map { .init(.item, $0.rawValue) }
        refs += finding.evidence.map { .init(.evidence, $0.rawValue) }
        refs += finding.recommendations.map { .init(.recommendation, $0.rawValue) }
        let figures = finding.figures.map {
            Explanation("\($0.label): \($0.display) [\($0.source)]", refs: [.init(.figure, $0.source)])
        }
        let also = finding.also.map { " (with \($0.map(\.rawValue).joined(separator: ", ")))" } ?? ""
        return Explanation("\(finding.kind.label) \(finding.id)\(also): \(finding.title)", refs: refs, children: figures)
    }

    func penaltySummary(_ findings: [Finding]) -> String {
        let penalised = findings.filter { penalty(for: $0) > 0 }
        let counted = FindingKind.allCases.reversed().compactMap { kind -> String? in
            let count = penalised.filter { $0.kind == kind }.count
            guard count > 0 else { return nil }
            let each = checklist.scoring.findingPenalties.penalty(for: kind)
            return "\(count) \(kind.label.lowercased()) x \(NumberFormatting.number(each))"
        }
        let unpenalised = findings.count - penalised.count
        let free = unpenalised > 0 ? ["\(Words.count(unpenalised, "answer or strength finding")) without penalty"] : []
        return (counted + free).joined(separator: ", ")
    }
}
