import ProbityCore

/// The findings section: per area its grade and limits, each finding with its evidence
/// trail, the area's figures and its not-applicable items.
extension HTMLScorecardRenderer {
    static func findingsSection(_ scorecard: Scorecard, sources: ScorecardSources,
                                heading: String = "Findings by area") -> HTMLSection {
        HTMLSection(id: "findings", heading: heading,
                    content: scorecard.areas.flatMap { areaFindings($0, scorecard: scorecard, sources: sources) })
    }

    static func areaFindings(_ area: AreaResult, scorecard: Scorecard, sources: ScorecardSources) -> [HTMLNode] {
        var nodes: [HTMLNode] = [
            .element("h3", [.id(HTMLParts.anchor("area", area.area.rawValue))],
                     [.text("\(area.title): "), HTMLParts.grade(area.grade, scale: scorecard.scale)]),
            areaSummary(area),
        ]
        nodes += area.caps.map { HTMLParts.paragraph("Limit: \($0.reason)", class: "limit") }
        if area.findings.isEmpty { nodes.append(HTMLParts.paragraph("No findings.")) }
        nodes += area.findings.map { finding(FindingView(finding: $0, area: area), sources: sources) }
        if !area.metrics.isEmpty { nodes.append(metricsTable(area).node) }
        if let figures = area.returnFigures { nodes.append(returnFiguresNode(figures, area: area)) }
        if !area.exclusions.isEmpty {
            nodes.append(HTMLParts.paragraph("Not applicable:"))
            nodes.append(HTMLParts.list(area.exclusions.map { "\($0.item): \($0.reason)" }))
        }
        return nodes
    }

    /// The area's score and coverage; for an area not graded, why, and no score that could be
    /// read as a grade.
    static func areaSummary(_ area: AreaResult) -> HTMLNode {
        let coverage = "\(NumberFormatting.percent(area.coverage.answered, decimals: 0)) of the applicable weight answered, \(NumberFormatting.percent(area.coverage.evidenced, decimals: 0)) of it evidenced."
        guard let reason = notGradedText(area) else {
            return HTMLParts.paragraph("Score \(NumberFormatting.number(area.score)) (answer score \(NumberFormatting.number(area.answerScore)) less finding penalties); \(coverage)")
        }
        return .element("p", [.class("limit not-graded")], text: "\(NotGraded.label). \(reason) \(coverage.prefix(1).uppercased() + coverage.dropFirst())")
    }

    /// Every figure the force returned for the area: its meaning, its value and where it is
    /// in the assessment file.
    static func returnFiguresNode(_ figures: [Figure], area: AreaResult) -> HTMLNode {
        guard !figures.isEmpty else { return HTMLParts.paragraph("The force returned no figures for this area.") }
        let rows = figures.map { figure in
            HTMLTable.Row(header: [.element("span", [HTMLAttribute("title", "Source in the assessment file: \(figure.source)")], text: figure.label)],
                          cells: [[.text(figure.display)]], attributes: [.data("source", figure.source)])
        }
        return HTMLTable(caption: "\(area.title): figures returned (where each comes from: see the record at the end)", columns: [
            .init("Figure"), .init("Value", numeric: true),
        ], rows: rows, attributes: [.class("returned-figures")]).node
    }

    /// A finding with the area it belongs to, for the statuses its items were given.
    struct FindingView {
        var finding: Finding
        var area: AreaResult
        /// Where the finding came from, when it is not the area's plugin (an inspector).
        var origin: String?
        /// The fragment id's prefix, unique per place the finding is shown.
        var anchor = "finding"

        func status(_ item: ItemID) -> AnswerStatus? { area.items.first { $0.item == item }?.status }
    }

    static func finding(_ view: FindingView, sources: ScorecardSources) -> HTMLNode {
        let finding = view.finding
        var heading = "\(finding.kind.label) \(finding.id): \(finding.title)"
        if let origin = view.origin { heading += " (\(origin))" }
        var children: [HTMLNode] = [.element("h4", text: heading)]
        if !finding.detail.isEmpty { children.append(HTMLParts.paragraph(finding.detail)) }
        let trail = findingTrail(view, sources: sources)
        if !trail.isEmpty { children.append(.element("dl", [], trail)) }
        return .element("article", [.class("finding kind-\(finding.kind.rawValue)"), .id(HTMLParts.anchor(view.anchor, finding.id.rawValue)),
                                    .data("finding", finding.id.rawValue)], children)
    }

    static func findingTrail(_ view: FindingView, sources: ScorecardSources) -> [HTMLNode] {
        let finding = view.finding
        var entries: [(String, [String])] = []
        entries.append(("Origin", [JudgementText.origin(finding.origin)].compactMap { $0 }))
        entries.append(("Also", (finding.also ?? []).map { "\($0) (folded into this finding)" }))
        entries.append(("Figures", finding.figures.map { "\($0.label): \($0.display)" }))
        entries.append(("Items", finding.items.map { item in
            let status = view.status(item).map { ", answered \($0.rawValue)" } ?? ""
            return "\(item)\(status): \(sources.question(item) ?? "not in the checklist")"
        }))
        entries.append(("Evidence", finding.evidence.map(sources.evidenceLine)))
        entries.append(("Recommendations", finding.recommendations.map { "\($0): \(sources.recommendation($0) ?? "")" }))
        entries.append(("Contradicts", finding.contradicts.map { item in
            let status = view.status(item).map { " (answered \($0.rawValue))" } ?? ""
            return "the figures contradict the claim for \(item)\(status); its credit is reduced"
        }))
        return entries.filter { !$0.1.isEmpty }.flatMap { name, lines -> [HTMLNode] in
            [.element("dt", text: name), .element("dd", [], [HTMLParts.list(lines)])]
        }
    }

    static func metricsTable(_ area: AreaResult) -> HTMLTable {
        HTMLTable(caption: "\(area.title): figures", columns: [.init("Figure"), .init("Value", numeric: true), .init("Basis")],
                  rows: area.metrics.map { HTMLTable.Row($0.label, [$0.display, $0.basis]) })
    }
}
