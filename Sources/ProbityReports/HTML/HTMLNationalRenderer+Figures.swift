import ProbityCore

/// The national figures, practices and outliers, and each item's answers across forces.
extension HTMLNationalRenderer {
    static func figuresSection(_ view: NationalView) -> HTMLSection {
        let rows = view.figures.map { figure in
            HTMLTable.Row(header: [.text(figure.figure.description)], cells: [
                [.text(figure.meaning)],
                [.text(NumberFormatting.number(figure.total, decimals: 2))],
                [.text(String(figure.forcesReporting))],
                [.text(figure.meanPerForce.map { NumberFormatting.number($0) } ?? "-")],
                [.text(figure.perMonth.map { NumberFormatting.number($0) } ?? "-")],
                [.text(figure.notReported.map(\.rawValue).joined(separator: ", "))],
            ], attributes: [.data("figure", figure.figure.description)])
        }
        var content: [HTMLNode] = [
            HTMLParts.paragraph("Every figure of every area's data return, summed across the forces that reported it ('probity national DIR --trace AREA:PATH' lists one figure force by force)."),
        ]
        if rows.isEmpty { content.append(HTMLParts.paragraph("No area's data return has figures to sum.")) }
        if !rows.isEmpty {
            content.append(HTMLTable(caption: "National figures", columns: [
                .init("Figure"), .init("Meaning"), .init("Total", numeric: true), .init("Forces reporting", numeric: true),
                .init("Mean per force", numeric: true), .init("Per month", numeric: true), .init("Not reported by"),
            ], rows: rows, attributes: [.id("figures-table"), .class("figures")]).node)
        }
        if !view.outliers.isEmpty { content.append(outliersTable(view).node) }
        if !view.practices.isEmpty { content.append(practicesTable(view).node) }
        return HTMLSection(id: "figures", heading: "National figures", content: content)
    }

    static func outliersTable(_ view: NationalView) -> HTMLTable {
        let rate = { (force: ForceRate) in "\(force.force) \(NumberFormatting.number(force.rate, decimals: 2))" }
        let rows = view.outliers.map { test in
            HTMLTable.Row(test.figure.description, [
                test.meaning,
                test.notTested ?? NationalText.usualRange(test.lowerBound ?? 0, test.upperBound ?? 0),
                test.above.map(rate).joined(separator: ", "),
                test.below.map(rate).joined(separator: ", "),
            ])
        }
        return HTMLTable(caption: "Forces far above or below the rest (rate per 1,000 workforce a month; k = \(NumberFormatting.number(view.rules.outliers.k)))",
                         columns: [.init("Figure"), .init("Meaning"), .init("Usual range"), .init("Above"), .init("Below")], rows: rows)
    }

    static func practicesTable(_ view: NationalView) -> HTMLTable {
        let rows = view.practices.map { practice in
            HTMLTable.Row(practice.figure.description, [
                practice.meaning,
                practice.answers.map { "\($0.value): \($0.count)" }.joined(separator: "; "),
                practice.notReported.isEmpty ? "" : NationalText.forces(practice.notReported.count),
            ])
        }
        return HTMLTable(caption: "Practices (forces per answer)", columns: [
            .init("Figure"), .init("Meaning"), .init("Forces per answer"), .init("Not reported"),
        ], rows: rows)
    }

    static func itemsSection(_ view: NationalView) -> HTMLSection {
        let statuses: [AnswerStatus] = [.met, .partiallyMet, .notMet, .notApplicable, .notAssessed]
        let titles = Dictionary(view.areas.compactMap { d in d.area.map { ($0, d.title) } }, uniquingKeysWith: { first, _ in first })
        let areas = view.items.reduce(into: [AreaID]()) { if !$0.contains($1.area) { $0.append($1.area) } }
        let content = areas.flatMap { area -> [HTMLNode] in
            let rows = view.items.filter { $0.area == area }.map { tally in
                HTMLTable.Row(header: [.text(tally.item.rawValue)],
                              cells: [[.text(tally.question)]] + statuses.map { [.text(String(tally.count($0)))] }
                                + [[.text((tally.tally(.notMet)?.forces ?? []).map(\.rawValue).joined(separator: ", "))]],
                              attributes: [.data("item", tally.item.rawValue)])
            }
            return [.element("h3", text: titles[area] ?? area.rawValue), HTMLTable(caption: "\(titles[area] ?? area.rawValue): forces per answer", columns: [
                .init("Item"), .init("Question"), .init("Met", numeric: true), .init("Partially met", numeric: true),
                .init("Not met", numeric: true), .init("Not applicable", numeric: true), .init("Not assessed", numeric: true),
                .init("Not met by"),
            ], rows: rows, attributes: [.class("items")]).node]
        }
        return HTMLSection(id: "items", heading: "Items across forces", content: content)
    }

    static func coverageSection(_ view: NationalView) -> HTMLSection {
        let coverage = view.coverage
        var lines: [String] = []
        if let missing = coverage.missing, missing > 0 { lines.append("\(Words.count(missing, "expected force")) \(Words.verb(missing, "is", "are")) missing") }
        lines += coverage.incomplete.map { "\($0.force): \(Words.count($0.notAssessed.count, "item")) not assessed (\($0.notAssessed.map(\.rawValue).joined(separator: ", ")))" }
        if !coverage.withoutWorkforce.isEmpty {
            lines.append("No workforce figure (no rates): \(coverage.withoutWorkforce.map(\.rawValue).joined(separator: ", "))")
        }
        lines += coverage.dataReturnGaps.map { "No \($0.area) figures from: \($0.forces.map(\.rawValue).joined(separator: ", "))" }
        lines += coverage.notes
        let rows = coverage.forces.map { force in
            HTMLTable.Row(header: [.text(force.code.rawValue)], cells: [
                [.text(force.name)], [.text(force.file)],
                [.text(force.workforce.map { NumberFormatting.number(Double($0)) } ?? "-")],
                [.text("\(force.period.start) to \(force.period.end)")],
                [.text(NumberFormatting.percent(force.answered, decimals: 0))],
                [HTMLParts.grade(force.overallGrade, scale: view.scale)]
                    + (force.overallStatus == .provisional ? [.text(" (provisional)")] : []),
                [.text(force.moderation ?? "")],
            ], attributes: [.data("force", force.code.rawValue)])
        }
        return HTMLSection(id: "coverage", heading: "Coverage", content: [
            lines.isEmpty ? HTMLParts.paragraph("Complete: no force missing, every item assessed, every return present.") : HTMLParts.list(lines),
            HTMLTable(caption: "Forces counted", columns: [
                .init("Code"), .init("Force"), .init("File"), .init("Workforce", numeric: true), .init("Period"),
                .init("Answered", numeric: true), .init("Overall grade"), .init("Moderation"),
            ], rows: rows, attributes: [.id("forces-table")]).node,
        ])
    }
}
