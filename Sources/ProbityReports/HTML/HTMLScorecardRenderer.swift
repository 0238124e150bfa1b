import ProbityCore

/// The scorecard as one self-contained HTML page: the overall grade and key figures, the
/// area grades chart and table, every finding with its figures, items, evidence,
/// recommendations and contradictions, every item with the force's narrative, the evidence
/// register, the register cross-checks, and the full why-trail as nested lists.
public struct HTMLScorecardRenderer: Sendable {
    public init() {}

    public static func render(_ scorecard: Scorecard, sources: ScorecardSources, context: ReportContext) -> String {
        HTMLPage(title: title(scorecard), subtitle: subtitle(scorecard), sections: sections(scorecard, sources: sources),
                 context: context).render()
    }

    static func title(_ scorecard: Scorecard) -> String {
        "Integrity health check: \(scorecard.force.name), \(scorecard.year)"
    }

    static func subtitle(_ scorecard: Scorecard) -> [String] {
        [
            "Data period \(scorecard.period.start) to \(scorecard.period.end).",
            "Grade scale: \(scorecard.scale.label) (\(scorecard.scale.grades.map { "\($0.label) from \(NumberFormatting.number($0.minScore))" }.joined(separator: ", "))).",
        ]
    }

    static func sections(_ scorecard: Scorecard, sources: ScorecardSources) -> [HTMLSection] {
        var sections = [
            summarySection(scorecard),
            findingsSection(scorecard, sources: sources),
            itemsSection(scorecard, sources: sources),
            evidenceSection(sources),
        ]
        if let registers = scorecard.registers { sections.append(registersSection(registers)) }
        sections.append(whySection(scorecard.why))
        sections.append(recordSection(scorecard))
        return sections
    }

    static func summarySection(_ scorecard: Scorecard) -> HTMLSection {
        var content: [HTMLNode] = [overallBoxes(scorecard)]
        if let note = JudgementText.overallNote(scorecard.overall) {
            content.append(.element("p", [.class("limit"), .id("overall-note")], text: note))
        }
        content += scorecard.caps.map { HTMLParts.paragraph("Limit: \($0.reason)", class: "limit") }
        content.append(HTMLParts.overview(HTMLParts.figure(AreaGradeChart(scorecard: scorecard).node, caption: chartCaption(scorecard)),
                                          topFindings(scorecard)))
        content.append(areaTable(scorecard).node)
        return HTMLSection(id: "summary", heading: "Summary", content: content, ownPage: true)
    }

    static func topFindings(_ scorecard: Scorecard) -> HTMLNode? {
        HTMLParts.topFindings(scorecard.areas.flatMap { area in area.findings.map { (finding: $0, area: area.title) } })
    }

    /// The technical trail: force code, checklist, generator, and where every figure shown comes
    /// from in the assessment file.
    static func recordSection(_ scorecard: Scorecard) -> HTMLSection {
        var seen = Set<String>()
        let figures = scorecard.areas.flatMap { area in (area.returnFigures ?? []) + area.findings.flatMap(\.figures) }
        let sources = figures.compactMap { figure -> (label: String, source: String)? in
            seen.insert(figure.source).inserted ? (label: figure.label, source: figure.source) : nil
        }
        return HTMLParts.recordSection([
            "Force code \(scorecard.force.code); checklist \(scorecard.checklist).",
            "Area ids: \(scorecard.areas.map { "\($0.area) is \($0.title)" }.joined(separator: "; ")).",
        ], sources: sources)
    }

    static func overallBoxes(_ scorecard: Scorecard) -> HTMLNode {
        let findings = scorecard.allFindings
        let count = { (kind: FindingKind) in findings.filter { $0.kind == kind }.count }
        var grade = [HTMLParts.grade(scorecard.overallGrade, scale: scorecard.scale)]
        if scorecard.overall.status == .provisional { grade.append(.text(" (provisional)")) }
        if scorecard.overallGrade != scorecard.scoreGrade {
            grade.append(.text(" (the score alone gives \(scorecard.label(scorecard.scoreGrade)))"))
        }
        return HTMLParts.summary([
            HTMLParts.summaryBox("Overall grade", grade, id: "overall-grade", wide: true),
            overallScoreBox(scorecard),
            HTMLParts.summaryBox("Causes of concern", [.text(String(count(.concern)))], id: "count-concerns"),
            HTMLParts.summaryBox("Areas for improvement", [.text(String(count(.improvement)))], id: "count-improvements"),
            HTMLParts.summaryBox("Strengths", [.text(String(count(.strength)))], id: "count-strengths"),
        ])
    }

    /// The overall score, over the graded areas when provisional; none when the grade is withheld.
    static func overallScoreBox(_ scorecard: Scorecard) -> HTMLNode {
        switch scorecard.overall.status {
        case .graded:
            return HTMLParts.summaryBox("Overall score (out of 100)", [.text(NumberFormatting.number(scorecard.overallScore))], id: "overall-score")
        case .provisional:
            return HTMLParts.summaryBox("Overall score over the graded areas (out of 100)", [.text(NumberFormatting.number(scorecard.overallScore))], id: "overall-score")
        case .withheld:
            return HTMLParts.summaryBox("Overall score", [.text("withheld")], id: "overall-score")
        }
    }

    static func chartCaption(_ scorecard: Scorecard) -> String {
        var caption = "Each area's score out of 100 with its grade; dashed lines mark where each grade begins. Key: \(GradePalette.key(scorecard.scale))."
        if scorecard.areas.contains(where: { $0.grade != $0.scoreGrade }) || scorecard.overallGrade != scorecard.scoreGrade {
            caption += " * the grade is held below what the score gives by a limiting rule (see the table)."
        }
        return caption
    }

    static func areaTable(_ scorecard: Scorecard) -> HTMLTable {
        let rows = scorecard.areas.map { area in
            var grade = [HTMLParts.grade(area.grade, scale: scorecard.scale)]
            grade += area.caps.map { .element("div", [.class("limit")], text: "Limit: \($0.reason)") }
            if let reason = notGradedText(area) { grade.append(.element("div", [.class("limit not-graded")], text: reason)) }
            return HTMLTable.Row(header: [.element("a", [HTMLAttribute("href", "#\(HTMLParts.anchor("area", area.area.rawValue))")], text: area.title)],
                                 cells: [grade, [.text(JudgementText.scoreCell(area))],
                                         [.text(area.isGraded ? NumberFormatting.number(area.answerScore) : "-")],
                                         [.text(NumberFormatting.percent(area.coverage.answered, decimals: 0))],
                                         [.text(NumberFormatting.percent(area.coverage.evidenced, decimals: 0))],
                                         [.text(String(area.findings.count))]],
                                 attributes: [.data("area", area.area.rawValue)])
        }
        return HTMLTable(caption: "Area grades", columns: [
            .init("Area"), .init("Grade"), .init("Score", numeric: true), .init("Answer score", numeric: true),
            .init("Answered", numeric: true), .init("Evidenced", numeric: true), .init("Findings", numeric: true),
        ], rows: rows, attributes: [.id("area-table")])
    }

    /// Why an area is not graded, with its score over the answered items where it has some;
    /// nil when it is graded.
    static func notGradedText(_ area: AreaResult) -> String? {
        JudgementText.notGradedReason(area).map { reason in
            let text = [reason, JudgementText.answeredOnlyScore(area)].compactMap { $0 }.joined(separator: "; ")
            return text.prefix(1).uppercased() + text.dropFirst() + "."
        }
    }
}
