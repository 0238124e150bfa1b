import ProbityCore

/// The items section (every item with its status, credit, evidence and the force's
/// narrative) and the evidence register.
extension HTMLScorecardRenderer {
    static func itemsSection(_ scorecard: Scorecard, sources: ScorecardSources,
                             heading: String = "Items and the force's answers") -> HTMLSection {
        HTMLSection(id: "items", heading: heading, content: scorecard.areas.flatMap { area -> [HTMLNode] in
            [.element("h3", text: area.title), itemTable(area, sources: sources).node]
        })
    }

    static func itemTable(_ area: AreaResult, sources: ScorecardSources) -> HTMLTable {
        let rows = area.items.map { item in
            HTMLTable.Row(header: [.text(item.item.rawValue)], cells: [
                [.text(sources.question(item.item) ?? "")],
                [.text(statusText(item, checklist: sources.checklist))],
                [.text(creditText(item))],
                [.text(item.evidenceIDs.map(\.rawValue).joined(separator: ", "))],
                [.text(sources.narrative(item.item) ?? item.reason ?? "")],
            ], attributes: [.data("item", item.item.rawValue)])
        }
        return HTMLTable(caption: "\(area.title): items", columns: [
            .init("Item"), .init("Question"), .init("Status"), .init("Credit x weight", numeric: true),
            .init("Evidence"), .init("Force's narrative"),
        ], rows: rows, attributes: [.class("items")])
    }

    static func statusText(_ item: ItemScore, checklist: Checklist) -> String {
        let label = checklist.statusDefinition(item.status)?.label ?? item.status.rawValue
        guard !item.contradictedBy.isEmpty else { return label }
        return "\(label), contradicted by \(item.contradictedBy.map(\.rawValue).joined(separator: ", "))"
    }

    static func creditText(_ item: ItemScore) -> String {
        guard item.isScored else { return "excluded" }
        return "\(NumberFormatting.number(item.credit, decimals: 3)) x \(NumberFormatting.number(item.weight))"
    }

    static func evidenceSection(_ sources: ScorecardSources) -> HTMLSection {
        let checklist = sources.checklist
        let rows = sources.assessment.evidence.sorted { $0.id < $1.id }.map { record in
            HTMLTable.Row(record.id.rawValue, [
                checklist.evidenceKind(record.kind)?.label ?? record.kind.rawValue,
                record.title,
                JudgementText.date(record.date),
                JudgementText.source(record, checklist: checklist),
                JudgementText.status(record, checklist: checklist) ?? "-",
                [record.owner, record.location].compactMap { $0 }.joined(separator: "; "),
                (record.supports ?? []).map(\.rawValue).joined(separator: ", "),
            ], attributes: [.data("evidence", record.id.rawValue)])
        }
        let content: [HTMLNode] = rows.isEmpty
            ? [HTMLParts.paragraph("The force's evidence register is empty.")]
            : [HTMLTable(caption: "Evidence register", columns: [
                .init("Evidence"), .init("Kind"), .init("Title"), .init("Date"), .init("Source"), .init("Standing"),
                .init("Held by, where"), .init("Supports"),
            ], rows: rows, attributes: [.class("register")]).node]
        return HTMLSection(id: "evidence", heading: "Evidence register", content: content)
    }

    static func registersSection(_ registers: RegisterEvidence) -> HTMLSection {
        let rows = registers.checks.map { check in
            HTMLTable.Row(check.id.rawValue, [check.title, String(check.count), String(check.severe),
                                              check.rows.joined(separator: ", ")])
        }
        let health = registers.health
        let figures = [
            "Hospitality entries: \(health.hospitalityEntries), of which declined \(health.declined) (\(NumberFormatting.percent(health.declinedShare)))",
            "Chief officers' entries: \(health.chiefOfficerEntries)",
            "Business interests: \(health.interests); contracts: \(health.contracts); suppliers: \(health.suppliers)",
            "Rows skipped as unreadable: \(registers.skippedRows)",
        ]
        return HTMLSection(id: "registers", heading: "Register cross-checks", content: [
            HTMLParts.paragraph("Registers as of \(registers.asOf): \(registers.files.joined(separator: ", "))."),
            HTMLParts.list(figures),
            HTMLTable(caption: "Cross-checks", columns: [
                .init("Check"), .init("What it looks for"), .init("Rows", numeric: true), .init("Severe", numeric: true),
                .init("First rows"),
            ], rows: rows).node,
        ])
    }

    static func whySection(_ why: Explanation, heading: String = "Why: the full trail") -> HTMLSection {
        HTMLSection(id: "why", heading: heading, content: [
            HTMLParts.paragraph("From the overall grade to each area, item, evidence record and figure."),
            .element("ul", [.class("why")], [whyItem(why)]),
        ])
    }

    static func whyItem(_ explanation: Explanation) -> HTMLNode {
        var children: [HTMLNode] = [.text(explanation.text)]
        if !explanation.children.isEmpty {
            children.append(.element("ul", [], explanation.children.map(whyItem)))
        }
        return .element("li", [], children)
    }
}
