import ProbityCore

/// The comparison's detail: items, findings, rates and plan progress.
extension HTMLComparisonRenderer {
    static func itemsSection(_ comparison: Comparison) -> HTMLSection {
        let content = comparison.areas.flatMap { area -> [HTMLNode] in
            guard !area.items.isEmpty else { return [] }
            let rows = area.items.map { item in
                HTMLTable.Row(header: [.text(item.item.rawValue)], cells: [
                    [.element("strong", text: item.change.label)],
                    [.text(item.old.map { "\($0.item) \(ComparisonFormat.status($0.status))" }.joined(separator: "; "))],
                    [.text(ComparisonFormat.status(item.newStatus))],
                    [.text([item.reason, item.note].compactMap { $0 }.joined(separator: "; "))],
                ], attributes: [.data("item", item.item.rawValue), .data("change", item.change.rawValue)])
            }
            return [.element("h3", text: area.title), HTMLTable(caption: "\(area.title): items", columns: [
                .init("Item"), .init("Change"), .init("\(comparison.old.year) (item, status)"),
                .init("\(comparison.new.year) status"), .init("How matched, or why not comparable"),
            ], rows: rows, attributes: [.class("items")]).node]
        }
        return HTMLSection(id: "items", heading: "Items", content: [
            HTMLParts.paragraph("Items are matched through the later checklist's crosswalk; an item that cannot be compared says why."),
        ] + content)
    }

    static func findingsSection(_ comparison: Comparison) -> HTMLSection {
        let findings = comparison.allFindings
        guard !findings.isEmpty else {
            return HTMLSection(id: "findings", heading: "Findings", content: [HTMLParts.paragraph("No findings in either year.")])
        }
        let titles = Dictionary(comparison.areas.map { ($0.area, $0.title) }, uniquingKeysWith: { first, _ in first })
        let rows = findings.map { finding in
            HTMLTable.Row(header: [.text(finding.displayID)], cells: [
                [.element("strong", text: finding.status.label(for: finding.kind) + (finding.reason.map { ": \($0)" } ?? ""))],
                [.text(finding.kind.label + (finding.kindChange.map { " (\($0))" } ?? ""))],
                [.text(finding.title)],
                [.text(titles[finding.area] ?? finding.area.rawValue)],
            ], attributes: [.data("finding", finding.id.rawValue), .data("status", finding.status.rawValue)])
        }
        return HTMLSection(id: "findings", heading: "Findings", content: [
            HTMLTable(caption: "Findings resolved, new and persisting", columns: [
                .init("Finding"), .init("\(comparison.old.year) to \(comparison.new.year)"), .init("Kind"), .init("Title"), .init("Area"),
            ], rows: rows).node,
        ])
    }

    static func ratesSection(_ comparison: Comparison) -> HTMLSection {
        let rates = comparison.areas.flatMap { $0.metrics + $0.figures }
        guard !rates.isEmpty else {
            return HTMLSection(id: "rates", heading: "Figures compared as rates",
                               content: [HTMLParts.paragraph("No figure is present in both years.")])
        }
        let rows = rates.map { rate in
            HTMLTable.Row(header: [.text(rate.label)], cells: [
                [.text(ComparisonFormat.rate(rate.old, rate))],
                [.text(ComparisonFormat.rate(rate.new, rate))],
                [.text(ComparisonFormat.change(rate))],
                [.text(basis(rate))],
            ], attributes: [.data("rate", "\(rate.area):\(rate.id)")])
        }
        return HTMLSection(id: "rates", heading: "Figures compared as rates", content: [
            HTMLParts.paragraph("Counts are compared per month because the periods differ (\(NumberFormatting.number(comparison.old.months)) and \(NumberFormatting.number(comparison.new.months)) months)."),
            HTMLTable(caption: "Metrics and data-return figures", columns: [
                .init("Figure"), .init(String(comparison.old.year), numeric: true), .init(String(comparison.new.year), numeric: true),
                .init("Change", numeric: true), .init("Basis"),
            ], rows: rows).node,
        ])
    }

    static func basis(_ rate: RateComparison) -> String {
        var parts = ["\(rate.area): \(rate.source.rawValue) \(rate.id)"]
        if rate.basis == .perMonth {
            parts.append("\(ComparisonFormat.total(rate.old)) then \(ComparisonFormat.total(rate.new))")
        }
        if let caveat = rate.caveat { parts.append(caveat) }
        return parts.joined(separator: "; ")
    }

    static func planSection(_ plan: PlanProgress) -> HTMLSection {
        let rows = plan.actions.map { action in
            HTMLTable.Row(header: [.text(action.id)], cells: [
                [.text("\(action.finding): \(action.findingTitle)")],
                [.text(action.owner ?? "no owner")],
                [.text(action.due?.description ?? "no date")],
                [.text(action.status.rawValue + (action.overdue ? ", overdue" : ""))],
                [.element("strong", text: action.outcome.rawValue)],
                [.text(action.remark ?? "")],
            ], attributes: [.data("action", action.id)])
        }
        return HTMLSection(id: "plan", heading: "Improvement plan progress", content: [
            HTMLParts.paragraph("Plan \(plan.file) as of \(plan.asOf): \(Words.count(plan.actions.count, "action")), \(plan.overdue) overdue, \(plan.unowned) without an owner; findings resolved \(plan.findingsResolved), persisting \(plan.findingsPersisting)."),
            HTMLTable(caption: "Actions", columns: [
                .init("Action"), .init("Finding"), .init("Owner"), .init("Due"), .init("Status"), .init("Finding now"), .init("Remark"),
            ], rows: rows).node,
        ])
    }
}
