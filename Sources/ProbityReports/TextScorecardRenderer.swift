import ProbityCore

/// The scorecard for a terminal: grades, coverage and the top findings in 80 columns.
public struct TextScorecardRenderer: Sendable {
    public init() {}

    public static func render(_ scorecard: Scorecard, context: ReportContext, findingLimit: Int = 10) -> String {
        var lines: [String] = []
        lines.append("Integrity health check: \(scorecard.force.name) (\(scorecard.force.code)), \(scorecard.year)")
        lines.append("Checklist \(scorecard.checklist), period \(scorecard.period.start) to \(scorecard.period.end), scale \(scorecard.scale.id)")
        lines.append("")
        lines += overall(scorecard)
        lines.append("")
        lines += areaTable(scorecard)
        lines.append("")
        lines += findings(scorecard, limit: findingLimit)
        lines.append("")
        lines.append("probity \(context.version), \(context.generatedAt); --format markdown: full trail")
        return lines.joined(separator: "\n") + "\n"
    }

    static func overall(_ scorecard: Scorecard) -> [String] {
        var text = "OVERALL: \(JudgementText.overallLabel(scorecard).uppercased())"
        if let score = JudgementText.overallScore(scorecard) { text += ", \(score)" }
        if scorecard.overallGrade != scorecard.scoreGrade {
            text += " (the score alone gives \(scorecard.label(scorecard.scoreGrade)))"
        }
        var lines = TextLayout.wrap(text)
        if let note = JudgementText.overallNote(scorecard.overall) { lines += TextLayout.wrap(note, indent: "  ") }
        return lines + scorecard.caps.flatMap { TextLayout.wrap("Limit: \($0.reason)", indent: "  ") }
    }

    static func areaTable(_ scorecard: Scorecard) -> [String] {
        var lines = [TextLayout.pad("AREA", 34) + TextLayout.pad("GRADE", 22) + TextLayout.padLeft("SCORE", 6)
            + TextLayout.padLeft("ANSWERED", 9) + TextLayout.padLeft("EVID.", 7)]
        for area in scorecard.areas {
            var grade = area.isGraded ? scorecard.label(area.grade) : "Not graded"
            if !area.caps.isEmpty { grade += " *" }
            lines.append(TextLayout.pad(area.area.rawValue, 33) + " " + TextLayout.pad(grade, 22)
                + TextLayout.padLeft(JudgementText.scoreCell(area), 6)
                + TextLayout.padLeft(NumberFormatting.percent(area.coverage.answered, decimals: 0), 9)
                + TextLayout.padLeft(NumberFormatting.percent(area.coverage.evidenced, decimals: 0), 7))
        }
        if scorecard.areas.contains(where: { !$0.caps.isEmpty }) {
            lines.append("* grade limited by a rule (cause of concern or low coverage)")
        }
        let ungraded = scorecard.areas.filter { !$0.isGraded }
        if !ungraded.isEmpty {
            lines.append("\(NotGraded.label):")
            for area in ungraded {
                let reason = [JudgementText.notGradedReason(area), JudgementText.answeredOnlyScore(area)].compactMap { $0 }
                lines += NationalText.wrap("\(area.area): \(reason.joined(separator: "; "))", indent: "  ")
            }
        }
        return lines
    }

    static func findings(_ scorecard: Scorecard, limit: Int) -> [String] {
        let all = scorecard.allFindings.filter { $0.kind != .strength }
        guard !all.isEmpty else { return ["No areas for improvement or causes of concern."] }
        var lines = ["TOP FINDINGS (\(min(limit, all.count)) of \(all.count))"]
        for finding in all.prefix(limit) {
            lines += TextLayout.wrap("[\(finding.kind.label)] \(finding.id) \(finding.title)")
            lines += TextLayout.wrap(finding.detail, indent: "    ")
            var trail = [JudgementText.provenance(finding)].compactMap { $0 }
            if !finding.items.isEmpty { trail.append("items \(finding.items.map(\.rawValue).joined(separator: ", "))") }
            if !finding.evidence.isEmpty { trail.append("evidence \(finding.evidence.map(\.rawValue).joined(separator: ", "))") }
            if !finding.recommendations.isEmpty { trail.append("recommendations \(finding.recommendations.map(\.rawValue).joined(separator: ", "))") }
            if !finding.contradicts.isEmpty { trail.append("contradicts the claim for \(finding.contradicts.map(\.rawValue).joined(separator: ", "))") }
            if !trail.isEmpty { lines += TextLayout.wrap(trail.joined(separator: "; "), indent: "    ") }
        }
        return lines
    }
}
