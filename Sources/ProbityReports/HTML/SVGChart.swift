import ProbityCore

/// What the charts share: an accessible `<svg>` root (`role="img"`, a `<title>` and a
/// `<desc>` that says in words what the chart shows), the grade patterns, and shapes with
/// coordinates written to one decimal place.
public enum SVGChart {
    /// Text colour on white and on every grade fill (contrast above 7:1).
    static let ink = "#1a1a1a"
    static let muted = "#444444"
    static let track = "#f2f2f2"
    static let rule = "#767676"

    static func root(id: String, width: Double, height: Double, title: String, description: String,
                     children: [HTMLNode]) -> HTMLNode {
        .element("svg", [
            .id(id), HTMLAttribute("class", "chart"), HTMLAttribute("role", "img"),
            HTMLAttribute("viewBox", "0 0 \(n(width)) \(n(height))"),
            HTMLAttribute("width", n(width)), HTMLAttribute("height", n(height)),
            HTMLAttribute("aria-labelledby", "\(id)-title \(id)-desc"),
            HTMLAttribute("font-family", "system-ui, -apple-system, Segoe UI, Roboto, Arial, sans-serif"),
        ], [
            .element("title", [.id("\(id)-title")], text: title),
            .element("desc", [.id("\(id)-desc")], text: description),
        ] + children)
    }

    /// One `<pattern>` per palette style, named `<prefix>-pattern-<index>`.
    static func patterns(prefix: String, palette: GradePalette) -> HTMLNode {
        .element("defs", [], palette.styles.enumerated().map { index, style in
            .element("pattern", [
                .id("\(prefix)-pattern-\(index)"), HTMLAttribute("width", "8"), HTMLAttribute("height", "8"),
                HTMLAttribute("patternUnits", "userSpaceOnUse"),
            ], [rect(x: 0, y: 0, width: 8, height: 8, fill: style.fill)] + marks(style))
        })
    }

    static func marks(_ style: GradeStyle) -> [HTMLNode] {
        switch style.pattern {
        case .solid: return []
        case .diagonal: return [path("M0,8 L8,0 M-2,2 L2,-2 M6,10 L10,6", stroke: style.ink)]
        case .dots: return [.element("circle", [HTMLAttribute("cx", "4"), HTMLAttribute("cy", "4"),
                                                 HTMLAttribute("r", "1.6"), HTMLAttribute("fill", style.ink)])]
        case .horizontal: return [path("M0,4 L8,4", stroke: style.ink)]
        case .crosshatch: return [path("M0,0 L8,8 M8,0 L0,8", stroke: style.ink)]
        }
    }

    static func patternFill(prefix: String, index: Int?) -> String {
        index.map { "url(#\(prefix)-pattern-\($0))" } ?? "#ffffff"
    }

    static func rect(x: Double, y: Double, width: Double, height: Double, fill: String,
                     stroke: String? = nil, dashed: Bool = false) -> HTMLNode {
        var attributes = [HTMLAttribute("x", n(x)), HTMLAttribute("y", n(y)), HTMLAttribute("width", n(max(0, width))),
                          HTMLAttribute("height", n(max(0, height))), HTMLAttribute("fill", fill)]
        if let stroke { attributes.append(HTMLAttribute("stroke", stroke)) }
        if dashed { attributes.append(HTMLAttribute("stroke-dasharray", "3 2")) }
        return .element("rect", attributes)
    }

    static func line(x1: Double, y1: Double, x2: Double, y2: Double, stroke: String, width: Double = 1,
                     dashed: Bool = false) -> HTMLNode {
        var attributes = [HTMLAttribute("x1", n(x1)), HTMLAttribute("y1", n(y1)), HTMLAttribute("x2", n(x2)),
                          HTMLAttribute("y2", n(y2)), HTMLAttribute("stroke", stroke),
                          HTMLAttribute("stroke-width", n(width))]
        if dashed { attributes.append(HTMLAttribute("stroke-dasharray", "4 3")) }
        return .element("line", attributes)
    }

    static func path(_ d: String, stroke: String, width: Double = 1.5, fill: String = "none") -> HTMLNode {
        .element("path", [HTMLAttribute("d", d), HTMLAttribute("stroke", stroke),
                          HTMLAttribute("stroke-width", n(width)), HTMLAttribute("fill", fill)])
    }

    enum Anchor: String { case start, middle, end }

    static func text(_ content: String, x: Double, y: Double, size: Double = 13, anchor: Anchor = .start,
                     bold: Bool = false, fill: String = ink, extra: [HTMLAttribute] = []) -> HTMLNode {
        var attributes = [HTMLAttribute("x", n(x)), HTMLAttribute("y", n(y)), HTMLAttribute("font-size", n(size)),
                          HTMLAttribute("fill", fill)]
        if anchor != .start { attributes.append(HTMLAttribute("text-anchor", anchor.rawValue)) }
        if bold { attributes.append(HTMLAttribute("font-weight", "700")) }
        return .element("text", attributes + extra, text: content)
    }

    /// A tooltip for the element it is the first child of.
    static func tooltip(_ text: String) -> HTMLNode { .element("title", text: text) }

    static func n(_ value: Double) -> String { SVGNumber.format(value) }

    /// A label cut to `limit` characters with an ellipsis.
    static func clip(_ text: String, _ limit: Int) -> String {
        text.count <= limit ? text : String(text.prefix(max(1, limit - 1))) + "\u{2026}"
    }
}
