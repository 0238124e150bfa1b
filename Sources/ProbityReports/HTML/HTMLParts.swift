import ProbityCore

/// Small pieces the report pages share: grade badges, summary boxes, lists, chart figures.
public enum HTMLParts {
    /// A grade as a badge: its name as text, and a fill and border style from the palette.
    /// A grade as a badge; no grade reads "Not graded: insufficient evidence".
    public static func grade(_ grade: GradeID?, scale: GradeScale, palette: GradePalette = .standard) -> HTMLNode {
        .element("span", [.class("grade \(palette.cssClass(of: grade, in: scale))"), .data("grade", grade?.rawValue ?? "not-graded")],
                 text: scale.label(grade))
    }

    /// A grade as a compact badge for dense tables: its abbreviation, expanded by `<abbr>`.
    public static func gradeAbbreviation(_ grade: GradeID?, scale: GradeScale, palette: GradePalette = .standard) -> HTMLNode {
        .element("span", [.class("grade \(palette.cssClass(of: grade, in: scale))"), .data("grade", grade?.rawValue ?? "not-graded")],
                 [.element("abbr", [HTMLAttribute("title", scale.label(grade))], text: GradePalette.abbreviation(of: grade, in: scale))])
    }

    /// A labelled headline figure.
    public static func summaryBox(_ label: String, _ value: [HTMLNode], id: String? = nil, wide: Bool = false) -> HTMLNode {
        var attributes: [HTMLAttribute] = []
        if let id { attributes.append(.id(id)) }
        if wide { attributes.append(.class("wide")) }
        return .element("div", attributes, [
            .element("span", [.class("label")], text: label),
            .element("span", [.class("value")], value),
        ])
    }

    public static func summary(_ boxes: [HTMLNode]) -> HTMLNode {
        .element("div", [.class("summary")], boxes)
    }

    public static func paragraph(_ text: String, class name: String? = nil) -> HTMLNode {
        .element("p", name.map { [.class($0)] } ?? [], text: text)
    }

    public static func list(_ items: [String]) -> HTMLNode {
        .element("ul", [], items.map { .element("li", text: $0) })
    }

    /// The technical trail at the end of a page ("Record of this report"): file names, hashes,
    /// raw ids and where each figure comes from, kept out of the headers a reader sees first.
    public static func recordSection(_ lines: [String], sources: [(label: String, source: String)] = []) -> HTMLSection {
        var content: [HTMLNode] = [
            paragraph("For the record: the files, versions and identifiers this report was made from."),
            list(lines),
        ]
        if !sources.isEmpty {
            content.append(HTMLTable(caption: "Where each figure comes from in the assessment file", columns: [
                .init("Figure"), .init("Source in the assessment file"),
            ], rows: sources.map { HTMLTable.Row(header: [.text($0.label)], cells: [[.element("code", text: $0.source)]]) },
               attributes: [.class("figures")]).node)
        }
        return HTMLSection(id: "record", heading: "Record of this report", content: content)
    }

    /// The top findings for a summary: causes of concern first, then areas for improvement, at
    /// most `limit`, each linked to its full text; nil when there are none.
    public static func topFindings(_ findings: [(finding: Finding, area: String)], limit: Int = 5) -> HTMLNode? {
        let ranked = findings.filter { $0.finding.kind == .concern } + findings.filter { $0.finding.kind == .improvement }
        guard !ranked.isEmpty else { return nil }
        let items = ranked.prefix(limit).map { entry in
            HTMLNode.element("li", [], [
                .element("a", [HTMLAttribute("href", "#\(anchor("finding", entry.finding.id.rawValue))")],
                         text: "\(entry.finding.kind.label): \(entry.finding.title)"),
                .text(" (\(entry.area))"),
            ])
        }
        var nodes: [HTMLNode] = [.element("h3", [.id("top-findings")], text: "Top findings"), .element("ul", [.class("top-findings")], items)]
        if ranked.count > limit {
            nodes.append(paragraph("\(ranked.count - limit) more in the findings below.", class: "meta"))
        }
        return .element("div", [.class("top")], nodes)
    }

    /// A summary's chart with the top findings beside it (stacked on a narrow screen).
    public static func overview(_ figure: HTMLNode, _ beside: HTMLNode?) -> HTMLNode {
        .element("div", [.class("overview")], [figure] + [beside].compactMap { $0 })
    }

    /// A chart with a visible caption; the SVG itself carries its own title and description.
    public static func figure(_ svg: HTMLNode, caption: String) -> HTMLNode {
        .element("figure", [.class("chart")], [svg, .element("figcaption", text: caption)])
    }

    /// A fragment id made from fixed words and an id: letters and digits kept, the rest `-`.
    public static func anchor(_ prefix: String, _ id: String) -> String {
        let cleaned = id.lowercased().unicodeScalars.map { scalar -> String in
            (("a"..."z").contains(scalar) || ("0"..."9").contains(scalar)) ? String(scalar) : "-"
        }
        return prefix + "-" + cleaned.joined()
    }
}
