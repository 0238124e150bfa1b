import ProbityCore

/// The movement of each area between two years: on a 0-100 track, the earlier score as a
/// hollow circle, the later one as a filled diamond in its grade's pattern, an arrow from one
/// to the other, and the movement written out (`45 -> 62.5 (+17.5), RI -> G`), so the
/// direction is told by shape and text, not colour.
public struct MovementChart: Sendable, Hashable, Codable {
    public struct Point: Sendable, Hashable, Codable {
        public var score: Double
        /// nil when not graded: no marker is drawn and the row says so.
        public var grade: GradeID?

        public init(score: Double, grade: GradeID?) {
            self.score = score
            self.grade = grade
        }
    }

    public struct Row: Sendable, Hashable, Codable {
        public var key: String
        public var label: String
        public var old: Point?
        public var new: Point?

        public init(key: String, label: String, old: Point?, new: Point?) {
            self.key = key
            self.label = label
            self.old = old
            self.new = new
        }
    }

    public var id: String
    public var title: String
    public var oldLabel: String
    public var newLabel: String
    public var rows: [Row]
    /// The scale of the later year (its thresholds are drawn and its grades named).
    public var scale: GradeScale
    /// The scale of the earlier year, to name its grades.
    public var oldScale: GradeScale
    public var palette: GradePalette

    public init(id: String, title: String, oldLabel: String, newLabel: String, rows: [Row], scale: GradeScale,
                oldScale: GradeScale? = nil, palette: GradePalette = .standard) {
        self.id = id
        self.title = title
        self.oldLabel = oldLabel
        self.newLabel = newLabel
        self.rows = rows
        self.scale = scale
        self.oldScale = oldScale ?? scale
        self.palette = palette
    }

    static let width = 520.0
    static let left = 8.0
    static let plotWidth = 280.0
    static let top = 56.0
    static let rowHeight = 56.0

    var height: Double { Self.top + Double(rows.count) * Self.rowHeight + 22 }

    func x(_ score: Double) -> Double { Self.left + Self.plotWidth * min(100, max(0, score)) / 100 }

    public var node: HTMLNode {
        SVGChart.root(id: id, width: Self.width, height: height, title: title, description: description,
                      children: [SVGChart.patterns(prefix: id, palette: palette)] + legend + thresholds
                        + rows.enumerated().map { rowNode($1, index: $0) } + axis)
    }

    public func render() -> String { node.render() }

    var description: String {
        "Scores out of 100, \(oldLabel) (hollow circle) and \(newLabel) (filled diamond). "
            + rows.map { "\($0.label): \(movementText($0))" }.joined(separator: "; ") + "."
    }

    var legend: [HTMLNode] {
        let second = Self.left + 16 + Double(oldLabel.count) * 7.5 + 24
        return [
            circle(x: Self.left + 6, y: 14, filled: false),
            SVGChart.text(oldLabel, x: Self.left + 16, y: 18, size: 12),
            diamond(x: second, y: 14, fill: SVGChart.ink),
            SVGChart.text(newLabel, x: second + 12, y: 18, size: 12),
        ]
    }

    var thresholds: [HTMLNode] {
        let bottom = Self.top + Double(rows.count) * Self.rowHeight
        return scale.grades.filter { $0.minScore > 0 && $0.minScore < 100 }.flatMap { grade -> [HTMLNode] in
            let position = x(grade.minScore)
            return [
                SVGChart.line(x1: position, y1: Self.top - 8, x2: position, y2: bottom, stroke: SVGChart.rule, dashed: true),
                SVGChart.text("\(GradePalette.abbreviation(of: grade.id, in: scale)) \(NumberFormatting.number(grade.minScore))",
                              x: position, y: Self.top - 12, size: 12, anchor: .middle, fill: SVGChart.muted),
            ]
        }
    }

    func rowNode(_ row: Row, index: Int) -> HTMLNode {
        let y = Self.top + Double(index) * Self.rowHeight
        let trackY = y + 36
        var children: [HTMLNode] = [
            SVGChart.tooltip("\(row.label): \(movementText(row))"),
            SVGChart.text(SVGChart.clip(row.label, 66), x: Self.left, y: y + 14, size: 14),
            SVGChart.line(x1: Self.left, y1: trackY, x2: Self.left + Self.plotWidth, y2: trackY, stroke: "#b0b0b0", width: 2),
        ]
        let plottedOld = row.old?.grade == nil ? nil : row.old
        let plottedNew = row.new?.grade == nil ? nil : row.new
        if let old = plottedOld, let new = plottedNew, abs(x(new.score) - x(old.score)) >= 10 {
            children += arrow(from: x(old.score), to: x(new.score), y: trackY)
        }
        if let old = plottedOld { children.append(circle(x: x(old.score), y: trackY, filled: false)) }
        if let new = plottedNew {
            let index = palette.index(of: new.grade, in: scale)
            children.append(diamond(x: x(new.score), y: trackY, fill: SVGChart.patternFill(prefix: id, index: index)))
        }
        children.append(SVGChart.text(scoreText(row), x: Self.left + Self.plotWidth + 12, y: y + 34, size: 13, bold: true))
        children.append(SVGChart.text(gradeText(row), x: Self.left + Self.plotWidth + 12, y: y + 50, size: 13))
        return .element("g", [.class("movement"), .data("key", row.key), .data("direction", direction(row))], children)
    }

