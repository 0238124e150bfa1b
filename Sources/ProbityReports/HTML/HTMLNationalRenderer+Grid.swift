import ProbityCore

/// The forces x areas grade grid: an SVG chart and the same grades as a table.
extension HTMLNationalRenderer {
    /// Each force's grade per area (and overall), from the grade distributions.
    struct GradeGrid {
        var columns: [NationalGridChart.Column]
        var rows: [NationalGridChart.Row]

        init(_ view: NationalView) {
            let distributions = view.areas + [view.overall]
            columns = distributions.map { .init(key: $0.area?.rawValue ?? "overall", label: $0.area == nil ? "Overall" : $0.title) }
            let lookups = distributions.map { distribution in
                Dictionary(distribution.grades.flatMap { tally in tally.forces.map { ($0, tally.grade) } },
                           uniquingKeysWith: { first, _ in first })
            }
            rows = view.coverage.forces.map { force in
                .init(key: force.code.rawValue, label: force.name, cells: lookups.map { $0[force.code] })
            }
        }
    }

    static func gridSection(_ view: NationalView) -> HTMLSection {
        let grid = GradeGrid(view)
        let chart = NationalGridChart(id: "national-grid", title: "Grades of \(NationalText.forces(grid.rows.count)) by area", columns: grid.columns,
                                      rows: grid.rows, scale: view.scale)
        let rows = grid.rows.map { row in
            HTMLTable.Row(header: [.text(row.label)], cells: row.cells.map { cell in
                [HTMLParts.gradeAbbreviation(cell, scale: view.scale)]
            }, attributes: [.data("force", row.key)])
        }
        let table = HTMLTable(caption: "Grades by force and area (\(GradePalette.key(view.scale)); NG not graded)", columns: [HTMLTable.Column("Force")] + grid.columns.map { .init($0.label) },
                              rows: rows, attributes: [.id("grid-table"), .class("register")])
        return HTMLSection(id: "grid", heading: "Forces by area", content: [
            table.node,
            // Not printed: 44 rows make it taller than a page, and the table above prints the same grades.
            .element("div", [.class("screen-only")], [
                HTMLParts.figure(chart.node, caption: "Each force's grade in each area and overall. Key: \(GradePalette.key(view.scale)); NG, on white with a dashed border, is not graded (insufficient evidence)."),
            ]),
        ])
    }
}
