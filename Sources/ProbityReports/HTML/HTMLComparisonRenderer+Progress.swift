import ProbityCore

/// The direction of travel on the comparison page: the headline box (the inspector's judgement
/// first when recorded, then the derived one, with a visible "disagrees" marker) and a table of
/// every area's progress with the counts behind it.
extension HTMLComparisonRenderer {
    static func progressBoxes(_ comparison: Comparison) -> [HTMLNode] {
        let progress = comparison.progress
        var boxes: [HTMLNode] = []
        if let inspector = progress.inspector {
            boxes.append(HTMLParts.summaryBox("Inspector's judgement \(comparison.span)", [.element("strong", text: inspector.label)],
                                              id: "inspector-progress", wide: true))
        }
        var derived: [HTMLNode] = [.element("strong", text: progress.label)]
        if let disagreement = ProgressFormat.disagreement(progress) {
            derived += [.text(" "), .element("mark", [.class("disagrees")], text: disagreement)]
        }
        boxes.append(HTMLParts.summaryBox("Direction of travel \(comparison.span) (derived)", derived, id: "progress", wide: true))
        return boxes
    }

    /// The headline direction of travel in words, for the summary; the arithmetic and the
    /// finding-by-finding trace are in the progress section.
    static func progressParagraphs(_ comparison: Comparison) -> [HTMLNode] {
        let progress = comparison.progress
        var nodes: [HTMLNode] = []
        if let inspector = progress.inspector {
            nodes.append(HTMLParts.paragraph("Inspector: \(ProgressFormat.inspector(inspector)): \(inspector.narrative)"))
        }
        nodes.append(HTMLParts.paragraph("Derived: \(progress.derivedText). \(progress.tally.summary)."))
        return nodes
    }

    /// Every area's progress with the counts behind it, and how the overall one was derived.
    static func progressSection(_ comparison: Comparison) -> HTMLSection {
        let progress = comparison.progress
        var derived = "Derived: \(progress.derivedText). \(progress.tally.summary)."
        if let arithmetic = ProgressFormat.arithmetic(progress) { derived += " \(arithmetic)." }
        return HTMLSection(id: "progress-detail", heading: "Direction of travel by area", content: [
            HTMLParts.paragraph(derived + " " + ProgressFormat.trace(progress.tally) + "."),
            progressTable(comparison).node,
        ])
    }

    static func progressTable(_ comparison: Comparison) -> HTMLTable {
        let rows = comparison.areas.map { area in
            let progress = area.progress
            let tally = progress.tally
            var derived: [HTMLNode] = [.element("strong", text: progress.derivedText)]
            if let disagreement = ProgressFormat.disagreement(progress) {
                derived += [.text(" "), .element("mark", [.class("disagrees")], text: disagreement)]
            }
            let inspector: [HTMLNode] = progress.inspector.map { [.element("strong", text: $0.label), .text(": \($0.narrative)")] } ?? [.text("-")]
            let counts = [tally.resolved.count, tally.persisting.count, tally.new.count, tally.improved.count,
                          tally.worsened.count, tally.comparableItems.count]
            return HTMLTable.Row(header: [.text(area.title)], cells: [inspector, derived] + counts.map { [.text(String($0))] },
                                 attributes: [.data("area", area.area.rawValue), .data("progress", progress.level?.rawValue ?? "not-comparable")])
        }
        return HTMLTable(caption: "Direction of travel by area (only items judged in both years count)", columns: [
            .init("Area"), .init("Inspector"), .init("Derived"), .init("Resolved", numeric: true), .init("Persisting", numeric: true),
            .init("New", numeric: true), .init("Improved", numeric: true), .init("Worsened", numeric: true),
            .init("Items compared", numeric: true),
        ], rows: rows, attributes: [.id("progress-table")])
    }
}
