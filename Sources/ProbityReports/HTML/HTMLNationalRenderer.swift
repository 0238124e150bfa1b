import ProbityCore

/// The national view as one HTML page: coverage, the forces x areas grade grid (chart and
/// table), the grade distribution per area, the national figures with the forces behind
/// them, the shares and the forces far from the rest, and each item's answers across forces.
public struct HTMLNationalRenderer: Sendable {
    public init() {}

    public static func render(_ view: NationalView, context: ReportContext) -> String {
        let sections = [
            summarySection(view),
            gridSection(view),
            figuresSection(view),
            itemsSection(view),
            coverageSection(view),
            HTMLParts.recordSection(["Checklist \(view.checklist).",
                                     "Area ids: \(view.areas.map { "\($0.area?.rawValue ?? "") is \($0.title)" }.joined(separator: "; "))."]),
        ]
        return HTMLPage(title: title(view), subtitle: subtitle(view), sections: sections, context: context).render()
    }

    static func title(_ view: NationalView) -> String {
        "Integrity health checks: national view of \(NationalText.forces(view.coverage.forcesCounted))"
    }

    static func subtitle(_ view: NationalView) -> [String] {
        let periods = view.coverage.periods.map { "\($0.period.start) to \($0.period.end) (\(NationalText.forces($0.forces.count)))" }
        return ["Data periods \(periods.joined(separator: ", ")).",
                "Grade scale: \(view.scale.label). Every figure names the forces behind it."]
    }

    static func summarySection(_ view: NationalView) -> HTMLSection {
        let coverage = view.coverage
        let expected = coverage.expectedForces.map { " of \($0) expected" } ?? ""
        var boxes = [HTMLParts.summaryBox("Forces counted", [.text("\(coverage.forcesCounted)\(expected)")], id: "forces-counted")]
        boxes += view.overall.grades.map { tally in
            HTMLParts.summaryBox("Overall \(tally.label)", [.text(String(tally.count))], id: HTMLParts.anchor("overall", tally.grade.rawValue))
        }
        boxes.append(HTMLParts.summaryBox("Overall not graded", [.text(String(view.overall.notGraded.count))], id: "overall-not-graded"))
        var content: [HTMLNode] = [HTMLParts.summary(boxes)]
        content.append(HTMLParts.paragraph(coverage.isComplete
            ? "Coverage is complete: every force expected is counted and every item assessed."
            : "Coverage is incomplete; see the coverage section for which forces and figures are missing."))
        content.append(distributionTable(view).node)
        if !view.shares.isEmpty { content.append(sharesTable(view).node) }
        return HTMLSection(id: "summary", heading: "Summary", content: content)
    }

    static func distributionTable(_ view: NationalView) -> HTMLTable {
        let rows = (view.areas + [view.overall]).map { distribution in
            HTMLTable.Row(header: [.text(distribution.title)],
                          cells: distribution.grades.map { [.text(String($0.count))] } + [
                              [.text(String(distribution.notGraded.count))],
                              [.text(distribution.medianScore.map { NumberFormatting.number($0) } ?? "-")],
                              [.text(range(distribution))],
                          ],
                          attributes: [.data("area", distribution.area?.rawValue ?? "overall")])
        }
        let columns = [HTMLTable.Column("Area")] + view.scale.grades.map { HTMLTable.Column($0.label, numeric: true) }
            + [.init("Not graded", numeric: true), .init("Median score (graded)", numeric: true), .init("Range (graded)", numeric: true)]
        return HTMLTable(caption: "Forces by grade, per area", columns: columns, rows: rows, attributes: [.id("distribution-table")])
    }

    static func range(_ distribution: NationalGradeDistribution) -> String {
        guard let low = distribution.lowestScore, let high = distribution.highestScore else { return "-" }
        return "\(NumberFormatting.number(low)) to \(NumberFormatting.number(high))"
    }

    static func sharesTable(_ view: NationalView) -> HTMLTable {
        let rows = view.shares.map { share in
            HTMLTable.Row(share.label, [
                share.value.map { NumberFormatting.percent($0, decimals: 0) } ?? "-",
                "\(NumberFormatting.number(share.numeratorTotal)) (\(share.numerator)) / \(NumberFormatting.number(share.denominatorTotal)) (\(share.denominator))",
                NationalText.forces(share.forces.count),
            ], attributes: [.data("share", share.id)])
        }
        return HTMLTable(caption: "National shares", columns: [
            .init("Share"), .init("Value", numeric: true), .init("Numerator / denominator"), .init("Forces"),
        ], rows: rows, attributes: [.id("shares-table")])
    }
}
