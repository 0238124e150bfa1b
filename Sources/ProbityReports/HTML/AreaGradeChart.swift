import ProbityCore

/// The area grades of a scorecard as horizontal bars: each area's score on a 0-100 scale,
/// the grade thresholds as dashed lines labelled with the grade they open, and on each bar
/// its grade written out with the score. Bars are filled with the grade's pattern as well as
/// its colour.
public struct AreaGradeChart: Sendable, Hashable, Codable {
    public struct Bar: Sendable, Hashable, Codable {
        public var key: String
        public var label: String
        public var score: Double
        /// nil when not graded: the bar is left empty and labelled so.
        public var grade: GradeID?
        /// Whether a limiting rule holds the grade below what the score gives.
        public var limited: Bool

        public init(key: String, label: String, score: Double, grade: GradeID?, limited: Bool = false) {
            self.key = key
            self.label = label
            self.score = score
            self.grade = grade
            self.limited = limited
        }
    }

    public var id: String
    public var title: String
    public var bars: [Bar]
    public var scale: GradeScale
    public var palette: GradePalette

    public init(id: String, title: String, bars: [Bar], scale: GradeScale, palette: GradePalette = .standard) {
        self.id = id
        self.title = title
        self.bars = bars
        self.scale = scale
        self.palette = palette
    }

    /// Every area of the scorecard, then the overall score.
    public init(scorecard: Scorecard, id: String = "area-grades-chart") {
        let areas = scorecard.areas.map { area in
            Bar(key: area.area.rawValue, label: area.title, score: area.score, grade: area.grade,
                limited: area.grade != area.scoreGrade)
        }
        let label = scorecard.overall.status == .provisional ? "Overall (provisional)" : "Overall"
        let overall = Bar(key: "overall", label: label, score: scorecard.overallScore, grade: scorecard.overallGrade,
                          limited: scorecard.overallGrade != scorecard.scoreGrade)
        self.init(id: id, title: "Area grades and scores, \(scorecard.force.name) \(scorecard.year)",
                  bars: areas + [overall], scale: scorecard.scale)
    }

    static let width = 520.0
    static let left = 8.0
    static let plotWidth = 300.0
    static let top = 34.0
    static let rowHeight = 46.0
    static let barHeight = 18.0

    var height: Double { Self.top + Double(bars.count) * Self.rowHeight + 22 }

    func x(_ score: Double) -> Double { Self.left + Self.plotWidth * min(100, max(0, score)) / 100 }

    public var node: HTMLNode {
        SVGChart.root(id: id, width: Self.width, height: height, title: title, description: description,
                      children: [SVGChart.patterns(prefix: id, palette: palette)] + thresholds
                        + bars.enumerated().map { barNode($1, row: $0) } + axis)
    }

    public func render() -> String { node.render() }

    var description: String {
        let parts = bars.map { bar in "\(bar.label): \(reading(bar))" }
        let thresholds = scale.grades.filter { $0.minScore > 0 }
            .map { "\($0.label) from \(NumberFormatting.number($0.minScore))" }
        return "Scores out of 100. Grade thresholds: \(thresholds.joined(separator: ", ")). " + parts.joined(separator: "; ") + "."
    }

    var thresholds: [HTMLNode] {
        let bottom = Self.top + Double(bars.count) * Self.rowHeight
        return scale.grades.filter { $0.minScore > 0 && $0.minScore < 100 }.flatMap { grade -> [HTMLNode] in
            let position = x(grade.minScore)
            return [
                SVGChart.line(x1: position, y1: Self.top - 8, x2: position, y2: bottom, stroke: SVGChart.rule, dashed: true),
                SVGChart.text("\(GradePalette.abbreviation(of: grade.id, in: scale)) \(NumberFormatting.number(grade.minScore))",
                              x: position, y: Self.top - 12, size: 12, anchor: .middle, fill: SVGChart.muted),
            ]
        }
    }

    func barNode(_ bar: Bar, row: Int) -> HTMLNode {
        let y = Self.top + Double(row) * Self.rowHeight
        let barY = y + 20
        let end = bar.grade == nil ? Self.left : x(bar.score)
        let gradeText = bar.grade == nil ? "Not graded" : "\(label(bar.grade))\(bar.limited ? "*" : "") \(NumberFormatting.number(bar.score))"
        return .element("g", [.class("bar"), .data("key", bar.key), .data("grade", bar.grade?.rawValue ?? "not-graded")], [
            SVGChart.tooltip("\(bar.label): \(reading(bar))"),
            SVGChart.text(SVGChart.clip(bar.label, 66), x: Self.left, y: y + 14, size: 14, bold: bar.key == "overall"),
            SVGChart.rect(x: Self.left, y: barY, width: Self.plotWidth, height: Self.barHeight, fill: SVGChart.track,
                          stroke: "#b0b0b0"),
            SVGChart.rect(x: Self.left, y: barY, width: end - Self.left, height: Self.barHeight,
                          fill: SVGChart.patternFill(prefix: id, index: palette.index(of: bar.grade, in: scale)),
                          stroke: palette.style(of: bar.grade, in: scale)?.ink ?? SVGChart.ink),
            SVGChart.text(gradeText, x: Self.left + Self.plotWidth + 8, y: barY + 14, size: 13, bold: true,
                          extra: [.class("grade-label")]),
        ])
    }

    var axis: [HTMLNode] {
        let y = Self.top + Double(bars.count) * Self.rowHeight + 14
        return [0.0, 50, 100].map { SVGChart.text(NumberFormatting.number($0), x: x($0), y: y, size: 12, anchor: .middle, fill: SVGChart.muted) }
    }

    func label(_ grade: GradeID?) -> String { scale.label(grade) }

    /// A bar in words: `Good, score 72` or `Not graded: insufficient evidence`.
    func reading(_ bar: Bar) -> String {
        guard bar.grade != nil else { return NotGraded.label }
        return "\(label(bar.grade)), score \(NumberFormatting.number(bar.score))\(bar.limited ? " (grade limited by a rule)" : "")"
    }
}
