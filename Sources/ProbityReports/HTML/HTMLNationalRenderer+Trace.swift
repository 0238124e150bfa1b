import ProbityCore

/// One national figure traced to its forces (`probity national DIR --trace AREA:PATH
/// --format html`): each force's value, workforce and rate, and the total.
extension HTMLNationalRenderer {
    public static func renderTrace(_ figure: NationalFigure, in view: NationalView, context: ReportContext) -> String {
        let rows = NationalTraceRenderer.rows(figure, in: view).map { row in
            HTMLTable.Row(header: [.text(row.force.rawValue)], cells: [
                [.text(row.name)],
                [.text(row.value.map(NationalText.value) ?? "not reported")],
                [.text(row.workforce.map { NationalText.value(Double($0)) } ?? "-")],
                [.text(row.rate.map(NationalText.rate) ?? "-")],
            ], attributes: [.data("force", row.force.rawValue)])
        }
        let total = HTMLTable.Row("Total", ["", NationalText.value(figure.total), "", ""], attributes: [.id("trace-total")])
        let section = HTMLSection(id: "trace", heading: "Force by force", content: [
            HTMLParts.paragraph(figure.meaning),
            HTMLTable(caption: "\(figure.figure) by force", columns: [
                .init("Force"), .init("Name"), .init("Value", numeric: true), .init("Workforce", numeric: true),
                .init("Per 1,000 a month", numeric: true),
            ], rows: rows + [total], attributes: [.id("trace-table")]).node,
        ])
        return HTMLPage(title: "\(figure.figure): \(NationalText.summary(figure))", subtitle: subtitle(view),
                        sections: [section], context: context).render()
    }
}