    func arrow(from start: Double, to end: Double, y: Double) -> [HTMLNode] {
        let sign = end > start ? 1.0 : -1.0
        let tip = end - sign * 8
        let back = tip - sign * 7
        let head = "M\(SVGChart.n(tip)),\(SVGChart.n(y)) L\(SVGChart.n(back)),\(SVGChart.n(y - 5)) L\(SVGChart.n(back)),\(SVGChart.n(y + 5)) Z"
        return [
            SVGChart.line(x1: start + sign * 7, y1: y, x2: back, y2: y, stroke: SVGChart.ink, width: 2),
            SVGChart.path(head, stroke: SVGChart.ink, width: 1, fill: SVGChart.ink),
        ]
    }

    func circle(x: Double, y: Double, filled: Bool) -> HTMLNode {
        .element("circle", [HTMLAttribute("cx", SVGChart.n(x)), HTMLAttribute("cy", SVGChart.n(y)), HTMLAttribute("r", "6"),
                            HTMLAttribute("fill", filled ? SVGChart.ink : "#ffffff"), HTMLAttribute("stroke", SVGChart.ink),
                            HTMLAttribute("stroke-width", "2")])
    }

    func diamond(x: Double, y: Double, fill: String) -> HTMLNode {
        let d = "M\(SVGChart.n(x)),\(SVGChart.n(y - 8)) L\(SVGChart.n(x + 8)),\(SVGChart.n(y)) L\(SVGChart.n(x)),\(SVGChart.n(y + 8)) L\(SVGChart.n(x - 8)),\(SVGChart.n(y)) Z"
        return SVGChart.path(d, stroke: SVGChart.ink, width: 1.5, fill: fill)
    }

    var axis: [HTMLNode] {
        let y = Self.top + Double(rows.count) * Self.rowHeight + 14
        return [0.0, 50, 100].map { SVGChart.text(NumberFormatting.number($0), x: x($0), y: y, size: 12, anchor: .middle, fill: SVGChart.muted) }
    }

    func direction(_ row: Row) -> String {
        guard let old = row.old else { return "new" }
        guard let new = row.new else { return "retired" }
        if old.grade == nil || new.grade == nil { return "not-comparable" }
        if new.score > old.score { return "up" }
        return new.score < old.score ? "down" : "unchanged"
    }

    func scoreText(_ row: Row) -> String {
        let n = { (value: Double) in NumberFormatting.number(value) }
        if row.old != nil, row.old?.grade == nil { return "not comparable: not graded in \(oldLabel)" }
        if row.new != nil, row.new?.grade == nil { return "not comparable: not graded in \(newLabel)" }
        switch (row.old, row.new) {
        case let (old?, new?):
            let delta = new.score - old.score
            let change = delta == 0 ? "no change" : (delta > 0 ? "+" : "") + n(delta)
            return "\(n(old.score)) \u{2192} \(n(new.score)) (\(change))"
        case let (nil, new?): return "new in \(newLabel): \(n(new.score))"
        case let (old?, nil): return "\(n(old.score)); not in \(newLabel)"
        case (nil, nil): return "not scored"
        }
    }

    func gradeText(_ row: Row) -> String {
        let old = row.old.map { GradePalette.abbreviation(of: $0.grade, in: oldScale) }
        let new = row.new.map { GradePalette.abbreviation(of: $0.grade, in: scale) }
        switch (old, new) {
        case let (old?, new?): return old == new ? "\(new), grade unchanged" : "\(old) \u{2192} \(new)"
        case let (nil, new?): return new
        case let (old?, nil): return old
        case (nil, nil): return ""
        }
    }

    func movementText(_ row: Row) -> String {
        let old = row.old.map { oldScale.label($0.grade) }
        let new = row.new.map { scale.label($0.grade) }
        let grades = [old, new].compactMap { $0 }.joined(separator: " to ")
        return "\(scoreText(row)), \(grades)"
    }
}
