import ProbityCore

/// Two health checks of a force compared, as one HTML page: the overall and area grades
/// then and now with a movement chart, every item's change, findings resolved, new and
/// persisting, figures compared as rates, and the improvement plan's progress.
public struct HTMLComparisonRenderer: Sendable {
    public init() {}

    /// `scale` is NEW's grading scale (its thresholds are drawn), `oldScale` OLD's.
    public static func render(_ comparison: Comparison, scale: GradeScale, oldScale: GradeScale? = nil,
                              context: ReportContext) -> String {
        let scales = Scales(new: scale, old: oldScale ?? scale)
        var sections = [
            summarySection(comparison, scales),
            progressSection(comparison),
            itemsSection(comparison),
            findingsSection(comparison),
            ratesSection(comparison),
        ]
        if let plan = comparison.plan { sections.append(planSection(plan)) }
        sections.append(recordSection(comparison))
        return HTMLPage(title: title(comparison), subtitle: subtitle(comparison), sections: sections, context: context).render()
    }

    struct Scales {
        var new: GradeScale
        var old: GradeScale
    }

    static func title(_ comparison: Comparison) -> String {
        "Integrity health check compared: \(comparison.new.force.name), \(comparison.old.year) and \(comparison.new.year)"
    }

    static func subtitle(_ comparison: Comparison) -> [String] {
        let side = { (label: String, side: ComparisonSide) in
            "\(label) (\(side.year)): \(side.kind.rawValue), period \(side.period.start) to \(side.period.end) (\(Words.count(side.months, "month")))."
        }
        return [side("Earlier", comparison.old), side("Later", comparison.new)]
    }

    /// The files, checklists and matching behind the comparison, kept out of the header.
    static func recordSection(_ comparison: Comparison) -> HTMLSection {
        let side = { (label: String, side: ComparisonSide) in
            "\(label) (\(side.year)): file \(side.file), checklist \(side.checklist)."
        }
        return HTMLParts.recordSection([side("Earlier", comparison.old), side("Later", comparison.new),
                                        "Items matched: \(comparison.matching.description)."])
    }

    static func summarySection(_ comparison: Comparison, _ scales: Scales) -> HTMLSection {
        let summary = comparison.summary
        let old = comparison.old.overall
        let new = comparison.new.overall
        var content: [HTMLNode] = [HTMLParts.summary(progressBoxes(comparison) + [
            HTMLParts.summaryBox("Overall \(comparison.old.year)", [HTMLParts.grade(old.grade, scale: scales.old),
                                                                    .text(" \(NumberFormatting.number(old.score))")],
                                 id: "old-grade", wide: true),
            HTMLParts.summaryBox("Overall \(comparison.new.year)", [HTMLParts.grade(new.grade, scale: scales.new),
                                                                    .text(" \(NumberFormatting.number(new.score))")],
                                 id: "overall-grade", wide: true),
            HTMLParts.summaryBox("Score change", [.text(ComparisonFormat.signed(comparison.overall.scoreChange))], id: "score-change"),
            HTMLParts.summaryBox("Items improved / regressed", [.text("\(summary.improved) / \(summary.regressed)")], id: "items-moved"),
            HTMLParts.summaryBox("Findings resolved / new / persisting",
                                 [.text("\(summary.findingsResolved) / \(summary.findingsNew) / \(summary.findingsPersisting)")],
                                 id: "findings-moved"),
        ])]
        content += progressParagraphs(comparison)
        content.append(HTMLParts.paragraph(overallSentence(comparison)))
        if !comparison.notes.isEmpty {
            content.append(HTMLParts.paragraph("Notes:"))
            content.append(HTMLParts.list(comparison.notes))
        }
        content.append(HTMLParts.figure(movementChart(comparison, scales).node,
                                        caption: "Each area's score in \(comparison.old.year) (hollow circle) and \(comparison.new.year) (diamond), with the arrow showing the movement. Key: \(GradePalette.key(scales.new))."))
        content.append(areaTable(comparison, scales).node)
        return HTMLSection(id: "summary", heading: "Movement between the years", content: content, ownPage: true)
    }

    static func overallSentence(_ comparison: Comparison) -> String {
        let old = comparison.old.overall
        let new = comparison.new.overall
        let movement = comparison.overall.grade == .notComparable
            ? "cannot be compared (\(comparison.overall.gradeReason ?? "different scales"))"
            : comparison.overall.grade.rawValue
        let counts = ItemChange.reportOrder.map { "\(comparison.summary.count(of: $0)) \($0.label)" }.joined(separator: ", ")
        return "Overall grade \(old.gradeLabel) in \(comparison.old.year), \(new.gradeLabel) in \(comparison.new.year): \(movement). Items: \(counts)."
    }

    static func movementChart(_ comparison: Comparison, _ scales: Scales) -> MovementChart {
        var rows = comparison.areas.map { area in
            MovementChart.Row(key: area.area.rawValue, label: area.title,
                              old: area.old.map { .init(score: $0.score, grade: $0.grade) },
                              new: area.new.map { .init(score: $0.score, grade: $0.grade) })
        }
        rows.append(MovementChart.Row(key: "overall", label: "Overall",
                                      old: .init(score: comparison.old.overall.score, grade: comparison.old.overall.grade),
                                      new: .init(score: comparison.new.overall.score, grade: comparison.new.overall.grade)))
        return MovementChart(id: "movement-chart",
                             title: "Area scores \(comparison.old.year) and \(comparison.new.year), \(comparison.new.force.name)",
                             oldLabel: String(comparison.old.year), newLabel: String(comparison.new.year), rows: rows,
                             scale: scales.new, oldScale: scales.old)
    }

    static func areaTable(_ comparison: Comparison, _ scales: Scales) -> HTMLTable {
        let rows = comparison.areas.map { area in
            HTMLTable.Row(header: [.text(area.title)], cells: [
                snapshotCell(area.old, scale: scales.old),
                snapshotCell(area.new, scale: scales.new),
                [.element("strong", text: movementText(area.grade, reason: area.gradeReason))],
                [.text(area.scoreChange.map { ComparisonFormat.signed($0) } ?? "-")],
                [.text(area.answeredChange.map(ComparisonFormat.points) ?? "-")],
                [.text(area.evidencedChange.map(ComparisonFormat.points) ?? "-")],
            ], attributes: [.data("area", area.area.rawValue), .data("movement", area.grade.rawValue)])
        }
        return HTMLTable(caption: "Area grades \(comparison.old.year) and \(comparison.new.year)", columns: [
            .init("Area"), .init(String(comparison.old.year)), .init(String(comparison.new.year)), .init("Grade"),
            .init("Score change", numeric: true), .init("Answered", numeric: true), .init("Evidenced", numeric: true),
        ], rows: rows, attributes: [.id("area-table")])
    }

    static func snapshotCell(_ snapshot: AreaComparison.Snapshot?, scale: GradeScale) -> [HTMLNode] {
        guard let snapshot else { return [.text("not in this checklist")] }
        return [HTMLParts.grade(snapshot.grade, scale: scale),
                .text(" \(NumberFormatting.number(snapshot.score))\(snapshot.capped ? " (limited)" : "")")]
    }

    static func movementText(_ movement: Movement, reason: String?) -> String {
        guard movement == .notComparable else { return movement.rawValue }
        return "not comparable" + (reason.map { ": \($0)" } ?? "")
    }
}
