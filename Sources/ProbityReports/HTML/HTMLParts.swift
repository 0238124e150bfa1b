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
