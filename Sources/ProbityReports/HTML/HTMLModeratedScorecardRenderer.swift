import ProbityCore

/// The moderated scorecard as one HTML page: self-assessed and moderated grades side by side
/// (chart and table), every disagreement with the inspector's rationale, the inspector's
/// findings, then the moderated scorecard's findings, items, evidence and why-trail.
public struct HTMLModeratedScorecardRenderer: Sendable {
    public init() {}

    public static func render(_ moderated: ModeratedScorecard, sources: ScorecardSources, context: ReportContext) -> String {
        let scorecard = moderated.moderated
        let sections = [
            summarySection(moderated),
            disagreementsSection(moderated, sources: sources),
            inspectorFindingsSection(moderated, sources: sources),
            HTMLScorecardRenderer.findingsSection(scorecard, sources: sources, heading: "Findings by area, as moderated"),
            HTMLScorecardRenderer.itemsSection(scorecard, sources: sources, heading: "Items as moderated, with the force's answers"),
            HTMLScorecardRenderer.evidenceSection(sources),
            HTMLScorecardRenderer.whySection(scorecard.why, heading: "Why: the moderated trail"),
            recordSection(moderated),
        ]
        let title = "Moderated integrity health check: \(scorecard.force.name), \(scorecard.year)"
        return HTMLPage(title: title, subtitle: HTMLScorecardRenderer.subtitle(scorecard) + [logLine(moderated.moderation)],
                        sections: sections, context: context).render()
    }

    /// Who moderated and when, in words; the log's file and hash are in the record at the end.
    static func logLine(_ log: ModerationLogSummary) -> String {
        let dates = [log.firstDate, log.lastDate].compactMap { $0?.description }
        let span = Set(dates).count > 1 ? "\(dates[0]) to \(dates[1])" : (dates.first ?? "no date")
        return "Moderated by \(log.moderators.map(\.description).joined(separator: "; ")), \(span) (\(log.entryCount))."
    }

    static func recordSection(_ moderated: ModeratedScorecard) -> HTMLSection {
        var record = HTMLScorecardRenderer.recordSection(moderated.moderated)
        let log = moderated.moderation
        record.content.insert(HTMLParts.list([
            "Moderation log \(log.file), \(log.entryCount); SHA-256 of its last entry (head) \(log.head).",
        ]), at: 2)
        return record
    }

    static func summarySection(_ moderated: ModeratedScorecard) -> HTMLSection {
        let scale = moderated.moderated.scale
        let overall = moderated.overall
        let boxes = HTMLParts.summary([
            HTMLParts.summaryBox("Self-assessed grade", overallGrade(moderated.selfAssessed), id: "self-assessed-grade", wide: true),
            HTMLParts.summaryBox("Moderated grade", overallGrade(moderated.moderated), id: "overall-grade", wide: true),
            HTMLParts.summaryBox("Items overstated", [.text(String(overall.overstated))], id: "count-overstated"),
            HTMLParts.summaryBox("Items understated", [.text(String(overall.understated))], id: "count-understated"),
            HTMLParts.summaryBox("Inspector's findings", [.text(String(overall.inspectorFindings))], id: "count-inspector-findings"),
        ])
        let notes = ModeratedScorecardText.overallNotes(moderated).map { HTMLParts.paragraph($0, class: "limit") }
        let ungraded = ModeratedScorecardText.notGraded(moderated)
        let notGraded: [HTMLNode] = ungraded.isEmpty ? [] : [
            HTMLParts.paragraph("\(NotGraded.label):", class: "limit not-graded"), HTMLParts.list(ungraded),
        ]
        return HTMLSection(id: "summary", heading: "Self-assessed and moderated", content: [boxes] + notes + [
            HTMLParts.paragraph(verdict(overall, scale: scale)),
            HTMLParts.paragraph("In the table, items over / under / other counts the items the force overstated, understated, and those whose evidence the inspector regraded or that were reclassified.", class: "meta"),
            HTMLParts.overview(HTMLParts.figure(movementChart(moderated).node,
                                                caption: "Each area's self-assessed score (hollow circle) and moderated score (diamond), with the arrow showing which way moderation moved it. Key: \(GradePalette.key(scale))."),
                               HTMLScorecardRenderer.topFindings(moderated.moderated)),
            comparisonTable(moderated).node,
        ] + notGraded, ownPage: true)
    }

