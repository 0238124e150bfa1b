import ProbityCore

/// The moderated scorecard for a terminal (80 columns): self-assessed and moderated grades side
/// by side, the over- and under-statements per area, every disagreement with its rationale,
/// and the inspector's findings.
public struct ModeratedScorecardTextRenderer: Sendable {
    public init() {}

    typealias Phrase = ModeratedScorecardText

    public static func render(_ card: ModeratedScorecard, context: ReportContext) -> String {
        let scorecard = card.moderated
        var lines = ["Moderated integrity health check: \(scorecard.force.name) (\(scorecard.force.code)), \(scorecard.year)"]
        lines.append("Checklist \(scorecard.checklist), period \(scorecard.period.start) to \(scorecard.period.end), scale \(scorecard.scale.id)")
        let log = card.moderation
        lines += TextLayout.wrap("Moderation \(log.file): \(log.entryCount), \(log.dates), by \(log.moderatorNames)")
        lines.append("Head \(log.head)")
        lines.append("")
        lines += overall(card)
        lines.append("")
        lines += gradeTable(card)
        lines.append("")
        lines += tallyTable(card)
        lines.append("")
        lines += disagreements(card)
        lines.append("")
        lines += findings(card)
        lines.append("")
        lines += TextLayout.wrap("probity \(context.version), \(context.generatedAt). '--format markdown' for the moderated trail.")
        return lines.joined(separator: "\n") + "\n"
    }

    static func overall(_ card: ModeratedScorecard) -> [String] {
        let summary = card.overall
        let before = Phrase.overall(card.selfAssessed, capitals: true)
        let after = Phrase.overall(card.moderated, capitals: true)
        var lines = TextLayout.wrap("OVERALL: self-assessed \(before); moderated \(after) (\(Phrase.movement(summary.gradeChange)))")
        lines += Phrase.overallNotes(card).flatMap { TextLayout.wrap($0, indent: "  ") }
        lines += card.moderated.caps.flatMap { TextLayout.wrap("Limit: \($0.reason)", indent: "  ") }
        return lines + TextLayout.wrap(Phrase.verdict(summary))
    }

    static func gradeTable(_ card: ModeratedScorecard) -> [String] {
        var lines = [TextLayout.pad("AREA", 23) + TextLayout.pad("SELF-ASSESSED", 27) + TextLayout.pad("MODERATED", 27) + TextLayout.padLeft("+/-", 3)]
        for summary in card.areas {
            let area = summary.area?.rawValue ?? summary.title
            let before = Phrase.area(summary.selfAssessedGrade, score: summary.selfAssessedScore, in: card.selfAssessed)
            let after = Phrase.area(summary.moderatedGrade, score: summary.moderatedScore, in: card.moderated)
            lines.append(TextLayout.pad(area, 22) + " " + TextLayout.pad(before, 27) + TextLayout.pad(after, 27)
                + TextLayout.padLeft(Phrase.signedChange(summary.gradeChange), 3))
        }
        let ungraded = Phrase.notGraded(card)
        if !ungraded.isEmpty {
            lines.append("\(NotGraded.label):")
            lines += ungraded.flatMap { NationalText.wrap($0, indent: "  ") }
        }
        return lines
    }

    static func tallyTable(_ card: ModeratedScorecard) -> [String] {
        let columns = ["OVER", "UNDER", "REGRADED", "RECLASS.", "AGREED", "FINDINGS"]
        var lines = [TextLayout.pad("MODERATED ITEMS", 23) + columns.map { TextLayout.padLeft($0, 9) }.joined()]
        let active = card.areas.filter { $0.disagreements + $0.confirmed + $0.inspectorFindings > 0 }
        for summary in active + [card.overall] {
            let counts = [summary.overstated, summary.understated, summary.evidenceRegraded, summary.reclassified,
                          summary.confirmed, summary.inspectorFindings]
            lines.append(TextLayout.pad(summary.area?.rawValue ?? "all areas", 23)
                + counts.map { TextLayout.padLeft(String($0), 9) }.joined())
        }
        return lines
    }

    static func disagreements(_ card: ModeratedScorecard) -> [String] {
        guard !card.disagreements.isEmpty else { return ["No disagreements: the inspector confirmed every moderated item."] }
        var lines = ["DISAGREEMENTS (\(card.disagreements.count))"]
        for item in card.disagreements {
            let statuses = "force \(item.forceStatus.rawValue), inspector \(item.inspectorStatus.rawValue)"
            lines += TextLayout.wrap("\(item.item) (\(item.area)): \(statuses): \(item.direction.label)")
            let evidence = item.evidence.isEmpty ? "" : "; evidence \(Phrase.grades(item.evidence))"
            lines += TextLayout.wrap("credit \(Phrase.credits(item))\(evidence)", indent: "    ")
            lines += TextLayout.wrap("\(Phrase.attribution(item)): \(item.rationale)", indent: "    ")
        }
        return lines
    }

    static func findings(_ card: ModeratedScorecard) -> [String] {
        guard !card.inspectorFindings.isEmpty else { return ["No inspector findings."] }
        var lines = ["INSPECTOR FINDINGS (\(card.inspectorFindings.count))"]
        for attributed in card.inspectorFindings {
            let finding = attributed.finding
            lines += TextLayout.wrap("[\(finding.kind.label)] \(finding.id) \(finding.title) (\(attributed.area))")
            lines += TextLayout.wrap(finding.detail, indent: "    ")
            lines += TextLayout.wrap("items \(finding.items.map(\.rawValue).joined(separator: ", ")); \(Phrase.attribution(attributed))", indent: "    ")
        }
        return lines
    }
}