    /// One side's overall grade badge with `(provisional)` and its score, or no score when withheld.
    static func overallGrade(_ scorecard: Scorecard) -> [HTMLNode] {
        var nodes = [HTMLParts.grade(scorecard.overallGrade, scale: scorecard.scale)]
        if scorecard.overall.status == .provisional { nodes.append(.text(" (provisional)")) }
        if let score = JudgementText.overallScore(scorecard) { nodes.append(.text(", \(score)")) }
        return nodes
    }

    /// An area's grade badge and score on one side; no score when not graded.
    static func areaGrade(_ grade: GradeID?, score: Double, scale: GradeScale) -> [HTMLNode] {
        grade == nil ? [HTMLParts.grade(nil, scale: scale)]
            : [HTMLParts.grade(grade, scale: scale), .text(" \(NumberFormatting.number(score))")]
    }

    static func verdict(_ overall: ModerationSummary, scale: GradeScale) -> String {
        let label = { (grade: GradeID?) in scale.label(grade) }
        let grades = overall.gradeChange == 0
            ? "Moderation leaves the overall grade at \(label(overall.moderatedGrade))."
            : "Moderation moves the overall grade from \(label(overall.selfAssessedGrade)) to \(label(overall.moderatedGrade))."
        let items = ModeratedScorecardText.items
        let regraded = overall.evidenceRegraded == 0 ? "regraded no evidence" : "regraded the evidence of \(items(overall.evidenceRegraded))"
        return "\(grades) The force overstated \(items(overall.overstated)) and understated \(items(overall.understated)); the inspector \(regraded), reclassified \(items(overall.reclassified)) and confirmed \(items(overall.confirmed)) as assessed."
    }

    static func movementChart(_ moderated: ModeratedScorecard) -> MovementChart {
        let rows = (moderated.areas + [moderated.overall]).map { summary in
            MovementChart.Row(key: summary.area?.rawValue ?? "overall", label: summary.title,
                              old: .init(score: summary.selfAssessedScore, grade: summary.selfAssessedGrade),
                              new: .init(score: summary.moderatedScore, grade: summary.moderatedGrade))
        }
        return MovementChart(id: "moderation-chart",
                             title: "Self-assessed and moderated scores, \(moderated.moderated.force.name) \(moderated.moderated.year)",
                             oldLabel: "Self-assessed", newLabel: "Moderated", rows: rows, scale: moderated.moderated.scale)
    }

    static func comparisonTable(_ moderated: ModeratedScorecard) -> HTMLTable {
        let scale = moderated.moderated.scale
        let rows = (moderated.areas + [moderated.overall]).map { summary in
            let isOverall = summary.area == nil
            return HTMLTable.Row(header: [.text(summary.title)], cells: [
                isOverall ? overallGrade(moderated.selfAssessed) : areaGrade(summary.selfAssessedGrade, score: summary.selfAssessedScore, scale: scale),
                isOverall ? overallGrade(moderated.moderated) : areaGrade(summary.moderatedGrade, score: summary.moderatedScore, scale: scale),
                [.text(gradeChange(summary.gradeChange))],
                [.text("\(summary.overstated) / \(summary.understated) / \(summary.evidenceRegraded + summary.reclassified)")],
                [.text(String(summary.inspectorFindings))],
            ], attributes: [.data("area", summary.area?.rawValue ?? "overall")])
        }
        return HTMLTable(caption: "Grades self-assessed and moderated", columns: [
            .init("Area"), .init("Self-assessed"), .init("Moderated"), .init("Grade change"),
            .init("Items over / under / other", numeric: true),
            .init("Inspector's findings", numeric: true),
        ], rows: rows, attributes: [.id("area-table")])
    }

    static func gradeChange(_ steps: Int) -> String {
        switch steps {
        case 0: return "none"
        case let up where up > 0: return "\(Words.count(up, "grade")) higher"
        default: return "\(Words.count(-steps, "grade")) lower"
        }
    }
}
